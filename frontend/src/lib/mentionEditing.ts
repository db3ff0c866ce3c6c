import { MENTION_PATTERN } from '@pn/shared';
import { findMentionQuery, mentionToken, type Mentionable, type MentionQuery } from './mentions';

/**
 * A message being written is stored as markup (`Hi @[Demo researcher](id)`), which is what is sent, but the
 * writer sees and edits the display text (`Hi @Demo researcher`). These functions map one to the other and
 * carry an edit of the display text over to the markup, keeping each mention whole: an edit that cuts into
 * a mention removes it entirely, so that Backspace after a mention deletes the mention.
 */

/** Where a mention sits in the display text: `[start, end)` covers "@Name". */
export interface MentionSpan {
  start: number;
  end: number;
  userId: string;
  name: string;
}

export interface MentionDisplay {
  text: string;
  mentions: MentionSpan[];
}

/** Reads markup into the text shown and where its mentions are. */
export function toDisplay(markup: string): MentionDisplay {
  const mentions: MentionSpan[] = [];
  let text = '';
  let last = 0;
  for (const match of markup.matchAll(new RegExp(MENTION_PATTERN.source, MENTION_PATTERN.flags))) {
    const [whole, name = '', userId = ''] = match;
    text += markup.slice(last, match.index);
    const shown = `@${name}`;
    mentions.push({ start: text.length, end: text.length + shown.length, userId, name });
    text += shown;
    last = match.index + whole.length;
  }
  return { text: text + markup.slice(last), mentions };
}

/** Writes the display text and its mentions back as markup. */
export function toMarkup({ text, mentions }: MentionDisplay): string {
  let markup = '';
  let last = 0;
  for (const mention of mentions) {
    markup += `${text.slice(last, mention.start)}@[${mention.name}](${mention.userId})`;
    last = mention.end;
  }
  return markup + text.slice(last);
}

const inside = (mention: MentionSpan, position: number) => position > mention.start && position < mention.end;

/**
 * The one edit that turned `before` into `after`: the text replaced at `[from, to)` of `before` by
 * `inserted`. The caret, which ends up after what was typed or pasted, decides between equally good
 * readings (deleting one of two spaces).
 */
export function findEdit(before: string, after: string, caret: number): { from: number; to: number; inserted: string } {
  let suffix = 0;
  const maxSuffix = Math.min(before.length, after.length);
  while (suffix < maxSuffix && before[before.length - 1 - suffix] === after[after.length - 1 - suffix]) suffix += 1;
  suffix = Math.min(suffix, Math.max(0, after.length - caret));
  let prefix = 0;
  const maxPrefix = Math.min(before.length, after.length) - suffix;
  while (prefix < maxPrefix && before[prefix] === after[prefix]) prefix += 1;
  return { from: prefix, to: before.length - suffix, inserted: after.slice(prefix, after.length - suffix) };
}

/**
 * Applies an edit of the display text to the markup: returns the new markup and where the caret goes.
 * A mention the edit cuts into is removed whole; text typed inside a mention goes after it.
 */
export function editDisplay(markup: string, nextText: string, caret: number): { markup: string; caret: number } {
  const current = toDisplay(markup);
  const edit = findEdit(current.text, nextText, caret);
  let { from, to } = edit;
  if (from === to) {
    // Typed inside a mention (only possible by pasting or with a caret the browser put there): after it.
    const host = current.mentions.find((mention) => inside(mention, from));
    if (host) from = to = host.end;
  } else {
    for (const mention of current.mentions) {
      if (mention.start < to && mention.end > from) {
        from = Math.min(from, mention.start);
        to = Math.max(to, mention.end);
      }
    }
  }
  const shift = edit.inserted.length - (to - from);
  const mentions = current.mentions
    .filter((mention) => mention.end <= from || mention.start >= to)
    .map((mention) =>
      mention.start >= to ? { ...mention, start: mention.start + shift, end: mention.end + shift } : mention,
    );
  const text = current.text.slice(0, from) + edit.inserted + current.text.slice(to);
  return { markup: toMarkup({ text, mentions }), caret: from + edit.inserted.length };
}

/**
 * The "@name" being typed at the caret of the display text, unless that "@" begins a mention already made
 * (whose name would otherwise read as a query still being typed).
 */
export function findDisplayQuery(display: MentionDisplay, caret: number): MentionQuery | null {
  const query = findMentionQuery(display.text, caret);
  if (!query) return null;
  return display.mentions.some((mention) => query.start >= mention.start && query.start < mention.end) ? null : query;
}

/** Replaces the `@query` typed at `query` with a mention of the person and a space. */
export function insertMentionInDisplay(
  markup: string,
  query: MentionQuery,
  caret: number,
  person: Mentionable,
): { markup: string; caret: number } {
  const current = toDisplay(markup);
  // The token's name is the display name made safe for the markup; the display shows that same name.
  const token = toDisplay(mentionToken(person)).mentions[0];
  if (!token) return { markup, caret };
  const shown = `@${token.name}`;
  // One space after the mention, not two when one already follows the caret.
  const to = current.text[caret] === ' ' ? caret + 1 : caret;
  const inserted = `${shown} `;
  const shift = inserted.length - (to - query.start);
  const mentions = [
    ...current.mentions.filter((other) => other.end <= query.start),
    { ...token, start: query.start, end: query.start + shown.length },
    ...current.mentions
      .filter((other) => other.start >= to)
      .map((other) => ({ ...other, start: other.start + shift, end: other.end + shift })),
  ];
  const text = current.text.slice(0, query.start) + inserted + current.text.slice(to);
  return { markup: toMarkup({ text, mentions }), caret: query.start + inserted.length };
}

/**
 * Keeps a caret out of a mention's middle, so that arrows step over a mention as over one character:
 * coming from its right, the caret goes to its start; otherwise to its end.
 */
export function snapCaret(mentions: readonly MentionSpan[], caret: number, previous: number): number {
  const host = mentions.find((mention) => inside(mention, caret));
  if (!host) return caret;
  return previous >= host.end ? host.start : host.end;
}
