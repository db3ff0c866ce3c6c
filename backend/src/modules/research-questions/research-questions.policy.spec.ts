import {
  claimRefusal,
  mergeRefusal,
  moveRefusal,
  takePartRefusal,
  type QuestionFacts,
} from './research-questions.policy';

const RESEARCHER = { id: '11111111-1111-4111-8111-111111111111', role: 'researcher', status: 'active' } as const;
const OTHER = { id: '22222222-2222-4222-8222-222222222222', role: 'researcher', status: 'active' } as const;
const PRACTITIONER = { id: '33333333-3333-4333-8333-333333333333', role: 'practitioner', status: 'active' } as const;
const open: QuestionFacts = { status: 'open', claimerId: null, mergedIntoId: null };
const planned: QuestionFacts = { status: 'planned', claimerId: RESEARCHER.id, mergedIntoId: null };

describe('claimRefusal', () => {
  it('lets an active researcher claim an open question', () => {
    expect(claimRefusal(open, RESEARCHER)).toBeNull();
  });
  it.each([
    ['a practitioner', PRACTITIONER],
    ['a pending researcher', { ...RESEARCHER, status: 'pending' } as const],
    ['a visitor', null],
  ])('refuses %s with 403', (_name, viewer) => {
    expect(claimRefusal(open, viewer)?.status).toBe(403);
  });
  it('refuses a claimed or merged question with 409', () => {
    expect(claimRefusal(planned, OTHER)?.status).toBe(409);
    expect(claimRefusal({ ...open, mergedIntoId: OTHER.id }, RESEARCHER)?.status).toBe(409);
  });
});

describe('moveRefusal', () => {
  it('lets the claimer move forward', () => {
    expect(moveRefusal(planned, RESEARCHER, 'under-way')).toBeNull();
    expect(moveRefusal(planned, RESEARCHER, 'answered')).toBeNull();
  });
  it('refuses anyone else with 403', () => {
    expect(moveRefusal(planned, OTHER, 'under-way')?.status).toBe(403);
    expect(moveRefusal(open, RESEARCHER, 'planned')?.status).toBe(403);
  });
  it('refuses going back or staying with 409', () => {
    expect(moveRefusal({ ...planned, status: 'under-way' }, RESEARCHER, 'planned')?.status).toBe(409);
    expect(moveRefusal({ ...planned, status: 'answered' }, RESEARCHER, 'answered')?.status).toBe(409);
  });
});

describe('takePartRefusal', () => {
  it('lets an active member take part in a standing question', () => {
    expect(takePartRefusal(open, PRACTITIONER)).toBeNull();
  });
  it('refuses a merged question with 409 and an inactive account with 403', () => {
    expect(takePartRefusal({ ...open, mergedIntoId: OTHER.id }, PRACTITIONER)?.status).toBe(409);
    expect(takePartRefusal(open, { ...PRACTITIONER, status: 'suspended' })?.status).toBe(403);
  });
});

describe('mergeRefusal', () => {
  const a = { ...open, id: 'a' };
  const b = { ...open, id: 'b' };
  it('merges two standing questions', () => {
    expect(mergeRefusal(a, b)).toBeNull();
  });
  it('refuses itself, a merged duplicate and a merged target', () => {
    expect(mergeRefusal(a, a)?.status).toBe(409);
    expect(mergeRefusal({ ...a, mergedIntoId: 'c' }, b)?.status).toBe(409);
    expect(mergeRefusal(a, { ...b, mergedIntoId: 'c' })?.status).toBe(409);
  });
});
