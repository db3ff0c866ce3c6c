import type { MigrationInterface } from 'typeorm';
import { Accounts1763924400000 } from './1763924400000-Accounts';

/** In order of their timestamps; a committed migration is never edited, only followed by a new one. */
export const MIGRATIONS: Array<new () => MigrationInterface> = [Accounts1763924400000];
