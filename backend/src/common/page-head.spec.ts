import { withHead } from './page-head';

const INDEX = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="The app">
    <title>Prevention Network</title>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('withHead', () => {
  const html = withHead(INDEX, {
    title: 'Talk & "listen" <early>',
    description: "Parents' groups",
    url: 'https://network.example.org/practices/1/talk',
    type: 'article',
  });

  it('replaces the title and description, escaped', () => {
    expect(html).toContain('<title>Talk &amp; &quot;listen&quot; &lt;early&gt;</title>');
    expect(html).toContain('<meta name="description" content="Parents&#39; groups">');
    expect(html).not.toContain('The app');
    expect(html).not.toContain('<title>Prevention Network</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
  });

  it('adds the Open Graph tags inside the head', () => {
    const head = html.slice(0, html.indexOf('</head>'));
    expect(head).toContain('<meta property="og:title" content="Talk &amp; &quot;listen&quot; &lt;early&gt;">');
    expect(head).toContain('<meta property="og:type" content="article">');
    expect(head).toContain('<meta property="og:url" content="https://network.example.org/practices/1/talk">');
    expect(html).toContain('<div id="root"></div>');
  });

  it('keeps dollar signs as they are: a title is never read as a replacement pattern', () => {
    const title = "x $` $& $' $$ $1 y";
    const page = withHead(INDEX, {
      title,
      description: 'Costs $& more',
      url: 'https://n.example/p/1',
      type: 'article',
    });
    expect(page.match(/<script/g)).toBeNull();
    expect(page.match(/<meta /g)).toHaveLength(INDEX.match(/<meta /g)!.length - 1 + 5);
    expect(page.match(/<title>/g)).toHaveLength(1);
    expect(page).toContain(`<title>x $\` $&amp; $&#39; $$ $1 y</title>`);
    expect(page).toContain('<meta name="description" content="Costs $&amp; more">');
  });
});
