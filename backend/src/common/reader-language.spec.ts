import { readerLanguage } from './reader-language';

describe('readerLanguage', () => {
  it.each([
    ['da', undefined, 'da'],
    ['sv-SE,sv;q=0.9,en;q=0.8', undefined, 'sv'],
    ['de-DE,da;q=0.5,en;q=0.9', undefined, 'en'],
    ['fr, de', 'da', 'da'],
    ['', 'sv', 'sv'],
    [undefined, undefined, null],
    ['*', undefined, null],
    ['en;q=0, da;q=0.1', undefined, 'da'],
    ['DA', undefined, 'da'],
  ] as const)('%s with locale %s is %s', (header, locale, expected) => {
    expect(readerLanguage(header, locale)).toBe(expected);
  });
});
