import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { AccountTokenEntity, type TokenPurpose } from './account-token.entity';

/** What the account emails and devices read and write: accounts by address, link tokens, known devices. */
export const accountsRepository = {
  byEmail(manager: EntityManager, email: string): Promise<UserEntity | null> {
    return manager.findOneBy(UserEntity, { email });
  },

  /** The account, locked until the transaction ends, or null. */
  lock(manager: EntityManager, id: string): Promise<UserEntity | null> {
    return manager.findOne(UserEntity, { where: { id }, lock: { mode: 'pessimistic_write' } });
  },

  save(manager: EntityManager, user: UserEntity): Promise<UserEntity> {
    return manager.save(user);
  },

  /** A new token row; its id is chosen first, as the stored hash is of the token derived from it. */
  async newTokenId(manager: EntityManager): Promise<string> {
    const [{ id }] = (await manager.query(`SELECT gen_random_uuid() AS id`)) as [{ id: string }];
    return id;
  },

  insertToken(manager: EntityManager, fields: Partial<AccountTokenEntity>): Promise<AccountTokenEntity> {
    const repository = manager.getRepository(AccountTokenEntity);
    return repository.save(repository.create(fields));
  },

  /** The token row of a link, locked until the transaction ends, or null. */
  lockToken(manager: EntityManager, tokenHash: string, purpose: TokenPurpose): Promise<AccountTokenEntity | null> {
    return manager.findOne(AccountTokenEntity, { where: { tokenHash, purpose }, lock: { mode: 'pessimistic_write' } });
  },

  saveToken(manager: EntityManager, token: AccountTokenEntity): Promise<AccountTokenEntity> {
    return manager.save(token);
  },

  /** Every unused reset link of the account stops working. */
  async useResetTokens(manager: EntityManager, userId: string): Promise<void> {
    await manager.query(
      `UPDATE account_tokens SET used_at = now() WHERE user_id = $1 AND purpose = 'reset-password' AND used_at IS NULL`,
      [userId],
    );
  },

  /** The account's known devices: whether each is this cookie's, and whether it has this browser. */
  knownDevices(
    manager: EntityManager,
    userId: string,
    deviceHash: string | null,
    userAgent: string | null,
  ): Promise<Array<{ by_cookie: boolean | null; by_agent: boolean }>> {
    return manager.query(
      `SELECT device_hash = $2 AS by_cookie, user_agent IS NOT DISTINCT FROM $3 AS by_agent
         FROM known_devices WHERE user_id = $1`,
      [userId, deviceHash, userAgent],
    ) as Promise<Array<{ by_cookie: boolean | null; by_agent: boolean }>>;
  },

  async touchDevice(manager: EntityManager, userId: string, deviceHash: string, userAgent: string | null) {
    await manager.query(
      `UPDATE known_devices SET last_seen_at = now(), user_agent = $3 WHERE user_id = $1 AND device_hash = $2`,
      [userId, deviceHash, userAgent],
    );
  },

  async insertDevice(manager: EntityManager, userId: string, deviceHash: string, userAgent: string | null) {
    await manager.query(`INSERT INTO known_devices (user_id, device_hash, user_agent) VALUES ($1, $2, $3)`, [
      userId,
      deviceHash,
      userAgent,
    ]);
  },

  /** Whether a confirmation email went to this address in the last minute. */
  async confirmationSentRecently(manager: EntityManager, userId: string, email: string): Promise<boolean> {
    const rows = (await manager.query(
      `SELECT 1 FROM emails WHERE user_id = $1 AND kind IN ('address-confirmation', 'address-change')
          AND to_address = $2 AND created_at > now() - interval '1 minute' LIMIT 1`,
      [userId, email],
    )) as unknown[];
    return rows.length > 0;
  },

  /** The person's known devices and link tokens go (an erasure). */
  async deleteDevicesAndTokens(manager: EntityManager, userId: string): Promise<void> {
    for (const table of ['known_devices', 'account_tokens']) {
      await manager.query(`DELETE FROM ${table} WHERE user_id = $1`, [userId]);
    }
  },
};
