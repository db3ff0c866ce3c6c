import { DEFAULT_EMAIL_FREQUENCIES, NOTIFICATION_KINDS } from '@pn/shared';
import { effectiveFrequency, SETTING_OF, withDefaults } from './email-settings.policy';

describe('withDefaults', () => {
  it('fills every kind, keeps valid choices and ignores anything else', () => {
    const kinds = withDefaults({ mention: 'never', reply: 'sometimes', unknown: 'daily' });
    expect(kinds).toEqual({ ...DEFAULT_EMAIL_FREQUENCIES, mention: 'never' });
  });
  it('starts with what is about you at once and group activity weekly', () => {
    const kinds = withDefaults(null);
    expect([kinds.mention, kinds.reply, kinds.decision]).toEqual(['immediately', 'immediately', 'immediately']);
    expect(kinds['group-activity']).toBe('weekly');
  });
});

describe('effectiveFrequency', () => {
  const kinds = withDefaults({ announcement: 'immediately' });
  it.each([
    ['announcement', null, 'immediately'],
    ['announcement', 'never', 'never'],
    ['group-activity', 'daily', 'daily'],
    ['mention', 'never', 'immediately'],
    ['reply', 'weekly', 'immediately'],
  ] as const)('%s with the group at %s is %s', (kind, group, expected) => {
    expect(effectiveFrequency(kind, kinds, group)).toBe(expected);
  });
});

describe('SETTING_OF', () => {
  it('maps every notification kind to a setting', () => {
    for (const kind of NOTIFICATION_KINDS) expect(SETTING_OF[kind]).toBeDefined();
  });
});
