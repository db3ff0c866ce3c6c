/** What a shared link shows before anyone opens it: the page's title and description, for people and crawlers. */
export interface PageHead {
  title: string;
  description: string;
  /** The canonical address of the page. */
  url: string;
  type: 'article' | 'website';
  /** Structured data about the page (schema.org), written as a JSON-LD script for search engines and citers. */
  jsonLd?: Record<string, unknown>;
}

/** Gives the head of a page of the single-page app, or null for the plain index.html. */
export interface PageHeadSource {
  headFor(path: string): Promise<PageHead | null>;
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);

/**
 * JSON inside a script element: `<` written as its escape, so that no value (a title with `</script>`) can end
 * the element; `&`, U+2028 and U+2029 too, which some parsers of inline JSON stumble on.
 */
export const jsonLdText = (data: Record<string, unknown>) =>
  JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');

/**
 * index.html with the page's title, description and Open Graph tags: a link shared in a message or a post
 * shows what the page is about, though the page itself is rendered in the browser.
 */
export function withHead(html: string, head: PageHead): string {
  const title = escapeHtml(head.title);
  const description = escapeHtml(head.description);
  const tags = [
    `<meta name="description" content="${description}">`,
    `<meta property="og:title" content="${title}">`,
    `<meta property="og:description" content="${description}">`,
    `<meta property="og:type" content="${head.type}">`,
    `<meta property="og:url" content="${escapeHtml(head.url)}">`,
    `<link rel="canonical" href="${escapeHtml(head.url)}">`,
    ...(head.jsonLd ? [`<script type="application/ld+json">${jsonLdText(head.jsonLd)}</script>`] : []),
  ].join('\n    ');
  const cleaned = html
    .replace(/<title>[\s\S]*?<\/title>/i, '')
    .replace(/<meta\s+name=["']description["'][^>]*>/gi, '')
    .replace(/<meta\s+property=["']og:[^"']*["'][^>]*>/gi, '');
  // A replacer function: a replacement string would read `$&`, `$\`` and `$'` in a title as patterns.
  const headEnd = `    <title>${title}</title>\n    ${tags}\n  </head>`;
  return cleaned.replace(/<\/head>/i, () => headEnd);
}
