import { canEditEvaluation, declaredIndependence, storedDeclarations } from './evaluations.policy';

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
