import type { EntityManager } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** The accounts' rows as signing up and signing in read and write them. */
export function accountByEmail(db: EntityManager, email: string): Promise<UserEntity | null> {
  return db.findOneBy(UserEntity, { email });
}

export function accountById(db: EntityManager, id: string): Promise<UserEntity> {
  return db.findOneByOrFail(UserEntity, { id });
}

export function insertAccount(db: EntityManager, account: Partial<UserEntity>): Promise<UserEntity> {
  return db.save(db.create(UserEntity, account));
}
