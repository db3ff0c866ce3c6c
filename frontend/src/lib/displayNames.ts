import { COUNTRY_CODES, LANGUAGE_CODES } from '@pn/shared';

export interface NamedCode {
  code: string;
  name: string;
}

type Kind = 'region' | 'language';

const namers = new Map<string, Intl.DisplayNames | null>();
const sortedLists = new Map<string, NamedCode[]>();

function namer(kind: Kind, locale: string): Intl.DisplayNames | null {
  const cacheKey = `${kind}:${locale}`;
  if (!namers.has(cacheKey)) {
    try {
      namers.set(cacheKey, new Intl.DisplayNames([locale, 'en'], { type: kind, fallback: 'code' }));
    } catch {
      namers.set(cacheKey, null);
    }
  }
  return namers.get(cacheKey) ?? null;
}

function lookUp(kind: Kind, code: string, locale: string): string | null {
  try {
    const name = namer(kind, locale)?.of(code);
    // Without data for a code, DisplayNames answers the code itself.
    return name && name.toLowerCase() !== code.toLowerCase() ? name : null;
  } catch {
    return null;
  }
}

/** The name in the given language, else in English (browsers lack some rare ones), else the code. */
function displayName(kind: Kind, code: string, locale: string): string {
  return lookUp(kind, code, locale) ?? (locale === 'en' ? null : lookUp(kind, code, 'en')) ?? code;
}

/** A country's name (ISO 3166-1 alpha-2 code) in the given language. */
export function countryName(code: string, locale: string): string {
  return displayName('region', code.toUpperCase(), locale);
}

/** A language's name (ISO 639-1 code) in the given language. */
export function languageName(code: string, locale: string): string {
  return displayName('language', code.toLowerCase(), locale);
}

function sortedNames(kind: Kind, codes: readonly string[], locale: string): NamedCode[] {
  const cacheKey = `${kind}:${locale}`;
  let list = sortedLists.get(cacheKey);
  if (!list) {
    const collator = new Intl.Collator(locale, { sensitivity: 'base' });
    const named = codes.map((code) => ({ code, name: displayName(kind, code, locale) }));
    const counts = new Map<string, number>();
    for (const { name } of named) counts.set(name, (counts.get(name) ?? 0) + 1);
    list = named
      // Two codes with one name (e.g. "ak" and "tw" in some browsers) are told apart by their code.
      .map((item) => ((counts.get(item.name) ?? 0) > 1 ? { ...item, name: `${item.name} (${item.code})` } : item))
      // Codes without a name go last rather than first.
      .sort((a, b) => Number(a.name === a.code) - Number(b.name === b.code) || collator.compare(a.name, b.name));
    sortedLists.set(cacheKey, list);
  }
  return list;
}

/** All countries of the shared vocabulary, named and sorted in the given language. */
export function countryList(locale: string): NamedCode[] {
  return sortedNames('region', COUNTRY_CODES, locale);
}

/** All languages of the shared vocabulary, named and sorted in the given language. */
export function languageList(locale: string): NamedCode[] {
  return sortedNames('language', LANGUAGE_CODES, locale);
}

/** Case- and accent-insensitive "contains", for filtering lists of names. */
export function matchesFilter(name: string, query: string): boolean {
  const fold = (value: string) =>
    value
      .normalize('NFD')
      .replace(/\p{Diacritic}/gu, '')
      .toLocaleLowerCase();
  return fold(name).includes(fold(query.trim()));
}
