import { toHighlights } from './highlights';
import { parseQuery } from './search-query';
import { MARK_END as E, MARK_START as S } from './search-sql';

describe('toHighlights', () => {
  it('gives plain text and the offsets of the marked words', () => {
    const { snippet, highlights } = toHighlights(`  A ${S}forebyggelse${E} programme for ${S}børn${E} `);
    expect(snippet).toBe('A forebyggelse programme for børn');
    expect(highlights.map(([from, to]) => snippet.slice(from, to))).toEqual(['forebyggelse', 'børn']);
  });

  it('counts characters outside the basic plane as JavaScript does', () => {
    const { snippet, highlights } = toHighlights(`😀 ${S}word${E}`);
    expect(snippet.slice(...highlights[0]!)).toBe('word');
  });

  it('survives unbalanced markers', () => {
    expect(toHighlights(`${E}a ${S}b`)).toEqual({ snippet: 'a b', highlights: [[2, 3]] });
  });
});

describe('parseQuery', () => {
  it('takes words ending in * out as prefixes, built from letters and digits only', () => {
    expect(parseQuery('prev* programme')).toEqual({
      words: 'programme',
      prefixes: "'prev':*",
      negated: false,
      plainWords: ['prev', 'programme'],
    });
  });

  it('leaves operators, phrases and odd input to websearch_to_tsquery', () => {
    expect(parseQuery(`"a b* c" -d e'* \\*`).prefixes).toBe('');
    expect(parseQuery('"unbalanced').words).toBe('"unbalanced');
    expect(parseQuery('!!! &&& |||').plainWords).toEqual([]);
  });

  it('drops NUL and other control characters', () => {
    expect(parseQuery('a\u0000b').words).toBe('a b');
  });
});
