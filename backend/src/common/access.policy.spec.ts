import type { AccessRule } from './access';
import { decideAccess } from './access.policy';

const rules: Record<string, AccessRule> = {
  public: { kind: 'public' },
  signedIn: { kind: 'signed-in' },
  active: { kind: 'active' },
  coordinators: { kind: 'active', roles: ['coordinator', 'admin'] },
  admins: { kind: 'active', roles: ['admin'] },
};

describe('decideAccess', () => {
  it.each([
    ['public', null, 'allow'],
    ['signedIn', null, 'unauthenticated'],
    ['active', null, 'unauthenticated'],
    ['signedIn', { role: 'practitioner', status: 'pending' }, 'allow'],
    ['active', { role: 'practitioner', status: 'pending' }, 'forbidden'],
    ['active', { role: 'admin', status: 'pending' }, 'forbidden'],
    ['active', { role: 'practitioner', status: 'active' }, 'allow'],
    ['coordinators', { role: 'researcher', status: 'active' }, 'forbidden'],
    ['coordinators', { role: 'coordinator', status: 'active' }, 'allow'],
    ['coordinators', { role: 'coordinator', status: 'suspended' }, 'forbidden'],
    ['admins', { role: 'coordinator', status: 'active' }, 'forbidden'],
    ['admins', { role: 'admin', status: 'active' }, 'allow'],
  ] as const)('%s rule, account %j: %s', (rule, account, expected) => {
    expect(decideAccess(rules[rule]!, account)).toBe(expected);
  });
});
