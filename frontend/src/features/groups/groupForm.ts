import { GROUP_LIMITS, type Group, type UpdateGroupRequest } from '@pn/shared';
import type { Message } from '../../i18n/types';
import { isApiError } from '../../lib/http';
import { errorMessage } from '../../lib/messages';

/**
 * A slug suggested from a group's name: lowercase ASCII letters and digits, words joined by single hyphens,
 * accents dropped and the Nordic letters spelled out (æ → ae, ø → oe, å → aa), cut at a word boundary to fit.
 */
export function suggestSlug(name: string): string {
  const spelled = name
    .toLocaleLowerCase('en')
    .replace(/æ/g, 'ae')
    .replace(/[øö]/g, 'oe')
    .replace(/å/g, 'aa')
    .replace(/ä/g, 'ae')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '');
  const words = spelled.split(/[^a-z0-9]+/).filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > GROUP_LIMITS.slugMax) {
      if (!slug) slug = word.slice(0, GROUP_LIMITS.slugMax);
      break;
    }
    slug = next;
  }
  return slug;
}

/** What the edit form changes: the details of a group, not its archiving (a separate action). */
export type GroupDetails = Pick<Group, 'name' | 'description' | 'joinPolicy' | 'visibility'>;

const DETAIL_FIELDS = ['name', 'description', 'joinPolicy', 'visibility'] as const;

/**
 * The fields whose value differs from the group's (texts compared without surrounding spaces, as the API
 * trims them): the body of a PATCH. Empty when nothing changed.
 */
export function changedFields(group: GroupDetails, values: GroupDetails): UpdateGroupRequest {
  const changes: Record<string, string> = {};
  for (const field of DETAIL_FIELDS) {
    const value = values[field];
    if (value.trim() !== group[field].trim()) changes[field] = value;
  }
  return changes as UpdateGroupRequest;
}

/** Why adding someone to a group failed: already in, a request waiting, no active account, or archived. */
export function addMemberErrorMessage(error: unknown): Message {
  if (isApiError(error) && error.status === 409) {
    const text = error.messages.join(' ');
    if (/archived/i.test(text)) return { key: 'errors.groupArchived' };
    if (/asked to join|request/i.test(text)) return { key: 'errors.requestWaiting' };
    return { key: 'errors.alreadyMember' };
  }
  return errorMessage(error, { 404: 'errors.notActiveAccount' });
}
