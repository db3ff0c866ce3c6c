import type { SearchHit } from '@pn/shared';
import { useMemo } from 'react';
import { toSegments } from '../highlights';

/** A hit's passage, its matched words in <mark>; the text is only ever rendered as text. */
export function Snippet({ hit }: { hit: Pick<SearchHit, 'snippet' | 'highlights'> }) {
  const segments = useMemo(() => toSegments(hit.snippet, hit.highlights), [hit.snippet, hit.highlights]);
  return (
    <p className="search-hit__snippet">
      {segments.map((segment, index) =>
        segment.marked ? <mark key={index}>{segment.text}</mark> : <span key={index}>{segment.text}</span>,
      )}
    </p>
  );
}
