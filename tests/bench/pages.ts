import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../src/browser';
import { REPO_ROOT } from '../src/product';
import { median } from './common';

/** Chrome DevTools' "Fast 3G": 1.6 Mbps down, 750 kbps up, 150 ms of latency; the CPU is not slowed. */
export const FAST_3G = {
  offline: false,
  latency: 150,
  downloadThroughput: 200_000,
  uploadThroughput: 93_750,
};
const ROUNDS = 3;
export const AIMS = { firstPageJsKb: 150, fcpMs: 2500, lcpMs: 3000 };

/** The baseline page's address: plain HTML and a tiny script, served by the same server as the app. */
export const BASELINE_PATH = '/bench-baseline/';
const BASELINE_SCRIPT = 'assets/bench-baseline-00000000.js';

export interface PageMeasure {
  /** Bytes of JavaScript as sent: the scripts' compressed bodies, what the aim counts. */
  jsBytes: number;
  /** The same on the wire, with each response's headers (about 1 KB a script: the security headers). */
  wireBytes: number;
  scripts: number;
  fcpMs: number;
  lcpMs: number;
}

/**
 * A copy of the built frontend with the baseline page added, for the product to serve (FRONTEND_DIST): the
 * baseline then gets exactly the app's static serving, headers and compression. Its files are precompressed
 * the way the build precompresses the app's.
 */
export function frontendWithBaseline(): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pn-bench-pages-'));
  cpSync(join(REPO_ROOT, 'frontend', 'dist'), dir, { recursive: true });
  const files: Record<string, string> = {
    'bench-baseline/index.html': `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <title>Baseline</title>
    <script type="module" src="/${BASELINE_SCRIPT}"></script>
  </head>
  <body>
    <div id="root"></div>
  </body>
</html>
`,
    [BASELINE_SCRIPT]: `const h = document.createElement('h1');
h.textContent = 'A page with no app code';
const p = document.createElement('p');
p.textContent = 'The same server, headers and compression as the app, and one tiny script that draws this text.';
document.getElementById('root').append(h, p);
`,
  };
  // Precompressed beside the originals when the build precompresses the app's files (it writes .br and .gz).
  const precompressed = readdirSync(join(dir, 'assets')).some((name) => name.endsWith('.br'));
  mkdirSync(join(dir, 'bench-baseline'), { recursive: true });
  for (const [path, text] of Object.entries(files)) {
    const full = join(dir, path);
    writeFileSync(full, text);
    if (precompressed) {
      writeFileSync(`${full}.br`, brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      writeFileSync(`${full}.gz`, gzipSync(text, { level: 9 }));
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

async function measureOnce(browser: Browser, url: string, readySelector: string): Promise<PageMeasure> {
  // A new context each time: an empty cache, as a first visit.
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    const scripts = new Set<string>();
    let wireBytes = 0;
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.add(event.requestId);
    });
    cdp.on('Network.loadingFinished', (event) => {
      if (scripts.has(event.requestId)) wireBytes += event.encodedDataLength;
    });
    await page.addInitScript(() => {
      const marks = { fcp: 0, lcp: 0 };
      (window as unknown as { __marks: typeof marks }).__marks = marks;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
      }).observe({ type: 'paint', buffered: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) marks.lcp = entry.startTime;
      }).observe({ type: 'largest-contentful-paint', buffered: true });
    });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForSelector(readySelector, { timeout: 120_000 });
    await page.waitForLoadState('networkidle', { timeout: 120_000 });
    // The largest paint is reported after the frame that drew it.
    await page.waitForTimeout(300);
    const marks = await page.evaluate(() => (window as unknown as { __marks: { fcp: number; lcp: number } }).__marks);
    // The compressed bodies as the page's own resource timing counts them (same origin, so they are given).
    const jsBytes = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    return { jsBytes, wireBytes, scripts: scripts.size, fcpMs: marks.fcp, lcpMs: marks.lcp };
  } finally {
    await context.close();
  }
}

export interface PageCase {
  name: string;
  path: string;
  /** What shows that the page has drawn its content. */
  ready: string;
}

export async function measurePages(baseUrl: string, cases: PageCase[]): Promise<Map<string, PageMeasure>> {
  const browser = await launchChromium();
  const results = new Map<string, PageMeasure>();
  try {
    const all: PageCase[] = [{ name: 'baseline', path: BASELINE_PATH, ready: 'h1' }, ...cases];
    const rounds = new Map<string, PageMeasure[]>(all.map((c) => [c.name, []]));
    // Interleaved rounds: the machine's drift reaches the baseline and the pages alike.
    for (let i = 0; i < ROUNDS; i++) {
      for (const c of all) rounds.get(c.name)!.push(await measureOnce(browser, `${baseUrl}${c.path}`, c.ready));
    }
    for (const [name, measures] of rounds) {
      results.set(name, {
        jsBytes: median(measures.map((m) => m.jsBytes)),
        wireBytes: median(measures.map((m) => m.wireBytes)),
        scripts: median(measures.map((m) => m.scripts)),
        fcpMs: median(measures.map((m) => m.fcpMs)),
        lcpMs: median(measures.map((m) => m.lcpMs)),
      });
    }
  } finally {
    await browser.close();
  }
  return results;
}

