/**
 * Whether a name is an IANA time zone this runtime knows (`Europe/Copenhagen`, `UTC`): named zones only,
 * not offsets or abbreviations, so that a meeting keeps its daylight-saving rules.
 */
export function isTimeZoneName(value: string): boolean {
  if (value !== 'UTC' && !/^[A-Za-z][A-Za-z0-9_+-]*(?:\/[A-Za-z0-9_+-]+){1,2}$/.test(value)) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
