import { createHash } from 'node:crypto';
import type { Page } from 'playwright-core';
import { productInChromium } from '../src/chromium-session';

/**
 * A minimal valid PDF: one page with one line of text, and a cross-reference table whose offsets are
 * counted from the bytes themselves. The text makes each file unique, so that none is taken for a duplicate.
 */
function minimalPdf(text: string): Buffer {
  const content = `BT /F1 18 Tf 72 720 Td (${text.replace(/[\\()]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((object, index) => {
    const offset = pdf.length;
    pdf += `${index + 1} 0 obj\n${object}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  pdf += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Fills the fields every resource has; the file or link and the scope are chosen by the caller. */
async function describeResource(page: Page, title: string): Promise<void> {
  // Within the page's main content: the header's interface language switcher is labelled "Language" too.
  const main = page.getByRole('main');
  await main.getByLabel('Title', { exact: true }).fill(title);
  await main.getByLabel('Summary', { exact: true }).fill('Slides and a facilitator guide for school staff.');
  await main.getByLabel('Type', { exact: true }).selectOption({ label: 'Training material' });
  await main.getByLabel('Language', { exact: true }).selectOption({ label: 'English' });
  await main.getByLabel('Country of origin', { exact: true }).selectOption({ label: 'Germany' });
  await main.getByLabel('Target audience', { exact: true }).selectOption({ label: 'Professionals' });
  await main.getByLabel('Licence', { exact: true }).selectOption({ label: 'CC BY: reuse and adapt, with credit' });
  await main.getByLabel('Tags', { exact: false }).fill('schools, staff');
}

/** The id at the end of a resource page's address. */
function resourceId(page: Page): string {
  const match = /\/resources\/([0-9a-f-]{36})$/.exec(new URL(page.url()).pathname);
  if (!match?.[1]) throw new Error(`not a resource page: ${page.url()}`);
  return match[1];
}

/**
 * A member shares a PDF, previews and downloads it, translates it into Danish, and both resources show
 * their family tree; a resource shared in one group stays invisible to a visitor.
 */
describe('the resource library, in Chromium', () => {
  const session = productInChromium();
  const signIn = session.signIn;

  it('a member uploads a PDF, adapts it into a Danish translation, and sees the family tree', async () => {
    const member = await signIn('practitioner@example.org', 'Demo practitioner');
    const stamp = Date.now();
    const title = `Recognising grooming at school ${stamp}`;
    const danishTitle = `Genkend grooming i skolen ${stamp}`;
    const pdf = minimalPdf(`Recognising grooming ${stamp}`);

    // Share the PDF with all members, from the library.
    await member.getByRole('link', { name: 'Library', exact: true }).click();
    await member.getByRole('heading', { name: 'Resource library', level: 1 }).waitFor();
    await member.getByRole('link', { name: 'Share a resource' }).click();
    await member.getByRole('heading', { name: 'Share a resource', level: 1 }).waitFor();
    await member.getByLabel('File', { exact: true }).setInputFiles({
      name: 'recognising-grooming.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await describeResource(member, title);
    await member.getByRole('radio', { name: /^All members of the network/ }).check();
    await member.getByRole('button', { name: 'Share resource' }).click();
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    const sourceId = resourceId(member);

    // The page previews the PDF inline and offers the download.
    const preview = member.locator('object.resource-preview--pdf');
    await preview.waitFor();
    const previewUrl = await preview.getAttribute('data');
    expect(previewUrl).toContain(`/api/resources/${sourceId}/download?`);
    expect(previewUrl).toContain('inline=true');
    const download = member.getByRole('link', { name: 'Download', exact: true });
    expect(await download.getAttribute('href')).toBe(`/api/resources/${sourceId}/download`);

    // The download, with the member's session, gives back the very bytes uploaded; the preview too, inline.
    const request = member.context().request;
    const downloaded = await request.get(`${session.product.url}/api/resources/${sourceId}/download`);
    expect(downloaded.status()).toBe(200);
    expect(sha256(await downloaded.body())).toBe(sha256(pdf));
    const inline = await request.get(`${session.product.url}${previewUrl}`);
    expect(inline.status()).toBe(200);
    expect(inline.headers()['content-type']).toContain('application/pdf');
    expect(inline.headers()['content-disposition']).toMatch(/^inline/);
    expect(sha256(await inline.body())).toBe(sha256(pdf));

    // The same file shared again is noticed, and the existing resource is offered instead.
    await member.goto(`${session.product.url}/resources/new`);
    await member.getByRole('heading', { name: 'Share a resource', level: 1 }).waitFor();
    await member.getByLabel('File', { exact: true }).setInputFiles({
      name: 'copy-of-the-guide.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await describeResource(member, `A copy ${stamp}`);
    await member.getByRole('button', { name: 'Share resource' }).click();
    const duplicate = member.getByRole('alert').filter({ hasText: 'This file is already in the library' }).first();
    await duplicate.waitFor();
    await member.getByRole('link', { name: `Open “${title}”` }).click();
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(resourceId(member)).toBe(sourceId);

    // Adapt it: a Danish translation, with its own file and a note on what changed.
    await member.getByRole('link', { name: 'Adapt or translate' }).click();
    await member.getByRole('heading', { name: `Adapt or translate “${title}”`, level: 1 }).waitFor();
    await member.getByText('A translation: choose the language it is in now.', { exact: false }).waitFor();
    // The form starts from the source's description.
    await expect(member.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(title);
    await member.getByLabel('What changed', { exact: true }).fill('Translated into Danish for Danish schools.');
    await member.getByLabel('Title', { exact: true }).fill(danishTitle);
    await member.getByRole('main').getByLabel('Language', { exact: true }).selectOption({ label: 'Danish' });
    await member.getByLabel('File', { exact: true }).setInputFiles({
      name: 'genkend-grooming.pdf',
      mimeType: 'application/pdf',
      buffer: minimalPdf(`Genkend grooming ${stamp}`),
    });
    await member.getByRole('button', { name: 'Share adaptation' }).click();
    await member.getByRole('heading', { name: danishTitle, level: 1 }).waitFor();
    const danishId = resourceId(member);

    // Its family tree: the source at the root, linked, and the Danish translation under it, marked current.
    const family = member.getByRole('region', { name: 'Adaptations and translations' });
    const tree = family.locator('ul.family-tree');
    await tree.waitFor();
    await expect(tree.locator('.family-tree__node').count()).resolves.toBe(2);
    const root = tree.locator(':scope > li > .family-tree__node');
    await root.getByRole('link', { name: title, exact: true }).waitFor();
    const current = tree.locator(':scope > li > .family-tree__children [aria-current="page"]');
    await current.getByText(danishTitle, { exact: true }).waitFor();
    await current.getByText('Danish', { exact: true }).waitFor();
    await current.getByText('What changed: Translated into Danish for Danish schools.').waitFor();
    // The page says what it adapts, with a link to the source.
    await member.locator('.resource-page__source').getByRole('link', { name: title, exact: true }).waitFor();

    // The source's page lists the adaptation in its tree, with the source itself current.
    await root.getByRole('link', { name: title, exact: true }).click();
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(resourceId(member)).toBe(sourceId);
    const sourceTree = member.getByRole('region', { name: 'Adaptations and translations' }).locator('ul.family-tree');
    await sourceTree.locator(':scope > li > [aria-current="page"]').getByText(title, { exact: true }).waitFor();
    const adaptationLink = sourceTree.getByRole('link', { name: danishTitle, exact: true });
    await adaptationLink.waitFor();
    expect(await adaptationLink.getAttribute('href')).toBe(`/resources/${danishId}`);

    // In the library, the source's card counts its adaptation.
    await member.getByRole('link', { name: 'Library', exact: true }).click();
    await member.getByRole('main').getByLabel('Search', { exact: true }).fill(title);
    const card = member.locator('.resource-card', { has: member.getByRole('link', { name: title, exact: true }) });
    await card.getByText('1 adaptation', { exact: true }).waitFor();
  });

  it('a resource shared in one group is neither listed nor readable for a visitor', async () => {
    const member = await signIn('practitioner@example.org', 'Demo practitioner');
    const title = `Case consultation checklist ${Date.now()}`;

    // Share a link with the members of one group only.
    await member.goto(`${session.product.url}/resources/new`);
    await member.getByRole('heading', { name: 'Share a resource', level: 1 }).waitFor();
    await member.getByRole('radio', { name: /^A link/ }).check();
    await member.getByLabel('Address of the link', { exact: true }).fill('https://example.org/checklist');
    await describeResource(member, title);
    await member.getByRole('radio', { name: /^One working group/ }).check();
    await member.getByLabel('Group', { exact: true }).selectOption({ label: 'Health professionals' });
    await member.getByRole('button', { name: 'Share resource' }).click();
    await member.getByRole('heading', { name: title, level: 1 }).waitFor();
    const id = resourceId(member);
    await member.getByRole('link', { name: 'Discuss in Health professionals' }).waitFor();

    // The member finds it in the library, filtered by its group.
    await member.goto(`${session.product.url}/resources?group=health-professionals`);
    await member.getByRole('link', { name: title, exact: true }).waitFor();

    // A visitor, in a browser of their own, does not find it in the library, and its page is not found.
    const browser = member.context().browser();
    if (!browser) throw new Error('no browser');
    const visitorContext = await browser.newContext({ locale: 'en-GB' });
    try {
      const visitor = await visitorContext.newPage();
      await visitor.goto(`${session.product.url}/resources`);
      await visitor.getByRole('heading', { name: 'Resource library', level: 1 }).waitFor();
      await visitor.getByRole('main').getByLabel('Search', { exact: true }).fill(title);
      // The search has run once the address carries it; then the answer is the empty state.
      await visitor.waitForURL((url) => url.searchParams.get('q') === title);
      await visitor.getByRole('heading', { name: 'No resource matches' }).waitFor();
      await expect(visitor.getByRole('link', { name: title, exact: true }).count()).resolves.toBe(0);

      await visitor.goto(`${session.product.url}/resources/${id}`);
      await visitor.getByRole('heading', { name: 'Resource not found', level: 1 }).waitFor();
      await expect(visitor.getByText(title).count()).resolves.toBe(0);
      const answer = await visitorContext.request.get(`${session.product.url}/api/resources/${id}`);
      expect(answer.status()).toBe(404);
    } finally {
      await visitorContext.close();
    }
  });
});
