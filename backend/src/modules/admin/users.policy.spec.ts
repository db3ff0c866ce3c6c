import { auditActionsFor, refuseAccountChange } from './users.policy';

describe('refuseAccountChange', () => {
  const target = { id: 'target', status: 'active' as const, erasedAt: null };
  it('allows an admin to change another active or suspended account', () => {
    expect(refuseAccountChange('admin', target)).toBeNull();
    expect(refuseAccountChange('admin', { ...target, status: 'suspended' })).toBeNull();
  });
  it('refuses changing oneself, erased accounts and pending ones', () => {
    expect(refuseAccountChange('target', target)).toMatch(/your own/);
    expect(refuseAccountChange('admin', { ...target, erasedAt: new Date() })).toMatch(/erased/);
    expect(refuseAccountChange('admin', { ...target, status: 'pending' })).toMatch(/pending/);
  });
});

describe('auditActionsFor', () => {
  it.each([
    [{ role: 'practitioner', status: 'active' }, { role: 'researcher' }, ['user.role-change']],
    [{ role: 'practitioner', status: 'active' }, { role: 'practitioner' }, []],
    [{ role: 'practitioner', status: 'active' }, { status: 'suspended' }, ['user.suspend']],
    [{ role: 'practitioner', status: 'suspended' }, { status: 'suspended' }, []],
    [{ role: 'practitioner', status: 'suspended' }, { status: 'active' }, ['user.reactivate']],
    [
      { role: 'researcher', status: 'active' },
      { role: 'coordinator', status: 'suspended' },
      ['user.role-change', 'user.suspend'],
    ],
  ] as const)('%j changed by %j records %j', (before, change, expected) => {
    expect(auditActionsFor(before, change)).toEqual(expected);
  });
});
