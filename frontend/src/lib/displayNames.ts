import { COUNTRY_CODES, LANGUAGE_CODES } from '@pn/shared';
import { LANGUAGE_NAME_FALLBACKS } from './languageNameFallbacks';

export interface NamedCode {
  code: string;
  name: string;
  /** One of the few most members choose, offered before the rest. */
  common?: boolean;
  /** Other names it is found by: in English, and in the language itself. */
  aliases?: readonly string[];
}

/** The languages of the network's members, most of them in Europe: offered first. */
export const COMMON_LANGUAGES: readonly string[] = [
  'en',
  'da',
  'sv',
  'no',
  'nb',
  'fi',
  'is',
  'de',
  'fr',
  'es',
  'it',
  'nl',
  'pl',
  'pt',
  'et',
  'lv',
  'lt',
];

/** The countries of the network's members, most of them in Europe: offered first. */
export const COMMON_COUNTRIES: readonly string[] = [
  'DK',
  'SE',
  'NO',
  'FI',
  'IS',
  'DE',
  'GB',
  'IE',
  'NL',
  'BE',
  'FR',
  'ES',
  'IT',
  'PT',
  'PL',
  'AT',
  'CH',
  'EE',
  'LV',
  'LT',
];

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

function fallback(kind: Kind, code: string, locale: string): string | null {
  if (kind !== 'language') return null;
  const names = LANGUAGE_NAME_FALLBACKS[code];
  return names ? (names[locale as keyof typeof names] ?? names.en) : null;
}

/**
 * The name in the given language; browsers lack some rare ones, which come from our own table, else in
 * English, else the code.
 */
function displayName(kind: Kind, code: string, locale: string): string {
  return (
    lookUp(kind, code, locale) ??
    fallback(kind, code, locale) ??
    (locale === 'en' ? null : lookUp(kind, code, 'en')) ??
    code
  );
}

/** Other names a choice is looked for by: its English name, and a language's name for itself. */
function aliasesOf(kind: Kind, code: string, locale: string, name: string): string[] {
  const names = [locale === 'en' ? null : displayName(kind, code, 'en')];
  if (kind === 'language') names.push(lookUp(kind, code, code) ?? null);
  return [...new Set(names.filter((alias): alias is string => Boolean(alias) && alias !== name))];
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
    const common = new Set(kind === 'language' ? COMMON_LANGUAGES : COMMON_COUNTRIES);
    const named = codes.map((code) => {
      const name = displayName(kind, code, locale);
      return { code, name, common: common.has(code), aliases: aliasesOf(kind, code, locale, name) };
    });
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

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** Case- and accent-insensitive "contains", for filtering lists of names. */
export function matchesFilter(name: string, query: string): boolean {
  return fold(name).includes(fold(query.trim()));
}

/** The common choices first (as the list orders them), then the others. */
export function commonFirst<T extends NamedCode>(list: readonly T[]): T[] {
  return [...list.filter((item) => item.common), ...list.filter((item) => !item.common)];
}

/**
 * The choices a query finds, best first: its code ("da"), then names starting with it, then names with a
 * word starting with it, then names containing it; names in the reader's language, in English and in the
 * language itself all count. Otherwise the list's order is kept.
 */
export function searchNamed<T extends NamedCode>(list: readonly T[], query: string): T[] {
  const wanted = fold(query.trim());
  if (!wanted) return [...list];
  const rank = (item: T): number => {
    if (item.code.toLowerCase() === wanted) return 0;
    const names = [item.name, ...(item.aliases ?? [])].map(fold);
    if (names.some((name) => name.startsWith(wanted))) return 1;
    if (names.some((name) => name.split(/[\s-]+/).some((word) => word.startsWith(wanted)))) return 2;
    return names.some((name) => name.includes(wanted)) ? 3 : -1;
  };
  return list
    .map((item, index) => ({ item, index, rank: rank(item) }))
    .filter(({ rank: value }) => value >= 0)
    .sort((a, b) => a.rank - b.rank || a.index - b.index)
    .map(({ item }) => item);
}
