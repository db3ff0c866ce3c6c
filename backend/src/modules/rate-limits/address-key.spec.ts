import { addressKey } from './address-key';
import { backoffDelaySeconds } from './limits';

describe('addressKey', () => {
  it.each([
    ['192.0.2.7', '192.0.2.7'],
    ['::ffff:192.0.2.7', '192.0.2.7'],
    ['2001:db8:1:2:3:4:5:6', '2001:db8:1:2::/64'],
    ['2001:db8:1:2::9', '2001:db8:1:2::/64'],
    ['2001:0db8:0001:0002:ffff::1', '2001:db8:1:2::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    [undefined, 'unknown'],
  ])('%s counts as %s', (ip, key) => {
    expect(addressKey(ip)).toBe(key);
  });
});

describe('backoffDelaySeconds', () => {
  const rule = { kind: 'backoff', free: 3, delaySeconds: 2, maxDelaySeconds: 60, memorySeconds: 3600 } as const;
  it('gives the free failures no delay, then doubles up to the maximum', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 100].map((failures) => backoffDelaySeconds(rule, failures))).toEqual([
      0, 0, 2, 4, 8, 16, 32, 60, 60,
    ]);
  });
});
