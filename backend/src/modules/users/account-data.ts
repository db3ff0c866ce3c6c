import { DiscoveryService } from '@nestjs/core';
import type { AccountExport } from '@pn/shared';
import type { EntityManager } from 'typeorm';
import type { UserEntity } from './user.entity';

/** Whose data is exported: the account as it may act, and the session that asks (marked as the current one). */
export interface AccountOwner {
  user: UserEntity;
  sessionId: string;
}

/** The parts of the export a module fills: keys of the document, beside `exportedAt` and `user`. */
export type AccountDataSections = Partial<Omit<AccountExport, 'exportedAt' | 'user'>>;

/**
 * A module's part of a person's data: what it adds to their export, and what it removes when the account is
 * erased. Each module that holds personal data provides one, marked with `@AccountData()`; the users module
 * collects them all, so that it knows none of their tables, and a new module with personal data adds an
 * exporter of its own rather than a line in the users service.
 */
export interface AccountDataExporter {
  /** This module's sections of the export, read with `manager`. */
  export(owner: AccountOwner, manager: EntityManager): Promise<AccountDataSections>;
  /**
   * Removes or anonymises this module's personal data of the account, in the erasure's transaction. What the
   * person contributed to the network (practices, evaluations, resources, messages) stays, under "Former member".
   */
  erase(userId: string, manager: EntityManager): Promise<void>;
}

/** Marks a provider as an `AccountDataExporter`, for the users module to find. */
export const AccountData = DiscoveryService.createDecorator<void>();

/** The order of the export's sections, as the document has always listed them. */
export const SECTION_ORDER: ReadonlyArray<keyof AccountDataSections> = [
  'sessions',
  'auditTrail',
  'memberships',
  'threads',
  'messages',
  'flags',
  'polls',
  'notifications',
  'resources',
  'passkeys',
  'practices',
  'evaluations',
  'feedback',
  'inquiries',
  'researchQuestions',
  'emailSettings',
  'emails',
  'meetingResponses',
  'calendarFeed',
];