const JS_MISSED = `
**JavaScript aim missed in this run.** What the home page still fetches, brotli-compressed: React, React DOM
and the router (about 85 KB, needed by every page), TanStack Query and i18next (about 30 KB), the shell with
the English texts of every feature (about 34 KB), and the home feature's small chunks; each script's response
also carries the security headers (about 1 KB a script). zod, the Markdown renderer, the passkeys' library and
the texts of practices and admin no longer come with the first page; the texts of the other features could
follow the same way.
`;
const LCP_MISSED = `
**Largest contentful paint aim missed in this run** for a page marked above. A practice page paints its
content after three steps in a row (the shell, the practices chunk with the Markdown renderer, then the
practice from the API), each at least one round trip of 300 ms on this connection; on this shared machine the
figure moves by several tenths of a second between runs.
`;

const kb = (bytes: number) => (bytes / 1000).toFixed(1);
const seconds = (ms: number) => (ms / 1000).toFixed(2);

/**
 * The first visit of a visitor to the home page, the practice list and a practice page on an emulated Fast 3G
 * connection, beside the baseline page, in the same run. Gives the section of docs/BENCHMARKS.md.
 */
export async function pagesBenchmark(baseUrl: string): Promise<string> {
  const list = (await (await fetch(`${baseUrl}/api/practices`)).json()) as { items: Array<{ id: string }> };
  const practiceId = list.items[0]?.id;
  if (!practiceId) throw new Error('no published practice to open');
  const cases: PageCase[] = [
    { name: 'home page `/`', path: '/', ready: 'main h1' },
    { name: 'practice list `/practices`', path: '/practices', ready: 'main h1' },
    { name: 'a practice page `/practices/:id`', path: `/practices/${practiceId}`, ready: 'main h1' },
  ];
  const results = await measurePages(baseUrl, cases);
  const baseline = results.get('baseline')!;
  const met = (value: number, aim: number) => (value <= aim ? 'yes' : '**no**');
  // The JavaScript aim is the first public page's (the home page); the paint aims are each page's.
  const rows = cases.map((c, index) => {
    const m = results.get(c.name)!;
    const js = index === 0 ? met(m.jsBytes / 1000, AIMS.firstPageJsKb) : '–';
    return `| ${c.name} | ${m.scripts} | ${kb(m.jsBytes)} KB | ${kb(m.wireBytes)} KB | ${seconds(m.fcpMs)} s | ${seconds(m.lcpMs)} s | ${js} / ${met(m.fcpMs, AIMS.fcpMs)} / ${met(m.lcpMs, AIMS.lcpMs)} |`;
  });
  return `## Pages on a slow connection

A visitor's first visit (empty cache, signed out) in Chromium with its network emulated as "Fast 3G"
(${(FAST_3G.downloadThroughput * 8) / 1e6} Mbps down, ${(FAST_3G.uploadThroughput * 8) / 1e3} kbps up, ${FAST_3G.latency} ms latency; the CPU is not slowed), median of ${ROUNDS} visits each,
interleaved with a baseline page: plain HTML and one tiny script served by the same server, with the same
headers and compression. JavaScript is counted as sent, compressed (the scripts' bodies, by the page's resource
timing), and on the wire with each response's headers beside it; the aim is on the first. First
contentful paint and largest contentful paint as the page's own \`PerformanceObserver\` reports them; a page
counts as drawn when its heading is there and the network is idle.

| page | scripts | JavaScript (compressed) | with headers | first contentful paint | largest contentful paint | aims met (JS / FCP / LCP) |
| --- | --- | --- | --- | --- | --- | --- |
| baseline (no app code) | ${baseline.scripts} | ${kb(baseline.jsBytes)} KB | ${kb(baseline.wireBytes)} KB | ${seconds(baseline.fcpMs)} s | ${seconds(baseline.lcpMs)} s | |
${rows.join('\n')}

Aims: at most ${AIMS.firstPageJsKb} KB of JavaScript for the first public page (the home page; a practice page opened
first, from a link, brings the Markdown renderer and the practices' code on top), first contentful paint under
${seconds(AIMS.fcpMs)} s and largest contentful paint under ${seconds(AIMS.lcpMs)} s on Fast 3G for each of the three pages.
${results.get(cases[0]!.name)!.jsBytes / 1000 > AIMS.firstPageJsKb ? JS_MISSED : ''}${cases.some((c) => results.get(c.name)!.lcpMs > AIMS.lcpMs) ? LCP_MISSED : ''}`;
}
