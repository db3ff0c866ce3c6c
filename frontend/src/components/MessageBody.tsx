import type { AnchorHTMLAttributes, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import Markdown, { type Components } from 'react-markdown';
import { Link } from 'react-router';
import { remarkMentions } from '../lib/mentions';

const REMARK_PLUGINS = [remarkMentions];

/** Links: inside the app through the router; elsewhere in a new tab, with no access back to this page. */
function MarkdownLink({ href, children, className }: AnchorHTMLAttributes<HTMLAnchorElement>) {
  if (href?.startsWith('/') && !href.startsWith('//')) {
    return (
      <Link to={href} className={className}>
        {children}
      </Link>
    );
  }
  if (!href) return <span>{children}</span>;
  return (
    <a href={href} className={className} target="_blank" rel="noopener noreferrer nofollow ugc">
      {children}
    </a>
  );
}

/** Images are not loaded from others' servers (that would tell them who reads): a link stands in. */
function MarkdownImage({ src, alt }: { src?: string | Blob; alt?: string }) {
  const { t } = useTranslation();
  const label = alt?.trim() || t('discussions.message.image');
  if (typeof src !== 'string' || !src) return <span>{label}</span>;
  return (
    <a href={src} target="_blank" rel="noopener noreferrer nofollow ugc">
      {t('discussions.message.imageLink', { label })}
    </a>
  );
}

/** Headings inside a message would break the page's outline: they are shown as bold paragraphs. */
const Heading = ({ children }: { children?: ReactNode }) => (
  <p className="markdown__heading">
    <strong>{children}</strong>
  </p>
);

const COMPONENTS: Components = {
  a: ({ node: _node, ...props }) => <MarkdownLink {...props} />,
  img: ({ src, alt }) => <MarkdownImage src={src} alt={alt} />,
  h1: ({ children }) => <Heading>{children}</Heading>,
  h2: ({ children }) => <Heading>{children}</Heading>,
  h3: ({ children }) => <Heading>{children}</Heading>,
  h4: ({ children }) => <Heading>{children}</Heading>,
  h5: ({ children }) => <Heading>{children}</Heading>,
  h6: ({ children }) => <Heading>{children}</Heading>,
};

/**
 * A message's markdown. Raw HTML in it is never rendered (react-markdown's default, without rehype-raw),
 * unsafe link protocols are removed by its default URL check, and `@[Name](id)` shows as "@Name".
 */
export function MessageBody({ body }: { body: string }) {
  return (
    <div className="markdown">
      <Markdown remarkPlugins={REMARK_PLUGINS} components={COMPONENTS}>
        {body}
      </Markdown>
    </div>
  );
}
