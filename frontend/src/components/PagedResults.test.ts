import { createElement, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { PagedResults, type PagedQuery } from './PagedResults';

function list(overrides: Partial<PagedQuery<string>> = {}): PagedQuery<string> {
  return {
    items: [],
    isPending: false,
    isError: false,
    error: null,
    refetch: () => undefined,
    hasNextPage: false,
    isFetchingNextPage: false,
    fetchNextPage: () => undefined,
    ...overrides,
  };
}

const item = (name: string) => createElement('li', { key: name }, name);
const render = (props: Record<string, unknown>, children?: (name: string) => ReactNode) =>
  renderToStaticMarkup(
    createElement(PagedResults<string>, {
      empty: createElement('p', null, 'Nothing yet'),
      className: 'cards',
      ...props,
      children,
    } as never),
  );

describe('PagedResults', () => {
  it('says it is loading, with the label given', () => {
    expect(render({ list: list({ isPending: true }) }, item)).toContain('state--loading');
    expect(render({ list: list({ isPending: true }), loadingLabel: 'Searching' }, item)).toContain('Searching');
  });

  it('shows a failure with a retry while nothing is shown, or as the page tells it', () => {
    const failed = list({ isError: true, error: new Error('down') });
    const html = render({ list: failed }, item);
    expect(html).toContain('state--error');
    expect(html).toContain('<button');
    expect(render({ list: failed, renderError: () => createElement('p', null, 'No luck') }, item)).toBe(
      '<p>No luck</p>',
    );
  });

  it('keeps what is shown when a further page fails, and says so with a retry', () => {
    const html = render({ list: list({ items: ['a'], isError: true, error: new Error('down') }) }, item);
    expect(html).toContain('<li>a</li>');
    expect(html).not.toContain('state--error');
    expect(html).toContain('role="alert"');
    expect(html).toContain('The list could not be brought up to date.');
    expect(render({ list: list({ items: ['a'] }) }, item)).not.toContain('role="alert"');
  });

  it('says the list is empty, inside the frame when there is one', () => {
    expect(render({ list: list() }, item)).toBe('<p>Nothing yet</p>');
    const frame = (content: ReactNode) => createElement('section', null, content);
    expect(render({ list: list(), frame }, item)).toBe('<section><p>Nothing yet</p></section>');
  });

  it('lists the items with their label and "load more"', () => {
    const html = render({ list: list({ items: ['a', 'b'], hasNextPage: true }), label: 'Cards' }, item);
    expect(html).toContain('<ul class="cards" aria-label="Cards"><li>a</li><li>b</li></ul>');
    expect(html).toContain('load-more');
    expect(html).toContain('<button');
  });

  it('lets the page lay the items out, followed by "load more", inside the frame', () => {
    const html = renderToStaticMarkup(
      createElement(PagedResults<string>, {
        list: list({ items: ['a', 'b'] }),
        empty: null,
        renderItems: (items: readonly string[]) => createElement('table', null, items.join(',')),
        frame: (content: ReactNode) => createElement('section', null, content),
      }),
    );
    expect(html).toMatch(/^<section><table>a,b<\/table><div class="load-more">.*<\/div><\/section>$/);
  });
});
