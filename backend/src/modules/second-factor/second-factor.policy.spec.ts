import { withheldRole } from './second-factor.policy';

describe('withheldRole', () => {
  const required = ['coordinator', 'admin'] as const;
  it.each([
    ['coordinator', false, required, 'coordinator'],
    ['admin', false, required, 'admin'],
    ['coordinator', true, required, null],
    ['admin', true, required, null],
    ['researcher', false, required, null],
    ['practitioner', false, required, null],
    ['researcher', false, ['researcher'], 'researcher'],
    ['practitioner', false, ['practitioner'], null],
    ['coordinator', false, [], null],
  ] as const)('a %s, enrolled %s, required %j: withheld %s', (role, enrolled, roles, expected) => {
    expect(withheldRole(role, enrolled, roles)).toBe(expected);
  });
});
