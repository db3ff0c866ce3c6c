import type { Practice } from '@pn/shared';
import { parse } from 'csv-parse/sync';
import { createTestApp, type ApiResponse, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { buildEvaluation, buildPractice, buildUser, outcomeOf } from './support/builders';

interface ExportedPractice {
  id: string;
  url: string;
  title: string;
  ruleVersion: string;
  evidenceRating: { outcomes: Array<{ construct: string }> };
  evaluations: Array<{ id: string; doi: string | null; outcomes: Array<{ construct: string }> }>;
}

describe('GET /api/practices/export', () => {
  let app: TestApp;
  let studied: Practice;
  let unstudied: Practice;
  let draft: Practice;
  let verifiedId: string;
  let awaitingId: string;
  beforeAll(async () => {
    app = await createTestApp();
    const coordinator = await buildUser(app, { role: 'coordinator' });
    const researcher = await buildUser(app, { role: 'researcher', profession: 'researchers' });
    // A title with what CSV must quote: a comma, quotes, a line break and a hash.
    studied = await buildPractice(app, {
      reviewer: coordinator,
      status: 'peer-reviewed',
      title: 'Stop, "think" #1',
      summary: 'Two lines,\nof summary.',
    });
    unstudied = await buildPractice(app, { reviewer: coordinator, status: 'inspiring' });
    draft = await buildPractice(app, { status: 'draft' });
    verifiedId = (
      await buildEvaluation(app, {
        practice: studied,
        author: researcher,
        doi: '10.1016/j.invent.2022.100542',
        outcomes: [outcomeOf('csam-use'), outcomeOf('wellbeing', { direction: 'none', significant: false })],
      })
    ).id;
    awaitingId = (await buildEvaluation(app, { practice: studied, author: researcher, verification: 'awaiting' })).id;
  });
  afterAll(() => app.close());

  it('writes JSON with a header naming the licence and the rule, every published practice and only verified studies', async () => {
    const response = await checkedFetch(`${app.url}/api/practices/export?format=json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('content-disposition')).toContain('attachment');
    const document = (await response.json()) as {
      licence: string;
      licenceUrl: string;
      ruleVersion: string;
      practices: ExportedPractice[];
    };
    expect(document).toMatchObject({
      licence: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/',
      ruleVersion: expect.any(String),
    });
    const ids = document.practices.map((practice) => practice.id);
    expect(ids).toEqual(expect.arrayContaining([studied.id, unstudied.id]));
    expect(ids).not.toContain(draft.id);
    const exported = document.practices.find((practice) => practice.id === studied.id)!;
    expect(exported.title).toBe('Stop, "think" #1');
    expect(exported.url).toMatch(new RegExp(`/practices/${studied.id}/`));
    expect(exported.evaluations.map((evaluation) => evaluation.id)).toEqual([verifiedId]);
    expect(exported.evaluations[0]!.doi).toBe('10.1016/j.invent.2022.100542');
    expect(exported.evaluations[0]!.outcomes.map((outcome) => outcome.construct)).toEqual(['csam-use', 'wellbeing']);
    expect(exported.ruleVersion).toBe(document.ruleVersion);
  });

  it('writes CSV that a CSV parser reads back, the licence in its first comment line', async () => {
    const response = await checkedFetch(`${app.url}/api/practices/export?format=csv`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/csv/);
    const text = await response.text();
    const [first] = text.split('\r\n');
    expect(first).toMatch(
      /^# .*Licence: CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\).*Rating rule version/,
    );
    const rows = parse(text, { comment: '#', comment_no_infix: true, columns: true }) as Array<Record<string, string>>;
    const ofStudied = rows.filter((row) => row.practice_id === studied.id);
    expect(ofStudied.map((row) => [row.evaluation_id, row.construct])).toEqual([
      [verifiedId, 'csam-use'],
      [verifiedId, 'wellbeing'],
    ]);
    expect(ofStudied[0]).toMatchObject({
      title: 'Stop, "think" #1',
      curation_label: 'peer-reviewed',
      doi: '10.1016/j.invent.2022.100542',
      rating_strength: '3',
      rating_direction: 'effective',
      significant: 'true',
      rule_version: expect.stringMatching(/.+/),
    });
    expect(rows.some((row) => row.evaluation_id === awaitingId)).toBe(false);
    expect(rows.filter((row) => row.practice_id === unstudied.id)).toEqual([
      expect.objectContaining({ evaluation_id: '', construct: '' }),
    ]);
    expect(rows.some((row) => row.practice_id === draft.id)).toBe(false);
  });

  it('carries every published practice once, as the list of practices shows them', async () => {
    const coordinator = await buildUser(app, { role: 'coordinator' });
    for (let i = 0; i < 3; i++) await buildPractice(app, { reviewer: coordinator, status: 'inspiring' });
    const listed = new Set<string>();
    let cursor: string | null = null;
    do {
      const page: ApiResponse = await app.request(
        'GET',
        `/api/practices?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
      );
      for (const item of page.body.items as Practice[]) listed.add(item.id);
      cursor = page.body.nextCursor;
    } while (cursor);
    const document = (await (await checkedFetch(`${app.url}/api/practices/export`)).json()) as {
      practices: ExportedPractice[];
    };
    const ids = document.practices.map((practice) => practice.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(new Set(ids)).toEqual(listed);
  });

  it('limits downloads from one address, with Retry-After', async () => {
    let response = await checkedFetch(`${app.url}/api/practices/export?format=csv`);
    for (let n = 0; n < 40 && response.status === 200; n++) {
      await response.arrayBuffer();
      response = await checkedFetch(`${app.url}/api/practices/export?format=csv`);
    }
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('refuses an unknown format with 400', async () => {
    const response = await app.request('GET', '/api/practices/export?format=xlsx');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toContain('format: ');
  });
});
