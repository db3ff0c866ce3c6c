import { describe, expect, it } from 'vitest';
import { da } from './da';
import { en } from './en';
import { sv } from './sv';

/** Every leaf of a nested translation object, as "a.b.c" => value. */
function flatten(tree: object, prefix = ''): Map<string, unknown> {
  const leaves = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree) as [string, unknown][]) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null) {
      for (const [leafPath, leaf] of flatten(value, path)) leaves.set(leafPath, leaf);
    } else {
      leaves.set(path, value);
    }
  }
  return leaves;
}

const interpolations = (text: string) => [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((match) => match[1]).sort();

const languages = { en, da, sv };
const reference = flatten(en);

describe('language files', () => {
  it.each(Object.entries(languages))('%s has exactly the keys of English', (_name, translation) => {
    expect([...flatten(translation).keys()].sort()).toEqual([...reference.keys()].sort());
  });

  it.each(Object.entries(languages))('%s has a non-empty text for every key', (_name, translation) => {
    for (const [key, value] of flatten(translation)) {
      expect(typeof value, key).toBe('string');
      expect((value as string).trim(), key).not.toBe('');
    }
  });

  it.each(Object.entries(languages))('%s uses the same {{placeholders}} as English', (_name, translation) => {
    const leaves = flatten(translation);
    for (const [key, english] of reference) {
      const text = leaves.get(key);
      // Plural forms may leave the count out (e.g. "one language"); every other text keeps English's placeholders.
      const expected = interpolations(english as string).filter((name) => !(key.endsWith('_one') && name === 'count'));
      for (const name of expected) expect(interpolations(String(text)), `${key}: {{${name}}}`).toContain(name);
    }
  });
});
