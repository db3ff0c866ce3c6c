import type { User } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import { hasRole, needsSecondFactor } from './permissions';

const coordinator: User = {
  id: 'u1',
  email: 'c@example.org',
  displayName: 'C',
  role: 'coordinator',
  status: 'active',
  profession: 'social-workers',
  country: 'DK',
  organisation: null,
  languages: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  approvedAt: '2026-01-02T00:00:00.000Z',
  locale: 'da',
  timeZone: 'Europe/Copenhagen',
  emailConfirmed: true,
  pendingEmail: null,
};
const factors = { totp: false, passkeys: 0, recoveryCodesLeft: 0 };

describe('needsSecondFactor', () => {
  it('is true only for a role that needs one while none is set up', () => {
    expect(needsSecondFactor({ ...coordinator, secondFactor: { ...factors, required: true, enrolled: false } })).toBe(
      true,
    );
    expect(needsSecondFactor({ ...coordinator, secondFactor: { ...factors, required: true, enrolled: true } })).toBe(
      false,
    );
    expect(needsSecondFactor({ ...coordinator, secondFactor: { ...factors, required: false, enrolled: false } })).toBe(
      false,
    );
    expect(needsSecondFactor(coordinator)).toBe(false);
    expect(needsSecondFactor(null)).toBe(false);
  });

  it('leaves the role itself to hasRole: navigation still shows where the role leads', () => {
    const waiting = { ...coordinator, secondFactor: { ...factors, required: true, enrolled: false } };
    expect(hasRole(waiting, ['coordinator', 'admin'])).toBe(true);
  });
});
