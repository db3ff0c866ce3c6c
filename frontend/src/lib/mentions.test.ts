import { mentionedUserIds } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  findMentionQuery,
  insertMention,
  matchMentionables,
  mentionsToPlainText,
  mentionToken,
  transformMentions,
  type MarkdownNode,
} from './mentions';

const ANNA = { userId: '11111111-1111-4111-8111-111111111111', displayName: 'Anna Berg' };
const BO = { userId: '22222222-2222-4222-8222-222222222222', displayName: 'Bo Åström' };
const CARL = { userId: '33333333-3333-4333-8333-333333333333', displayName: 'Carl Annasson' };

describe('findMentionQuery', () => {
  it('finds the name being typed after an @', () => {
    expect(findMentionQuery('Hello @An', 9)).toEqual({ start: 6, query: 'An' });
    expect(findMentionQuery('@', 1)).toEqual({ start: 0, query: '' });
    expect(findMentionQuery('Hi (@Bo Å', 9)).toEqual({ start: 4, query: 'Bo Å' });
    // Only what is before the caret counts.
    expect(findMentionQuery('@Anna and more', 3)).toEqual({ start: 0, query: 'An' });
  });

  it('ignores email addresses, finished mentions and other lines', () => {
    expect(findMentionQuery('anna@example.org', 16)).toBeNull();
    expect(findMentionQuery(`${mentionToken(ANNA)} `, 46)).toBeNull();
    expect(findMentionQuery('@Anna\nnext', 10)).toBeNull();
    expect(findMentionQuery('@ Anna', 6)).toBeNull();
    expect(findMentionQuery('no mention', 10)).toBeNull();
  });
});

describe('matchMentionables', () => {
  it('ranks names that start with the query first, ignoring case and accents, and leaves out oneself', () => {
    const people = [CARL, BO, ANNA];
    expect(matchMentionables(people, 'ann').map((person) => person.displayName)).toEqual([
      'Anna Berg',
      'Carl Annasson',
    ]);
    expect(matchMentionables(people, 'bo as').map((person) => person.displayName)).toEqual(['Bo Åström']);
    expect(matchMentionables(people, '', { exclude: ANNA.userId })).toEqual([BO, CARL]);
    expect(matchMentionables(people, 'zz')).toEqual([]);
  });
});

describe('insertMention', () => {
  it('replaces the query with the token the server reads, and puts the caret after it', () => {
    const text = 'Thanks @an, see you';
    const result = insertMention(text, { start: 7, query: 'an' }, 10, ANNA);
    expect(result.text).toBe(`Thanks @[Anna Berg](${ANNA.userId}) , see you`);
    expect(result.text.slice(0, result.caret)).toBe(`Thanks @[Anna Berg](${ANNA.userId}) `);
    expect(mentionedUserIds(result.text)).toEqual([ANNA.userId]);
  });

  it('keeps brackets and line breaks out of the name', () => {
    expect(mentionToken({ userId: BO.userId, displayName: 'Bo [team]\nlead' })).toBe(`@[Bo  team  lead](${BO.userId})`);
  });
});

describe('rendering mentions', () => {
  it('shows mentions as "@Name" in plain text', () => {
    expect(mentionsToPlainText(`Ask ${mentionToken(ANNA)} and ${mentionToken(BO)}.`)).toBe(
      'Ask @Anna Berg and @Bo Åström.',
    );
    // The shared pattern is global: using it twice gives the same answer.
    expect(mentionsToPlainText(mentionToken(BO))).toBe('@Bo Åström');
  });

  it('turns "@" followed by a link to a user id into a mention link in the markdown tree', () => {
    const tree: MarkdownNode = {
      type: 'root',
      children: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', value: 'Hi @' },
            { type: 'link', url: ANNA.userId, children: [{ type: 'text', value: 'Anna Berg' }] },
            { type: 'text', value: ', see ' },
            { type: 'link', url: 'https://example.org', children: [{ type: 'text', value: 'this' }] },
            { type: 'inlineCode', value: '@[Bo](x)' },
          ],
        },
      ],
    };
    transformMentions(tree);
    const paragraph = tree.children?.[0]?.children ?? [];
    expect(paragraph.map((node) => node.type)).toEqual(['text', 'mention', 'text', 'link', 'inlineCode']);
    expect(paragraph[0]?.value).toBe('Hi ');
    expect(paragraph[1]?.data).toEqual({
      hName: 'a',
      hProperties: { href: `/members/${ANNA.userId}`, className: ['mention'] },
      hChildren: [{ type: 'text', value: '@Anna Berg' }],
    });
  });

  it('leaves a link to a user id without "@" before it as a link', () => {
    const tree: MarkdownNode = {
      type: 'paragraph',
      children: [{ type: 'link', url: ANNA.userId, children: [{ type: 'text', value: 'Anna' }] }],
    };
    transformMentions(tree);
    expect(tree.children?.[0]?.type).toBe('link');
  });
});
