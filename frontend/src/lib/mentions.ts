import { MENTION_PATTERN } from '@pn/shared';

/** Someone who can be mentioned: a member of the thread's group. */
export interface Mentionable {
  userId: string;
  displayName: string;
}

/** The `@query` being typed at the caret, if any: where its `@` is and what follows it. */
export interface MentionQuery {
  start: number;
  query: string;
}

/** Longest text after `@` still taken as a name being typed (names have at most 100 characters). */
const QUERY_MAX = 60;

/**
 * Finds the `@name` being typed just before the caret: an `@` at the start or after a space or an opening
 * bracket (so that an email address is not one), then no line break, no brackets and no double space.
 */
export function findMentionQuery(text: string, caret: number): MentionQuery | null {
  const before = text.slice(0, caret);
  const at = before.lastIndexOf('@');
  if (at === -1) return null;
  const query = before.slice(at + 1);
  if (query.length > QUERY_MAX || /[\n[\]()@]|\s\s|^\s/.test(query)) return null;
  const previous = at > 0 ? before[at - 1] : undefined;
  if (previous !== undefined && !/[\s([{"'“‘]/.test(previous)) return null;
  return { start: at, query };
}

const fold = (value: string) =>
  value
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase();

/** The members whose name matches the query: names that start with it first, then a word in them, then any. */
export function matchMentionables<T extends Mentionable>(
  people: readonly T[],
  query: string,
  options: { exclude?: string; limit?: number } = {},
): T[] {
  const wanted = fold(query.trim());
  const rank = (name: string): number => {
    const folded = fold(name);
    if (!wanted || folded.startsWith(wanted)) return 0;
    if (folded.split(/\s+/).some((word) => word.startsWith(wanted))) return 1;
    return folded.includes(wanted) ? 2 : -1;
  };
  return people
    .filter((person) => person.userId !== options.exclude)
    .map((person) => ({ person, rank: rank(person.displayName) }))
    .filter(({ rank: value }) => value >= 0)
    .sort((a, b) => a.rank - b.rank || a.person.displayName.localeCompare(b.person.displayName))
    .slice(0, options.limit ?? 8)
    .map(({ person }) => person);
}

/** `@[Display name](userId)`: the form the server reads mentions in (MENTION_PATTERN). */
export function mentionToken(person: Mentionable): string {
  const name =
    person.displayName
      .replace(/[[\]\n\r]/g, ' ')
      .trim()
      .slice(0, 100) || '?';
  return `@[${name}](${person.userId})`;
}

/** Replaces the `@query` at `mention` with the person's token and a space; returns the text and the new caret. */
export function insertMention(
  text: string,
  mention: MentionQuery,
  caret: number,
  person: Mentionable,
): { text: string; caret: number } {
  const inserted = `${mentionToken(person)} `;
  const after = text.slice(caret).replace(/^ /, '');
  return { text: `${text.slice(0, mention.start)}${inserted}${after}`, caret: mention.start + inserted.length };
}

/** A body with its mentions shown as people read them ("@Display name"), for excerpts and previews. */
export function mentionsToPlainText(text: string): string {
  return text.replace(new RegExp(MENTION_PATTERN.source, MENTION_PATTERN.flags), (_match, name: string) => `@${name}`);
}

/** The little of markdown's syntax tree (mdast) that the mention transform reads. */
export interface MarkdownNode {
  type: string;
  value?: string;
  url?: string;
  children?: MarkdownNode[];
  data?: Record<string, unknown>;
}

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function textOf(node: MarkdownNode): string {
  return node.value ?? (node.children ?? []).map(textOf).join('');
}

/**
 * Markdown reads `@[Name](id)` as an "@" followed by a link to "id". This turns each such pair into a
 * mention: a link to the person's profile reading "@Name". Code spans and blocks are left alone.
 */
export function transformMentions(tree: MarkdownNode): void {
  if (!tree.children) return;
  const next: MarkdownNode[] = [];
  for (const child of tree.children) {
    const previous = next[next.length - 1];
    const userId = child.type === 'link' && USER_ID.test(child.url ?? '') ? child.url?.toLowerCase() : undefined;
    if (userId && previous?.type === 'text' && previous.value?.endsWith('@')) {
      previous.value = previous.value.slice(0, -1);
      if (previous.value === '') next.pop();
      next.push({
        type: 'mention',
        data: {
          hName: 'a',
          hProperties: { href: `/members/${userId}`, className: ['mention'] },
          hChildren: [{ type: 'text', value: `@${textOf(child)}` }],
        },
      });
      continue;
    }
    transformMentions(child);
    next.push(child);
  }
  tree.children = next;
}

/** The remark plugin for react-markdown. */
export function remarkMentions() {
  return (tree: MarkdownNode) => transformMentions(tree);
}
