import { BadRequestException } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { hashLinkToken, type LinkTokens } from '../mail/link-tokens.service';
import { AccountTokenEntity, type TokenPurpose } from './account-token.entity';

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
  const repository = manager.getRepository(AccountTokenEntity);
  // The id is chosen first: the stored hash is of the token derived from it.
  const [{ id }] = (await manager.query(`SELECT gen_random_uuid() AS id`)) as [{ id: string }];
  return repository.save(
    repository.create({
      id,
      ...input,
      tokenHash: hashLinkToken(tokens.derive(input.purpose, id)),
      expiresAt: new Date(Date.now() + TOKEN_LIFETIME_MS[input.purpose]),
      usedAt: null,
    }),
  );
}

/** The unused, unexpired token row of a link (locked for this transaction), or a 400 naming the field. */
export async function redeemAccountToken(
  manager: EntityManager,
  purpose: TokenPurpose,
  token: string,
): Promise<AccountTokenEntity> {
  const row = await manager.findOne(AccountTokenEntity, {
    where: { tokenHash: hashLinkToken(token), purpose },
    lock: { mode: 'pessimistic_write' },
  });
  if (!row || row.usedAt || row.expiresAt.getTime() <= Date.now()) {
    throw new BadRequestException(['token: this link is invalid, was used already or has expired']);
  }
  row.usedAt = new Date();
  await manager.save(row);
  return row;
}
