import {
  DEMO_GROUP_TEXTS,
  DEMO_ACCOUNTS,
  DEMO_MEETING_IDS,
  DEMO_PASSWORD,
  DEMO_TOTP_SECRET,
  DEMO_PRACTICE_IDS,
  DEMO_RESOURCE_IDS,
  DEMO_THREAD_IDS,
  seedDemo,
} from '@pn/seeds';
import {
  rateEvidence,
  type Evaluation,
  type Inquiry,
  type Practice,
  type PracticeInquiries,
  type PracticeSummary,
  type ReviewDuePractice,
} from '@pn/shared';
import type {
  Group,
  GroupMember,
  Meeting,
  Message,
  Poll,
  Resource,
  ResourceFamily,
  ResourceFamilyNode,
  Thread,
} from '@pn/shared';
import { createHash } from 'node:crypto';
import { demoSeedTools } from '../src/database/demo-seed-tools';
import { PasswordService } from '../src/modules/users/password.service';
import { FILE_STORAGE } from '../src/modules/resources/storage/file-storage';
import { SecretBox } from '../src/modules/second-factor/secret-box';
import { createTestApp, type TestApp } from './support/app';
import { checkedFetch } from './support/contract';
import { databaseFingerprint } from './support/factories';
import { nextTotpCode } from './support/second-factor';

