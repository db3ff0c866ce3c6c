import { EXCERPT_LENGTH, excerptOf } from './discussions.mapper';

const ID = '0b6f4c2e-8d1a-4f3b-9c5e-2a7d6e8f9a10';

describe('excerptOf', () => {
  it.each([
    ['a short message as it is', 'Thanks, very useful.', 'Thanks, very useful.'],
    ['whitespace folded to single spaces', '  Line one\n\nline   two ', 'Line one line two'],
    ['empty stays empty (deleted or hidden)', '', ''],
  ])('%s', (_name, body, expected) => {
    expect(excerptOf(body)).toBe(expected);
  });

  it('cuts a long message with an ellipsis, within the length', () => {
    const excerpt = excerptOf('word '.repeat(100));
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH);
    expect(excerpt.endsWith('…')).toBe(true);
  });

  it('never cuts a mention in half: it stops before one that would not fit', () => {
    const body = `${'x'.repeat(EXCERPT_LENGTH - 20)} @[Somebody with a long name](${ID}) and more`;
    expect(excerptOf(body)).toBe(`${'x'.repeat(EXCERPT_LENGTH - 20)}…`);
    const fits = `@[Ann](${ID}) ${'y'.repeat(200)}`;
    expect(excerptOf(fits).startsWith(`@[Ann](${ID}) y`)).toBe(true);
  });
});
