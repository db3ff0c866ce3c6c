import { invitationRefusal, invitationState } from './invitations.policy';

describe('invitationState', () => {
  const base = { acceptedAt: null, withdrawnAt: null, expiresAt: new Date('2030-01-01T00:00:00Z') };
  const now = new Date('2029-06-01T00:00:00Z');
  it.each([
    [base, 'pending'],
    [{ ...base, acceptedAt: now }, 'accepted'],
    [{ ...base, withdrawnAt: now }, 'withdrawn'],
    [{ ...base, expiresAt: new Date('2029-01-01T00:00:00Z') }, 'expired'],
    [{ ...base, acceptedAt: now, expiresAt: new Date('2029-01-01T00:00:00Z') }, 'accepted'],
  ] as const)('%j is %s', (invitation, state) => {
    expect(invitationState(invitation, now)).toBe(state);
  });
});

describe('invitationRefusal', () => {
  const active = (role: 'practitioner' | 'coordinator' | 'admin') => ({ role, status: 'active' });
  it.each([
    [active('coordinator'), false, false, null],
    [active('coordinator'), false, true, null],
    [active('practitioner'), true, true, null],
    [active('practitioner'), false, true, /group's coordinators/],
    [active('practitioner'), true, false, /network coordinators/],
    [active('admin'), false, false, /network coordinators/],
    [{ role: 'coordinator', status: 'pending' }, false, false, /network coordinators/],
  ] as const)('%j (group coordinator %s, with a group %s)', (viewer, coordinates, withGroup, expected) => {
    const refusal = invitationRefusal(viewer as never, coordinates, withGroup);
    if (expected === null) expect(refusal).toBeNull();
    else expect(refusal).toMatch(expected);
  });
});
