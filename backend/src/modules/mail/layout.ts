import type { Locale } from '@pn/shared';
import { textsFor } from './i18n';

/** An email's words, before layout: each renderer fills this, the layout makes HTML and plain text of it. */
export interface EmailContent {
  subject: string;
  heading: string;
  /** The first line: "Hello Name,". */
  greeting?: string;
  paragraphs: string[];
  /** The one thing to do; its label says where the link goes. */
  action?: { label: string; url: string };
  /** Lists of things, each with a heading (a digest's sections). */
  sections?: Array<{ heading: string; items: Array<{ text: string; url?: string }> }>;
  /** Lines after the action (what to do if this was not you), with an optional link. */
  after?: { text: string; link?: { label: string; url: string } };
}

export interface LayoutContext {
  locale: Locale;
  network: string;
  /** Settings page, in the footer of emails a member may turn off. */
  settingsUrl: string;
  /** With a one-click unsubscribe: the browser page of the link, and what it turns off. */
  unsubscribe?: { url: string; what: string };
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!);

// Colours with a contrast of at least 7:1 on white (WCAG AAA for text), and the button's white on blue.
const INK = '#1a1a1a';
const MUTED = '#4a4a4a';
const LINK = '#0b4f8a';

function link(url: string, label: string): string {
  return `<a href="${escapeHtml(url)}" style="color:${LINK};text-decoration:underline">${escapeHtml(label)}</a>`;
}

export function renderHtml(content: EmailContent, context: LayoutContext): string {
  const texts = textsFor(context.locale);
  const p = (text: string) => `<p style="margin:0 0 16px">${escapeHtml(text)}</p>`;
  const parts: string[] = [];
  parts.push(
    `<h1 style="font-size:22px;line-height:1.3;margin:0 0 20px;color:${INK}">${escapeHtml(content.heading)}</h1>`,
  );
  if (content.greeting) parts.push(p(content.greeting));
  for (const paragraph of content.paragraphs) parts.push(p(paragraph));
  if (content.action) {
    parts.push(
      `<p style="margin:24px 0"><a href="${escapeHtml(content.action.url)}" style="display:inline-block;background:${LINK};color:#ffffff;padding:12px 20px;border-radius:4px;font-weight:bold;text-decoration:none">${escapeHtml(content.action.label)}</a></p>`,
    );
  }
  for (const section of content.sections ?? []) {
    parts.push(`<h2 style="font-size:18px;margin:24px 0 8px;color:${INK}">${escapeHtml(section.heading)}</h2>`);
    parts.push(
      `<ul style="margin:0 0 16px;padding-left:20px">${section.items
        .map(
          (item) => `<li style="margin:0 0 6px">${item.url ? link(item.url, item.text) : escapeHtml(item.text)}</li>`,
        )
        .join('')}</ul>`,
    );
  }
  if (content.after) {
    parts.push(
      `<p style="margin:16px 0">${escapeHtml(content.after.text)}${content.after.link ? ` ${link(content.after.link.url, content.after.link.label)}` : ''}</p>`,
    );
  }
  const footer = context.unsubscribe
    ? [
        escapeHtml(texts.footer.member(context.network)),
        link(context.settingsUrl, texts.footer.settings),
        link(context.unsubscribe.url, texts.footer.unsubscribe(context.unsubscribe.what)),
      ]
    : [escapeHtml(texts.footer.account(context.network))];
  return `<!doctype html>
<html lang="${context.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(content.subject)}</title>
</head>
<body style="margin:0;padding:0;background:#ffffff;color:${INK};font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5">
<div role="article" aria-label="${escapeHtml(content.subject)}" lang="${context.locale}" style="max-width:600px;margin:0 auto;padding:24px">
<p style="margin:0 0 24px;font-weight:bold;color:${INK}">${escapeHtml(context.network)}</p>
${parts.join('\n')}
<hr style="border:none;border-top:1px solid #cccccc;margin:32px 0 16px">
<p style="margin:0;font-size:14px;color:${MUTED}">${footer.join('<br>')}</p>
</div>
</body>
</html>
`;
}

export function renderText(content: EmailContent, context: LayoutContext): string {
  const texts = textsFor(context.locale);
  const lines: string[] = [context.network, '', content.heading, ''];
  if (content.greeting) lines.push(content.greeting, '');
  for (const paragraph of content.paragraphs) lines.push(paragraph, '');
  if (content.action) lines.push(`${content.action.label}:`, content.action.url, '');
  for (const section of content.sections ?? []) {
    lines.push(section.heading, '');
    for (const item of section.items) lines.push(`- ${item.text}${item.url ? `\n  ${item.url}` : ''}`);
    lines.push('');
  }
  if (content.after) {
    lines.push(content.after.text);
    if (content.after.link) lines.push(content.after.link.url);
    lines.push('');
  }
  lines.push('--');
  if (context.unsubscribe) {
    lines.push(texts.footer.member(context.network));
    lines.push(`${texts.footer.settings}: ${context.settingsUrl}`);
    lines.push(`${texts.footer.unsubscribe(context.unsubscribe.what)}: ${context.unsubscribe.url}`);
  } else {
    lines.push(texts.footer.account(context.network));
  }
  return lines.join('\n') + '\n';
}
