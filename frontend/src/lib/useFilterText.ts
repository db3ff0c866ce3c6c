import { useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from './useDebouncedValue';

/** How long typing pauses before a filter's text applies. */
const TEXT_DELAY_MS = 300;

/**
 * The text box of a filtered list whose filters live in the address: `[text, setText]` for the box, and
 * `apply(text)` is called once the typing has settled. The box follows the address when it changes without
 * typing (the back button, a link).
 */
export function useFilterText(applied: string | undefined, apply: (text: string | undefined) => void) {
  const [text, setText] = useState(applied ?? '');
  const settled = useDebouncedValue(text, TEXT_DELAY_MS);

  const [addressText, setAddressText] = useState(applied ?? '');
  if ((applied ?? '') !== addressText) {
    setAddressText(applied ?? '');
    setText(applied ?? '');
  }

  // Only a settled change of the text applies, and only once: the latest callback is read from a ref.
  const latest = useRef({ applied, apply });
  useEffect(() => {
    latest.current = { applied, apply };
  });
  useEffect(() => {
    const next = settled.trim();
    if (next !== (latest.current.applied ?? '')) latest.current.apply(next || undefined);
  }, [settled]);

  return [text, setText] as const;
}
