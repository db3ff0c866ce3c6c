import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken, type LinkTokens } from '../mail/link-tokens.service';
import type { AccountTokenEntity, TokenPurpose } from './account-token.entity';
import { accountsRepository as accounts } from './accounts.repository';

export const TOKEN_LIFETIME_MS: Record<TokenPurpose, number> = {
  'reset-password': 60 * 60 * 1000,
  'confirm-email': 7 * 24 * 60 * 60 * 1000,
};

/** A new single-use token row for `email`; the link's token is derived from its id when the email is sent. */
export async function issueAccountToken(
  manager: EntityManager,
  tokens: LinkTokens,
  input: { userId: string; purpose: TokenPurpose; email: string },
): Promise<AccountTokenEntity> {
  // The id is chosen first: the stored hash is of the token derived from it.
  const id = await accounts.newTokenId(manager);
  return accounts.insertToken(manager, {
    id,
    ...input,
    tokenHash: hashLinkToken(tokens.derive(input.purpose, id)),
    expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[input.purpose]),
    usedAt: null,
  });
}

/** The unused, unexpired token row of a link (locked for this transaction), or a 400 naming the field. */
export async function redeemAccountToken(
  manager: EntityManager,
  purpose: TokenPurpose,
  token: string,
): Promise<AccountTokenEntity> {
  const row = await accounts.lockToken(manager, hashLinkToken(token), purpose);
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) {
    throw new BadRequestException(['token: this link is invalid, was used already or has expired']);
  }
  row.usedAt = new Date();
  await accounts.saveToken(manager, row);
  return row;
}
