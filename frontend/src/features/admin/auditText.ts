import { AUDIT_ACTIONS, type AuditAction, type AuditEntry } from '@pn/shared';

export const isKnownAction = (action: string): action is AuditAction =>
  (AUDIT_ACTIONS as readonly string[]).includes(action);

/** The values a sentence names: who acted, what it concerns, and the person it was about, if any. */
export interface SentenceValues {
  actor: string;
  target: string;
  person: string;
}

const text = (value: unknown): string | null => (typeof value === 'string' && value ? value : null);

/** The person an entry is about, where the target is something else (a group, a message, an invitation). */
const PERSON_KEYS = ['userId', 'authorId', 'invitedBy'] as const;

/**
 * The names a sentence is built from, from the API's names (those that still exist), else what the entry
 * itself kept (a removed resource's title, a rejected applicant's name, an invitation's address).
 */
export function sentenceValues(entry: AuditEntry, fallbacks: { someone: string; system: string }): SentenceValues {
  const { details, names } = entry;
  const person =
    PERSON_KEYS.map((key) => text(details[key])).find((id): id is string => id !== null && id in names) ?? null;
  return {
    actor: entry.actor?.displayName ?? fallbacks.system,
    target: entry.targetName ?? text(details.title) ?? text(details.name) ?? text(details.email) ?? fallbacks.someone,
    person: (person && names[person]) ?? text(details.displayName) ?? fallbacks.someone,
  };
}

/** A detail's value as the reader sees it. */
export type DetailValue =
  | { kind: 'text'; text: string }
  | { kind: 'name'; text: string }
  | { kind: 'flag'; value: boolean }
  | { kind: 'list'; items: string[] }
  | { kind: 'vocabulary'; key: string; value: string }
  | { kind: 'fields'; fields: Array<{ key: string; value: DetailValue }> };

/** Details the sentence already says, or that mean nothing to a reader (ids of things gone, internal ids). */
const HIDDEN = new Set(['slug', 'groupSlug', 'passkeyId', 'rejectedUserId', 'displayName', 'email']);

/** Values that are words of a vocabulary, translated by key. */
const VOCABULARIES: Record<string, string> = {
  role: 'role',
  status: 'status',
  joinPolicy: 'joinPolicy',
  visibility: 'visibility',
  kind: 'kind',
};

function detailValue(key: string, value: unknown, names: Record<string, string>): DetailValue | null {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return { kind: 'flag', value };
  if (typeof value === 'number') return { kind: 'text', text: String(value) };
  if (typeof value === 'string') {
    if (value in names) return { kind: 'name', text: names[value]! };
    if (key in VOCABULARIES) return { kind: 'vocabulary', key: VOCABULARIES[key]!, value };
    return { kind: 'text', text: value };
  }
  if (Array.isArray(value)) {
    const items = value.map((item) => (typeof item === 'string' ? (names[item] ?? item) : String(item)));
    return items.length > 0 ? { kind: 'list', items } : null;
  }
  if (typeof value === 'object') {
    const fields = Object.entries(value as Record<string, unknown>).flatMap(([field, inner]) => {
      const shown = detailValue(field, inner, names);
      return shown ? [{ key: field, value: shown }] : [];
    });
    return fields.length > 0 ? { kind: 'fields', fields } : null;
  }
  return null;
}

/**
 * An entry's details as labelled values: ids replaced by names, words of vocabularies translated, nested
 * before/after changes as fields, and what the sentence says already left out.
 */
export function auditDetails(entry: AuditEntry): Array<{ key: string; value: DetailValue }> {
  const context: Record<string, string> = { before: '', after: '' };
  return Object.entries(entry.details).flatMap(([key, raw]) => {
    if (HIDDEN.has(key)) return [];
    // A member's role in a group, before and after, is a word of the membership roles.
    const value =
      entry.action === 'group.member-role' && typeof raw === 'string' && key in context
        ? ({ kind: 'vocabulary', key: 'membershipRole', value: raw } as const)
        : detailValue(key, raw, entry.names);
    return value ? [{ key, value }] : [];
  });
}

/** A key of details the interface has no label for, as words: `requestMessage` -> `request message`. */
export function keyAsWords(key: string): string {
  return key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
