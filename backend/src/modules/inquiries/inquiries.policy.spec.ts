import type { Viewer } from '../../common/viewer';
import { agreed, decisionRole, fileRefusal, isOverdue, isRefusal, reviewerRefusal } from './inquiries.policy';

const member = (id: string, role: NonNullable<Viewer>['role'] = 'practitioner'): Viewer => ({
  id,
  role,
  status: 'active',
});

describe('inquiries policy', () => {
  const practice = { authorId: 'author', live: true };

  it.each([
    ['a visitor asks', 'question', null, practice, false, 403],
    ['a pending account asks', 'question', { id: 'p', role: 'practitioner', status: 'pending' }, practice, false, 403],
    ['a member asks', 'question', member('m'), practice, false, null],
    ['a member who is not the author appeals', 'appeal', member('m'), practice, false, 403],
    ['the author appeals', 'appeal', member('author'), practice, false, null],
    ['the author appeals twice', 'appeal', member('author'), practice, true, 409],
    ['a member asks about a draft', 'question', member('m'), { ...practice, live: false }, false, 409],
  ] as const)('%s', (_, kind, viewer, facts, open, status) => {
    expect(fileRefusal(kind, facts, viewer as Viewer, open)?.status ?? null).toBe(status);
  });

  const parties = { practiceAuthorId: 'author', evaluationAuthorIds: ['evaluator', null], appellantId: 'author' };
  it.each([
    [undefined, 'is not an active member'],
    [{ id: 'r', role: 'researcher', status: 'pending' }, 'is not an active member'],
    [{ id: 'r', role: 'practitioner', status: 'active' }, 'is not a researcher or coordinator'],
    [{ id: 'author', role: 'researcher', status: 'active' }, "is the practice's author (a conflict of interest)"],
    [
      { id: 'evaluator', role: 'researcher', status: 'active' },
      'wrote an evaluation of the practice (a conflict of interest)',
    ],
    [{ id: 'r', role: 'researcher', status: 'active' }, null],
    [{ id: 'c', role: 'coordinator', status: 'active' }, null],
  ] as const)('reviewer %j: %s', (candidate, refusal) => {
    expect(reviewerRefusal(candidate, parties)).toBe(refusal);
  });

  it('says who decides what, when', () => {
    const coordinator = member('c', 'coordinator');
    const question = { kind: 'question', status: 'open' } as const;
    expect(decisionRole(question, coordinator, undefined)).toBe('answer');
    expect(decisionRole(question, member('m'), undefined)).toMatchObject({ status: 403 });
    const appeal = { kind: 'appeal', status: 'in-review' } as const;
    expect(decisionRole(appeal, member('r', 'researcher'), { decided: false })).toBe('review');
    expect(decisionRole(appeal, member('r', 'researcher'), { decided: true })).toMatchObject({ status: 409 });
    expect(decisionRole(appeal, coordinator, undefined)).toMatchObject({ status: 403 });
    expect(decisionRole({ ...appeal, status: 'awaiting-settlement' }, coordinator, undefined)).toBe('settle');
    // A coordinator who reviewed it does not settle the disagreement.
    expect(decisionRole({ ...appeal, status: 'awaiting-settlement' }, coordinator, { decided: true })).toMatchObject({
      status: 403,
    });
    expect(decisionRole({ ...appeal, status: 'open' }, coordinator, undefined)).toMatchObject({ status: 409 });
    expect(isRefusal(decisionRole({ ...appeal, status: 'closed' }, coordinator, undefined))).toBe(true);
  });

  it('closes an appeal only when both reviewers say the same about the same evaluation', () => {
    expect(
      agreed([
        { decision: 'uphold', evaluationId: null },
        { decision: 'uphold', evaluationId: null },
      ]),
    ).toEqual({
      decision: 'uphold',
      evaluationId: null,
    });
    expect(
      agreed([
        { decision: 'recode', evaluationId: 'a' },
        { decision: 'recode', evaluationId: 'b' },
      ]),
    ).toBeNull();
    expect(
      agreed([
        { decision: 'uphold', evaluationId: null },
        { decision: null, evaluationId: null },
      ]),
    ).toBeNull();
  });

  it('marks an open inquiry overdue 60 days after filing, never a closed one', () => {
    const filed = new Date('2026-01-01T00:00:00Z');
    expect(isOverdue({ status: 'open', createdAt: filed }, new Date('2026-03-01T00:00:00Z'))).toBe(false);
    expect(isOverdue({ status: 'open', createdAt: filed }, new Date('2026-03-03T00:00:00Z'))).toBe(true);
    expect(isOverdue({ status: 'closed', createdAt: filed }, new Date('2027-01-01T00:00:00Z'))).toBe(false);
  });
});
