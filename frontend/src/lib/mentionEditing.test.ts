import { mentionedUserIds } from '@pn/shared';
import { describe, expect, it } from 'vitest';
import {
  editDisplay,
  findDisplayQuery,
  findEdit,
  insertMentionInDisplay,
  snapCaret,
  toDisplay,
  toMarkup,
} from './mentionEditing';
import { insertMention, mentionToken } from './mentions';

const RESEARCHER = { userId: '00000000-0000-4000-8000-000000000001', displayName: 'Demo researcher' };
const COORDINATOR = { userId: '00000000-0000-4000-8000-000000000002', displayName: 'Demo coordinator' };
const R = mentionToken(RESEARCHER);
const C = mentionToken(COORDINATOR);

/** Types `typed` at the caret of the display text, as the textarea would report it. */
function type(markup: string, caret: number, typed: string) {
  const { text } = toDisplay(markup);
  return editDisplay(markup, text.slice(0, caret) + typed + text.slice(caret), caret + typed.length);
}

/** Presses Backspace with the caret at `caret` of the display text. */
function backspace(markup: string, caret: number) {
  const { text } = toDisplay(markup);
  return editDisplay(markup, text.slice(0, caret - 1) + text.slice(caret), caret - 1);
}

describe('toDisplay and toMarkup', () => {
  it('show each mention as "@Name" and write the same markup back', () => {
    const markup = `Hi ${R}, see ${C}'s note`;
    const display = toDisplay(markup);
    expect(display.text).toBe("Hi @Demo researcher, see @Demo coordinator's note");
    expect(display.mentions).toEqual([
      { start: 3, end: 19, userId: RESEARCHER.userId, name: 'Demo researcher' },
      { start: 25, end: 42, userId: COORDINATOR.userId, name: 'Demo coordinator' },
    ]);
    expect(toMarkup(display)).toBe(markup);
    expect(toDisplay('no mentions').text).toBe('no mentions');
  });
});

describe('findEdit', () => {
  it('uses the caret to tell which of two equal characters went', () => {
    // "a  b" -> "a b": the caret at 1 says the first space was deleted (Backspace after "a ").
    expect(findEdit('a  b', 'a b', 1)).toEqual({ from: 1, to: 2, inserted: '' });
    expect(findEdit('a  b', 'a b', 2)).toEqual({ from: 2, to: 3, inserted: '' });
    expect(findEdit('abc', 'aXc', 2)).toEqual({ from: 1, to: 2, inserted: 'X' });
  });
});

describe('editDisplay', () => {
  const markup = `Hi ${R} there`;

  it('keeps the markup of mentions while text around them changes', () => {
    expect(type(markup, 0, 'Oh, ').markup).toBe(`Oh, Hi ${R} there`);
    expect(type(markup, 19, '!').markup).toBe(`Hi ${R}! there`);
    expect(type(markup, 25, '?')).toEqual({ markup: `Hi ${R} there?`, caret: 26 });
    expect(backspace(markup, 2).markup).toBe(`H ${R} there`);
    expect(backspace(markup, 20).markup).toBe(`Hi ${R}there`);
  });

  it('deletes a whole mention when Backspace or Delete cuts into it', () => {
    expect(backspace(markup, 19)).toEqual({ markup: 'Hi  there', caret: 3 });
    const { text } = toDisplay(markup);
    // Delete with the caret before the "@".
    expect(editDisplay(markup, text.slice(0, 3) + text.slice(4), 3)).toEqual({ markup: 'Hi  there', caret: 3 });
    // A selection from the middle of the mention into the text after it.
    expect(editDisplay(markup, `${text.slice(0, 8)}X${text.slice(21)}`, 9)).toEqual({
      markup: 'Hi Xhere',
      caret: 4,
    });
  });

  it('puts text typed inside a mention after it', () => {
    expect(type(markup, 8, 'X')).toEqual({ markup: `Hi ${R}X there`, caret: 20 });
  });

  it('sends exactly the ids mentioned', () => {
    const two = `${R} and ${C}`;
    expect(mentionedUserIds(backspace(two, 16).markup)).toEqual([COORDINATOR.userId]);
  });
});

describe('findDisplayQuery', () => {
  it('finds the name being typed, not the name of a mention already made', () => {
    const display = toDisplay(`${R} and @Dem`);
    expect(findDisplayQuery(display, display.text.length)).toEqual({ start: 21, query: 'Dem' });
    const made = toDisplay(`Hi ${R} x`);
    expect(findDisplayQuery(made, made.text.length)).toBeNull();
    expect(findDisplayQuery(made, 10)).toBeNull();
  });
});

describe('insertMentionInDisplay', () => {
  it('writes the same markup as inserting into the markup itself', () => {
    const typed = 'Hello @dem welcome';
    const query = { start: 6, query: 'dem' };
    expect(insertMentionInDisplay(typed, query, 10, RESEARCHER)).toEqual({
      markup: insertMention(typed, query, 10, RESEARCHER).text,
      caret: 23,
    });
    expect(toDisplay(insertMentionInDisplay(typed, query, 10, RESEARCHER).markup).text).toBe(
      'Hello @Demo researcher welcome',
    );
  });

  it('keeps the mentions before and after the insertion', () => {
    const markup = `${R} @co ${C}`;
    const display = toDisplay(markup);
    const query = findDisplayQuery(display, 20);
    expect(query).toEqual({ start: 17, query: 'co' });
    if (!query) return;
    expect(insertMentionInDisplay(markup, query, 20, COORDINATOR).markup).toBe(`${R} ${C} ${C}`);
  });
});

describe('snapCaret', () => {
  const { mentions } = toDisplay(`Hi ${R} there`);

  it('steps over a mention in the direction the caret moved', () => {
    expect(snapCaret(mentions, 18, 19)).toBe(3);
    expect(snapCaret(mentions, 4, 3)).toBe(19);
    expect(snapCaret(mentions, 3, 10)).toBe(3);
    expect(snapCaret(mentions, 19, 2)).toBe(19);
    expect(snapCaret(mentions, 22, 2)).toBe(22);
  });
});
