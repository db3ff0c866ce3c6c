import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { MessageBody } from './MessageBody';

const render = (body: string) =>
  renderToStaticMarkup(createElement(MemoryRouter, null, createElement(MessageBody, { body })));

describe('MessageBody', () => {
  it('renders markdown', () => {
    const html = render('Some **bold** text\n\n- one\n- two');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<li>one</li>');
  });

  it('never renders raw HTML from a message', () => {
    const html = render('<script>alert(1)</script> <img src=x onerror=alert(1)> <b>bold</b>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>');
    expect(html).not.toMatch(/<[^>]*onerror=/);
    // It is shown as the text it is.
    expect(html).toContain('&lt;script&gt;');
  });

  it('removes unsafe link targets and opens other sites in a new tab without access to this page', () => {
    expect(render('[click](javascript:alert(1))')).not.toContain('javascript:');
    const external = render('[site](https://example.org/page)');
    expect(external).toContain('href="https://example.org/page"');
    expect(external).toContain('target="_blank"');
    expect(external).toContain('rel="noopener noreferrer nofollow ugc"');
  });

  it('shows mentions as "@Name", linking to the profile', () => {
    const html = render('Thanks @[Anna Berg](11111111-1111-4111-8111-111111111111)!');
    expect(html).toMatch(
      /<a class="mention" href="\/members\/11111111-1111-4111-8111-111111111111"[^>]*>@Anna Berg<\/a>/,
    );
    expect(html).not.toContain('](');
  });

  it('shows images as links rather than loading them, and headings as bold paragraphs', () => {
    const html = render('# Title\n\n![a chart](https://example.org/chart.png)');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<h1');
    expect(html).toContain('Open image: a chart');
  });
});
