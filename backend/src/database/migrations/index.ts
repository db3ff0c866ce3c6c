import type { MigrationInterface } from 'typeorm';
import { Accounts1763924400000 } from './1763924400000-Accounts';
import { GroupsAndDiscussions1763931600000 } from './1763931600000-GroupsAndDiscussions';

/** In order of their timestamps; a committed migration is never edited, only followed by a new one. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [
  Accounts1763924400000,
  GroupsAndDiscussions1763931600000,
];