describe('the demo network', () => {
  let app: TestApp;
  const tokens: Record<string, string> = {};
  const tools = () => demoSeedTools(new PasswordService(), app.app.get(FILE_STORAGE), new SecretBox(undefined));
  beforeAll(async () => {
    app = await createTestApp();
    await seedDemo(app.dataSource, tools());
    for (const account of DEMO_ACCOUNTS) {
      const login = await app.request('POST', '/api/auth/login', {
        body: { email: account.email, password: DEMO_PASSWORD },
      });
      // The admin and the coordinator have the demo authenticator app, as the README says.
      const signedIn = login.body.secondFactor
        ? await app.request('POST', '/api/auth/login/second-factor', {
            body: {
              challenge: login.body.challenge,
              method: 'totp',
              code: await nextTotpCode(app, account.id, DEMO_TOTP_SECRET),
            },
          })
        : login;
      tokens[account.email] = signedIn.body.token;
    }
  });

  it('gives the admin and the coordinator the demo authenticator app, which their roles need', async () => {
    const withApp = await app.dataSource.query(
      `SELECT u.email FROM totp_credentials t JOIN users u ON u.id = t.user_id WHERE t.confirmed_at IS NOT NULL ORDER BY u.email`,
    );
    expect(withApp).toEqual([{ email: 'admin@example.org' }, { email: 'coordinator@example.org' }]);
    const me = await app.request('GET', '/api/auth/me', { token: tokens['coordinator@example.org'] });
    expect(me.body.secondFactor).toMatchObject({ required: true, enrolled: true, totp: true });
  });
  afterAll(() => app.close());

  it('is idempotent: seeding again changes nothing', async () => {
    const before = await databaseFingerprint(app);
    await seedDemo(app.dataSource, tools());
    expect(await databaseFingerprint(app)).toEqual(before);
  });

  it('makes the demo coordinator a group coordinator of a few groups, with a request waiting', async () => {
    const token = tokens['coordinator@example.org'];
    const mine = await app.request('GET', '/api/groups?mine=true', { token });
    const coordinated = mine.body.items.filter((g: Group) => g.myMembership?.role === 'coordinator');
    expect(coordinated.map((g: Group) => g.slug).sort()).toEqual([
      'parents-and-caregivers',
      'people-who-fear-they-might-offend',
      'social-workers',
    ]);
    const requests = await app.request('GET', '/api/groups/parents-and-caregivers/members?status=pending', { token });
    expect(requests.body.items.map((m: GroupMember) => [m.displayName, m.requestMessage?.startsWith('Demo')])).toEqual([
      ['Demo practitioner', true],
    ]);
    const group = await app.request('GET', '/api/groups/people-who-fear-they-might-offend', { token });
    expect(group.body.memberCount).toBe(5);
  });

  it("has the network's groups in Danish and Swedish, for visitors too", async () => {
    const danish = await app.request('GET', '/api/groups?kind=profession', { headers: { 'accept-language': 'da' } });
    const names = danish.body.items.map((g: Group) => g.name);
    expect(names).toContain(DEMO_GROUP_TEXTS['health-professionals']!.da.name);
    expect(danish.body.items.every((g: Group) => g.language === 'da' && g.originalLanguage === 'en')).toBe(true);
    const swedish = await app.request('GET', '/api/groups/educators', { headers: { 'accept-language': 'sv' } });
    expect(swedish.body).toMatchObject({ ...DEMO_GROUP_TEXTS.educators!.sv, language: 'sv' });
    expect(swedish.body.texts.map((text: { language: string }) => text.language)).toEqual(['en', 'da', 'sv']);
  });

  it('has threads whose counters match their messages, readable by their members only', async () => {
    const practitioner = tokens['practitioner@example.org'];
    const threads = await app.request('GET', '/api/groups/people-who-fear-they-might-offend/threads', {
      token: practitioner,
    });
    // The helpline thread is pinned by the group's coordinator; the announcement follows it.
    expect(threads.body.items[0]).toMatchObject({ id: DEMO_THREAD_IDS[0], pinned: true });
    expect(threads.body.items[1]).toMatchObject({ announcement: true, pinned: false });
    expect(threads.body.items.every((t: Thread) => t.title.startsWith('Demo:'))).toBe(true);
    for (const threadId of DEMO_THREAD_IDS) {
      const [row] = await app.dataSource.query(
        `SELECT t.message_count, t.last_message_at, array_agg(m.position ORDER BY m.position) AS positions,
                max(m.created_at) AS newest
           FROM threads t JOIN messages m ON m.thread_id = t.id WHERE t.id = $1 GROUP BY t.id`,
        [threadId],
      );
      expect(row.positions).toEqual(Array.from({ length: row.message_count }, (_, i) => i + 1));
      expect(row.last_message_at).toEqual(row.newest);
    }
    const messages = await app.request('GET', `/api/threads/${DEMO_THREAD_IDS[0]}/messages`, { token: practitioner });
    expect(messages.body.items.map((m: Message) => m.position)).toEqual([1, 2, 3, 4]);
    expect(messages.body.items[2].replyTo.id).toBe(messages.body.items[1].id);
    const unread = await app.request('GET', '/api/notifications?unread=true', { token: practitioner });
    expect(unread.body.items.map((n: { kind: string }) => n.kind)).toEqual(['mention']);
    const admin = tokens['admin@example.org'];
    expect((await app.request('GET', `/api/threads/${DEMO_THREAD_IDS[0]}`, { token: admin })).status).toBe(404);
  });

  it('has polls in two threads: one named with live counts, one anonymous whose counts wait for its closing', async () => {
    const practitioner = tokens['practitioner@example.org']!;
    const researcher = tokens['researcher@example.org']!;
    const pollOf = async (threadId: string, token: string) => {
      const messages = await app.request('GET', `/api/threads/${threadId}/messages`, { token });
      const carrier = messages.body.items.find((m: Message) => m.pollId);
      return (await app.request('GET', `/api/polls/${carrier.pollId}`, { token })).body as Poll;
    };
    const named = await pollOf(DEMO_THREAD_IDS[1], practitioner);
    expect(named).toMatchObject({ anonymous: false, resultsVisible: true, voterCount: 3, mayVote: true, myVote: null });
    expect(named.options.map((option) => option.votes)).toEqual([2, 1, 0]);
    const anonymous = await pollOf(DEMO_THREAD_IDS[2], researcher);
    expect(anonymous).toMatchObject({ anonymous: true, multiple: true, resultsVisible: false, voterCount: 2 });
    expect(anonymous.options.every((option) => option.votes === null && option.voters === null)).toBe(true);
  });

  it('has two coming meetings and a past one with its minutes and an output', async () => {
    const practitioner = tokens['practitioner@example.org'];
    const coming = await app.request('GET', '/api/meetings', { token: practitioner });
    expect(coming.body.items.map((m: Meeting) => m.id)).toContain(DEMO_MEETING_IDS.consultation);
    const consultation = coming.body.items.find((m: Meeting) => m.id === DEMO_MEETING_IDS.consultation);
    expect(consultation).toMatchObject({ myResponse: 'going', going: 2, maybe: 1, capacity: 12 });
    expect(Date.parse(consultation.startsAt)).toBeGreaterThan(Date.now());
    const past = await app.request('GET', `/api/meetings/${DEMO_MEETING_IDS.helplineReview}`, { token: practitioner });
    expect(past.body.minutes).toContain('Decisions');
    expect(past.body.outputs.map((o: { id: string }) => o.id)).toEqual([DEMO_RESOURCE_IDS.helplineGuide]);
    expect(Date.parse(past.body.endsAt)).toBeLessThan(Date.now());
    const thread = await app.request('GET', `/api/threads/${past.body.threadId}`, { token: practitioner });
    expect(thread.status).toBe(200);
  });

  it('has a resource library whose guide was translated into Danish, Swedish and German, and adapted again', async () => {
    const family = await app.request('GET', `/api/resources/${DEMO_RESOURCE_IDS.helplineGuide}/adaptations`);
    expect(family.status).toBe(200);
    const tree = (family.body as ResourceFamily).root;
    expect(tree.id).toBe(DEMO_RESOURCE_IDS.helplineGuide);
    // The Finnish adaptation is for members only: a visitor sees the three translations, not the fourth level.
    expect(tree.children.map((node: ResourceFamilyNode) => node.language).sort()).toEqual(['da', 'de', 'sv']);
    const signedIn = await app.request('GET', `/api/resources/${DEMO_RESOURCE_IDS.helplineGuide}/adaptations`, {
      token: tokens['researcher@example.org'],
    });
    const swedish = signedIn.body.root.children.find((node: ResourceFamilyNode) => node.language === 'sv');
    expect(swedish.children.map((node: ResourceFamilyNode) => [node.language, node.country])).toEqual([['sv', 'FI']]);

    const guide = await app.request('GET', `/api/resources/${DEMO_RESOURCE_IDS.helplineGuide}`);
    expect(guide.body as Resource).toMatchObject({ adaptationCount: 3, file: { mediaType: 'application/pdf' } });
    // Its bytes, which `app.request` would read as text: `checkedFetch` checks the status and content type.
    const download = await checkedFetch(`${app.url}/api/resources/${DEMO_RESOURCE_IDS.helplineGuide}/download`);
    const bytes = Buffer.from(await download.arrayBuffer());
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(guide.body.file.checksum);

    const template = `/api/resources/${DEMO_RESOURCE_IDS.consultationTemplate}`;
    expect((await app.request('GET', template)).status).toBe(404);
    expect((await app.request('GET', template, { token: tokens['practitioner@example.org'] })).status).toBe(200);
  });

  it('has best practices whose ratings follow from their evaluations, from harm to replicated evidence', async () => {
    const listed = await app.request('GET', '/api/practices?limit=100');
    const byId = new Map<string, PracticeSummary>(listed.body.items.map((p: PracticeSummary) => [p.id, p]));
    // Visitors see what is published, not the submitted or draft ones.
    expect(byId.has(DEMO_PRACTICE_IDS.bodySafety)).toBe(false);
    expect(byId.has(DEMO_PRACTICE_IDS.parentEvenings)).toBe(false);
    const rated = (id: string) =>
      byId.get(id)!.evidenceRating.outcomes.map((o) => [o.construct, o.strength, o.direction]);
    expect(rated(DEMO_PRACTICE_IDS.familyTherapy)).toEqual([['sexual-reoffending', 4, 'effective']]);
    // Two regions compared: too small a sample for causal evidence under rule 2, and the harm still shows first.
    expect(rated(DEMO_PRACTICE_IDS.shockPosters)).toEqual([['help-seeking', 2, 'possible-harm']]);
    expect(rated(DEMO_PRACTICE_IDS.circles)).toEqual([['sexual-reoffending', 3, 'promising']]);
    expect(byId.get(DEMO_PRACTICE_IDS.prisonGroups)).toMatchObject({ archiveProposed: true, feedbackCount: 0 });

    for (const id of Object.values(DEMO_PRACTICE_IDS).filter((id) => byId.has(id))) {
      const practice = (await app.request('GET', `/api/practices/${id}`)).body as Practice;
      const rating = rateEvidence(practice.evaluations.map((e: Evaluation) => ({ ...e, outcomes: e.outcomes })));
      expect(practice.evidenceRating).toEqual({ ...rating, reviewDue: practice.evidenceRating.reviewDue });
      expect(practice.feedbackSummary.count).toBe(practice.feedbackCount);
    }
    const helpline = (await app.request('GET', `/api/practices/${DEMO_PRACTICE_IDS.helpline}`)).body as Practice;
    expect(helpline.relatedResources.map((r) => r.id)).toEqual([DEMO_RESOURCE_IDS.helplineGuide]);
    expect(helpline.completeness).toEqual({ mechanism: 'good', context: 'some', implementation: 'good', cost: 'good' });

    const queue = await app.request('GET', '/api/practices?status=submitted', {
      token: tokens['coordinator@example.org'],
    });
    expect(queue.body.items.map((p: PracticeSummary) => p.id)).toEqual([DEMO_PRACTICE_IDS.bodySafety]);
    const mine = await app.request('GET', '/api/practices?mine=true&status=draft', {
      token: tokens['practitioner@example.org'],
    });
    expect(mine.body.items.map((p: PracticeSummary) => p.id)).toEqual([DEMO_PRACTICE_IDS.parentEvenings]);
  });

  it('has a rating due for re-review, an answered question, a decided appeal and a question waiting', async () => {
    const coordinator = tokens['coordinator@example.org'];
    const due = await app.request('GET', '/api/practices/review-due', { token: coordinator });
    expect(due.body.items.map((p: ReviewDuePractice) => [p.id, p.reasons])).toEqual([
      [DEMO_PRACTICE_IDS.circles, ['age']],
    ]);
    const inquiriesOf = async (id: string) =>
      (
        (await app.request('GET', `/api/practices/${id}/inquiries`, { token: tokens['researcher@example.org'] }))
          .body as PracticeInquiries
      ).items;
    expect(await inquiriesOf(DEMO_PRACTICE_IDS.helpline)).toEqual([
      expect.objectContaining({ kind: 'question', status: 'closed', answer: expect.any(String) }),
    ]);
    expect(await inquiriesOf(DEMO_PRACTICE_IDS.anonymousTherapy)).toEqual([
      expect.objectContaining({
        kind: 'appeal',
        status: 'closed',
        outcome: 'uphold',
        reviews: [expect.objectContaining({ decision: 'uphold' }), expect.objectContaining({ decision: 'uphold' })],
      }),
    ]);
    const queue = await app.request('GET', '/api/inquiries', { token: coordinator });
    expect(queue.body.items.map((i: Inquiry) => [i.practice.id, i.kind, i.status, i.canDecide])).toEqual([
      [DEMO_PRACTICE_IDS.circles, 'question', 'open', true],
    ]);
  });
});
