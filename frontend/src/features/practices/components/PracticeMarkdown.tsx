import type { AnchorHTMLAttributes, ReactNode } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';

/** Links: inside the app through the router; elsewhere in a new tab, with no access back to this page. */
function MarkdownLink({ href, children }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href?.startsWith('/') && !href.startsWith('//')) return <Link to={href}>{children}</Link>;
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}

/** Headings of the description sit under the page's "Description" heading (h2): they start at h3. */
const H3 = ({ children }: { children?: ReactNode }) => <h3>{children}</h3>;
const H4 = ({ children }: { children?: ReactNode }) => <h4>{children}</h4>;

const COMPONENTS: Components = {
  a: ({ href, children }) => <MarkdownLink href={href}>{children}</MarkdownLink>,
  // Images from others' servers would tell them who reads: the link is shown instead.
  img: ({ src, alt }) =>
    typeof src === 'string' && src ? <MarkdownLink href={src}>{alt?.trim() || src}</MarkdownLink> : <span>{alt}</span>,
  h1: H3,
  h2: H3,
  h3: H4,
  h4: H4,
  h5: H4,
  h6: H4,
};

/**
 * A practice's markdown text. Raw HTML is never rendered (react-markdown's default, without rehype-raw),
 * and unsafe link protocols are removed by its default URL check.
 */
export function PracticeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown practice-markdown">
      <Markdown components={COMPONENTS}>{text}</Markdown>
    </div>
  );
}
