import { mentionedUserIds, postMessageSchema } from './schemas';

const A = '0b6f4c2e-8d1a-4f3b-9c5e-2a7d6e8f9a10';
const B = '7c1d2e3f-4a5b-4c6d-8e7f-9a0b1c2d3e4f';

describe('mentionedUserIds', () => {
  it.each([
    ['none', 'No one in particular', []],
    ['one', `@[Ann](${A}) have a look`, [A]],
    ['each person once, in order', `@[Ann](${A}) @[Bo](${B}) and @[Ann again](${A})`, [A, B]],
    ['ids lowercased', `@[Ann](${A.toUpperCase()})`, [A]],
    ['not a mention without the id', '@[Ann] or @Ann', []],
    ['not a mention with a malformed id', '@[Ann](not-an-id)', []],
  ])('%s', (_name, text, expected) => {
    expect(mentionedUserIds(text)).toEqual(expected);
  });
});

describe('postMessageSchema', () => {
  it('trims the body and refuses empty, oversized and unknown fields', () => {
    expect(postMessageSchema.parse({ body: '  Hello ', clientId: A })).toEqual({ body: 'Hello', clientId: A });
    for (const bad of [
      { body: '   ', clientId: A },
      { body: 'x'.repeat(10_001), clientId: A },
      { body: 'Hi', clientId: 'x' },
      { body: 'Hi', clientId: A, position: 3 },
    ]) {
      expect(postMessageSchema.safeParse(bad).success).toBe(false);
    }
  });
});
