import {
  canEditEvaluation,
  canVerifyEvaluation,
  declaredIndependence,
  seesUnverified,
  seesVerificationComment,
  storedDeclarations,
  verificationRefusal,
} from './evaluations.policy';

const AUTHOR = '11111111-1111-4111-8111-111111111111';
const OTHER = '22222222-2222-4222-8222-222222222222';

describe('canEditEvaluation', () => {
  it.each([
    ['its author', { id: AUTHOR, role: 'researcher', status: 'active' }, true],
    ['its author, no longer a researcher', { id: AUTHOR, role: 'practitioner', status: 'active' }, true],
    ['its author, suspended', { id: AUTHOR, role: 'researcher', status: 'suspended' }, false],
    ['another researcher', { id: OTHER, role: 'researcher', status: 'active' }, false],
    ['a coordinator', { id: OTHER, role: 'coordinator', status: 'active' }, false],
    ['a visitor', null, false],
  ] as const)('%s: %s', (_name, viewer, expected) => {
    expect(canEditEvaluation({ authorId: AUTHOR }, viewer)).toBe(expected);
  });

  it('is nobody once the author is gone', () => {
    expect(canEditEvaluation({ authorId: null }, { id: AUTHOR, role: 'researcher', status: 'active' })).toBe(false);
  });
});

describe('declaredIndependence', () => {
  it.each([
    [{ independence: 'developer-funded', independent: true }, 'developer-funded'],
    [{ independent: true }, 'independent'],
    [{ independent: false }, 'developer'],
    [{}, undefined],
  ] as const)('%j reads as %s', (body, expected) => {
    expect(declaredIndependence(body)).toBe(expected);
  });
});

describe('storedDeclarations', () => {
  it('drops the older flag and stores an empty conflict as none', () => {
    expect(storedDeclarations({ independent: true, conflictOfInterest: '', citation: 'c' })).toEqual({
      conflictOfInterest: null,
      citation: 'c',
    });
  });

  it('keeps a declared conflict', () => {
    expect(storedDeclarations({ conflictOfInterest: 'Funded by the developer' })).toEqual({
      conflictOfInterest: 'Funded by the developer',
    });
  });
});

describe('verificationRefusal', () => {
  const PRACTICE_AUTHOR = '33333333-3333-4333-8333-333333333333';
  const practice = { authorId: PRACTICE_AUTHOR };
  const awaiting = { authorId: AUTHOR, verification: 'awaiting', verificationReconciled: false } as const;
  const researcher = { id: OTHER, role: 'researcher', status: 'active' } as const;
  const coordinator = { id: OTHER, role: 'coordinator', status: 'active' } as const;

  it.each([
    ['a researcher, on one awaiting', awaiting, researcher, null, null],
    ['a coordinator, on one awaiting', awaiting, coordinator, null, null],
    ['an admin, as a coordinator', awaiting, { ...coordinator, role: 'admin' }, null, null],
    ['a visitor', awaiting, null, null, 403],
    ['a pending researcher', awaiting, { ...researcher, status: 'pending' }, null, 403],
    ['a practitioner', awaiting, { ...researcher, role: 'practitioner' }, null, 403],
    ['its author', awaiting, { ...researcher, id: AUTHOR }, null, 403],
    ["the practice's author", awaiting, { ...researcher, id: PRACTICE_AUTHOR }, null, 403],
    ['a reviewer declaring a conflict', awaiting, researcher, 'I co-wrote the programme manual.', 403],
    ['a reviewer declaring only blanks', awaiting, researcher, '   ', null],
    ['anyone, on one verified', { ...awaiting, verification: 'verified' }, coordinator, null, 409],
    ['a researcher, on one returned', { ...awaiting, verification: 'returned' }, researcher, null, 409],
    ['a coordinator reconciling one returned', { ...awaiting, verification: 'returned' }, coordinator, null, null],
    ['a researcher, once a coordinator decided', { ...awaiting, verificationReconciled: true }, researcher, null, 403],
    [
      'a coordinator, once a coordinator decided',
      { ...awaiting, verificationReconciled: true },
      coordinator,
      null,
      null,
    ],
  ] as const)('%s', (_name, evaluation, viewer, conflict, status) => {
    expect(verificationRefusal(evaluation, practice, viewer, conflict)?.status ?? null).toBe(status);
  });

  it('offers the decision to whoever it would not refuse with no conflict declared', () => {
    expect(canVerifyEvaluation(awaiting, practice, researcher)).toBe(true);
    expect(canVerifyEvaluation(awaiting, practice, { ...researcher, id: AUTHOR })).toBe(false);
  });
});

describe('who sees what of verification', () => {
  it('shows evaluations not yet verified to active members only', () => {
    expect(seesUnverified(null)).toBe(false);
    expect(seesUnverified({ id: OTHER, role: 'practitioner', status: 'pending' })).toBe(false);
    expect(seesUnverified({ id: OTHER, role: 'practitioner', status: 'active' })).toBe(true);
  });

  it("shows the reviewer's comment to its author and to those who verify", () => {
    const evaluation = { authorId: AUTHOR };
    expect(seesVerificationComment(evaluation, { id: AUTHOR, role: 'practitioner', status: 'active' })).toBe(true);
    expect(seesVerificationComment(evaluation, { id: OTHER, role: 'researcher', status: 'active' })).toBe(true);
    expect(seesVerificationComment(evaluation, { id: OTHER, role: 'practitioner', status: 'active' })).toBe(false);
    expect(seesVerificationComment(evaluation, null)).toBe(false);
  });
});
