/** The formatting locale of an interface language. */
export function formatLocale(language: string): string {
  if (language.startsWith('da')) return 'da-DK';
  if (language.startsWith('sv')) return 'sv-SE';
  return 'en-GB';
}
