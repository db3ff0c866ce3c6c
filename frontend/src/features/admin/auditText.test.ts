import type { AuditEntry } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { auditDetails, keyAsWords, sentenceValues } from './auditText';

const BOB = '11111111-1111-4111-8111-111111111111';
const THREAD = '22222222-2222-4222-8222-222222222222';

function entry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: 'e1',
    action: 'message.hide',
    actor: { id: 'c1', displayName: 'Group coordinator' },
    targetType: 'message',
    targetId: '33333333-3333-4333-8333-333333333333',
    targetName: 'Risk assessment tools',
    details: { threadId: THREAD, groupSlug: 'social-workers', authorId: BOB, reasons: ['Names a client'] },
    names: { [BOB]: 'Bob', [THREAD]: 'Risk assessment tools' },
    createdAt: '2026-01-01T10:00:00.000Z',
    ...overrides,
  };
}

const fallbacks = { someone: 'someone', system: 'The system' };

describe('audit entries in words', () => {
  it('names the actor, the target and the person the entry is about', () => {
    expect(sentenceValues(entry(), fallbacks)).toEqual({
      actor: 'Group coordinator',
      target: 'Risk assessment tools',
      person: 'Bob',
    });
  });

  it('falls back on what the entry kept when the target is gone', () => {
    const rejected = entry({
      action: 'user.reject',
      actor: null,
      targetName: null,
      targetId: null,
      details: { displayName: 'An applicant', reason: null },
      names: {},
    });
    expect(sentenceValues(rejected, fallbacks)).toEqual({
      actor: 'The system',
      target: 'someone',
      person: 'An applicant',
    });
  });

  it('gives details as labelled values with names, not ids, and leaves out what the sentence says', () => {
    expect(auditDetails(entry())).toEqual([
      { key: 'threadId', value: { kind: 'name', text: 'Risk assessment tools' } },
      { key: 'authorId', value: { kind: 'name', text: 'Bob' } },
      { key: 'reasons', value: { kind: 'list', items: ['Names a client'] } },
    ]);
  });

  it('turns changes into fields whose vocabulary words can be translated, and leaves out empty values', () => {
    const change = entry({
      action: 'user.suspend',
      details: { before: { role: 'practitioner', status: 'active' }, after: { status: 'suspended' }, reason: null },
      names: {},
    });
    expect(auditDetails(change)).toEqual([
      {
        key: 'before',
        value: {
          kind: 'fields',
          fields: [
            { key: 'role', value: { kind: 'vocabulary', key: 'role', value: 'practitioner' } },
            { key: 'status', value: { kind: 'vocabulary', key: 'status', value: 'active' } },
          ],
        },
      },
      {
        key: 'after',
        value: {
          kind: 'fields',
          fields: [{ key: 'status', value: { kind: 'vocabulary', key: 'status', value: 'suspended' } }],
        },
      },
    ]);
    const memberRole = entry({ action: 'group.member-role', details: { before: 'member', after: 'coordinator' } });
    expect(auditDetails(memberRole)[1]).toEqual({
      key: 'after',
      value: { kind: 'vocabulary', key: 'membershipRole', value: 'coordinator' },
    });
  });

  it('makes words of an unknown key', () => {
    expect(keyAsWords('requestMessage')).toBe('request message');
  });
});
