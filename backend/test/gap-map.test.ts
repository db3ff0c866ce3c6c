import type { GapMap, GapMapCell, Practice } from '@pn/shared';
import { createTestApp, type TestApp } from './support/app';
import { buildEvaluation, buildPractice, buildUser, outcomeOf, type BuiltUser } from './support/builders';

/**
 * The gap map's counts against the practices and evaluations behind them. Every practice here is implemented
 * in Iceland (IS), which no other test file's data uses, so that `country=IS` shows these alone.
 */
describe('GET /api/evidence/gap-map', () => {
  let app: TestApp;
  let coordinator: BuiltUser;
  let researcher: BuiltUser;
  let schools: Practice;
  let parents: Practice;
  beforeAll(async () => {
    app = await createTestApp();
    coordinator = await buildUser(app, { role: 'coordinator' });
    researcher = await buildUser(app, { role: 'researcher', profession: 'researchers' });
    const practice = (fields: Parameters<typeof buildPractice>[1]) =>
      buildPractice(app, { reviewer: coordinator, ...fields });
    // Two published practices for children that verified studies measured on knowledge and attitudes.
    schools = await practice({
      status: 'inspiring',
      targetGroups: ['children', 'professionals'],
      countries: ['IS', 'SE'],
      settings: ['school'],
      preventionLevel: 'primary',
    });
    parents = await practice({
      status: 'peer-reviewed',
      targetGroups: ['children', 'parents-and-caregivers'],
      countries: ['IS', 'NO'],
      settings: ['community'],
      preventionLevel: 'primary',
      language: 'sv',
      languages: ['sv'],
    });
    await buildEvaluation(app, {
      practice: schools,
      author: researcher,
      design: 'rct',
      outcomes: [outcomeOf('knowledge-and-attitudes')],
    });
    await buildEvaluation(app, {
      practice: schools,
      author: researcher,
      design: 'pre-post',
      outcomes: [outcomeOf('knowledge-and-attitudes'), outcomeOf('reporting-behaviour')],
    });
    await buildEvaluation(app, {
      practice: parents,
      author: researcher,
      design: 'pre-post',
      outcomes: [outcomeOf('knowledge-and-attitudes')],
    });
    // Not counted: a study awaiting verification, and a practice archived after its study.
    await buildEvaluation(app, {
      practice: parents,
      author: researcher,
      outcomes: [outcomeOf('wellbeing')],
      verification: 'awaiting',
    });
    const archived = await practice({ status: 'inspiring', targetGroups: ['children'], countries: ['IS'] });
    await buildEvaluation(app, {
      practice: archived,
      author: researcher,
      outcomes: [outcomeOf('help-seeking')],
    });
    const review = await app.request('POST', `/api/practices/${archived.id}/review`, {
      token: coordinator.token,
      body: { decision: 'archive' },
    });
    expect(review.status).toBe(200);
    // Not counted: drafts and submitted practices, whatever they target.
    await practice({ status: 'draft', targetGroups: ['children'], countries: ['IS'] });
    await practice({ status: 'submitted', targetGroups: ['children'], countries: ['IS'] });
  });
  afterAll(() => app.close());

  const gapMap = async (query: string): Promise<GapMap> => {
    const response = await app.request('GET', `/api/evidence/gap-map?${query}`);
    expect(response.status).toBe(200);
    return response.body;
  };
  const cell = (map: GapMap, targetGroup: string, construct: string): GapMapCell =>
    map.cells.find((c) => c.targetGroup === targetGroup && c.construct === construct)!;
  const empty = { practices: 0, evaluations: 0, bestStrength: 0, direction: null };

  it('lays every target group against every construct, the empty cells included, for anyone', async () => {
    const map = await gapMap('country=IS');
    expect(map.targetGroups).toContain('children');
    expect(map.constructs).toContain('knowledge-and-attitudes');
    expect(map.cells).toHaveLength(map.targetGroups.length * map.constructs.length);
    expect(cell(map, 'general-public', 'sexual-reoffending')).toMatchObject(empty);
  });

  it('counts the published practices and their verified evaluations, with the best stored rating', async () => {
    const map = await gapMap('country=IS');
    expect(cell(map, 'children', 'knowledge-and-attitudes')).toEqual({
      targetGroup: 'children',
      construct: 'knowledge-and-attitudes',
      practices: 2,
      evaluations: 3,
      bestStrength: 3,
      direction: 'effective',
    });
    expect(cell(map, 'parents-and-caregivers', 'knowledge-and-attitudes')).toMatchObject({
      practices: 1,
      evaluations: 1,
      bestStrength: 2,
      direction: 'promising',
    });
    expect(cell(map, 'professionals', 'reporting-behaviour')).toMatchObject({ practices: 1, evaluations: 1 });
  });

  it('never counts a study awaiting verification, an archived practice, a draft or a submitted one', async () => {
    const map = await gapMap('country=IS');
    expect(cell(map, 'children', 'wellbeing')).toMatchObject(empty);
    expect(cell(map, 'children', 'help-seeking')).toMatchObject(empty);
  });

  it('agrees with the list of practices that a cell opens', async () => {
    const map = await gapMap('country=IS');
    for (const { targetGroup, construct, practices } of map.cells.filter((c) => c.practices > 0)) {
      const list = await app.request(
        'GET',
        `/api/practices?country=IS&targetGroup=${targetGroup}&construct=${construct}&limit=100`,
      );
      expect([targetGroup, construct, list.body.items.length]).toEqual([targetGroup, construct, practices]);
    }
    const list = await app.request('GET', '/api/practices?country=IS&targetGroup=children&construct=wellbeing');
    expect(list.body.items).toEqual([]);
  });

  it.each([
    ['country=NO', 1, 'promising'],
    ['country=IS&setting=school', 1, 'effective'],
    ['country=IS&language=sv', 1, 'promising'],
    ['country=IS&preventionLevel=primary', 2, 'effective'],
    ['country=IS&preventionLevel=tertiary', 0, null],
  ])('filters by %s', async (query, practices, direction) => {
    const map = await gapMap(query);
    const found = cell(map, 'children', 'knowledge-and-attitudes');
    expect([found.practices, found.direction]).toEqual([practices, direction]);
  });

  it.each([
    ['country=XX', 'country'],
    ['language=klingon', 'language'],
    ['setting=moon', 'setting'],
    ['preventionLevel=quaternary', 'preventionLevel'],
  ])('refuses %s with 400 naming the field', async (query, field) => {
    const response = await app.request('GET', `/api/evidence/gap-map?${query}`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toContain(`${field}: `);
  });

  it('refuses a practices filter on an unknown construct with 400', async () => {
    const response = await app.request('GET', '/api/practices?construct=happiness');
    expect(response.status).toBe(400);
    expect(JSON.stringify(response.body.message)).toContain('construct: ');
  });
});
