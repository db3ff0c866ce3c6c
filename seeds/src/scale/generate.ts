import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import {
  EVALUATION_DESIGNS,
  LICENCES,
  OUTCOME_CONSTRUCTS,
  OUTCOME_MEASURES,
  PREVENTION_LEVELS,
  PROFESSIONS,
  rateEvidence,
  RESOURCE_TYPES,
  RISKS_OF_BIAS,
  SETTINGS,
  TARGET_GROUPS,
  type RatingInput,
} from '@pn/shared';
import { copyRows, type CopyValue } from './copy';
import { Progress } from './progress';
import { paragraph, pick, SCALE_LANGUAGES, seededRandom, sentence, type Random } from './text';

export interface ScaleOptions {
  users: number;
  messages: number;
  /** Link resources (no files), a fifth of them adaptations of earlier ones. */
  resources: number;
  /** Practices, most of them published, a third with evaluations and so an evidence rating. */
  practices: number;
  /** Seed of the pseudo-random choices: the same seed gives the same network (but new ids). */
  seed: number;
  /** Where progress goes; stdout by default. */
  out?: NodeJS.WriteStream;
}

/** Every generated account has this email pattern and, from `npm run seed:scale`, this password. */
export const scaleEmail = (n: number) => `scale-${n}@example.org`;
export const SCALE_PASSWORD = 'Scale-password-1';

const COUNTRIES = [
  'DE',
  'DK',
  'SE',
  'NL',
  'FR',
  'ES',
  'IT',
  'FI',
  'BE',
  'IE',
  'PT',
  'PL',
  'GB',
  'NO',
  'US',
  'CA',
  'IN',
  'ZA',
  'BR',
];
const MESSAGES_PER_THREAD = 200;
const MEMBERS_PER_GROUP = 150;

interface ScaleGroup {
  id: string;
  members: string[];
  language: string;
}

/** Picks a weighted value: `weights` are the shares of each choice. */
function weighted<T extends string>(random: Random, weights: ReadonlyArray<readonly [T, number]>): T {
  let roll = random();
  for (const [value, share] of weights) {
    roll -= share;
    if (roll < 0) return value;
  }
  return weights[weights.length - 1]![0];
}

async function inTransaction(pool: Pool, work: (client: PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    client.release();
  }
}

/**
 * Fills a migrated database with a network at scale, table by table with COPY: members (mostly active, in
 * every role and many countries), groups of about 150 members each, threads of about 200 messages written
 * in nine languages. Counters (group members, thread messages) are written consistent with the rows. Each
 * table goes in one transaction: an interrupted run leaves whole tables or none of them.
 */
export async function generateScale(pool: Pool, passwordHash: string, options: ScaleOptions): Promise<void> {
  const random = seededRandom(options.seed);
  const out = options.out ?? process.stdout;
  const existing = await pool.query<{ n: string }>(`SELECT count(*) AS n FROM users WHERE email LIKE 'scale-%'`);
  if (Number(existing.rows[0]!.n) > 0) {
    throw new Error('This database already holds generated data: generate into a fresh one.');
  }

  const userIds = Array.from({ length: options.users }, () => randomUUID());
  const activeIds: string[] = [];
  await inTransaction(pool, async (client) => {
    const progress = new Progress('users', options.users, out);
    const now = Date.now();
    await copyRows(
      client,
      'users',
      [
        'id',
        'email',
        'password_hash',
        'display_name',
        'role',
        'status',
        'profession',
        'country',
        'languages',
        'created_at',
        'approved_at',
      ],
      (function* () {
        for (const [n, id] of userIds.entries()) {
          const status = weighted(random, [
            ['active', 0.95],
            ['pending', 0.03],
            ['suspended', 0.02],
          ] as const);
          if (status === 'active') activeIds.push(id);
          const created = new Date(now - random() * 3 * 365 * 86_400_000);
          yield [
            id,
            scaleEmail(n),
            passwordHash,
            `Member ${n}`,
            weighted(random, [
              ['practitioner', 0.8],
              ['researcher', 0.15],
              ['coordinator', 0.04],
              ['admin', 0.01],
            ] as const),
            status,
            pick(random, PROFESSIONS),
            pick(random, COUNTRIES),
            [pick(random, SCALE_LANGUAGES), 'en'],
            created,
            status === 'pending' ? null : created,
          ] satisfies CopyValue[];
        }
      })(),
      (count) => progress.add(count),
    );
    progress.finish();
  });

  const groupCount = Math.max(1, Math.ceil(activeIds.length / MEMBERS_PER_GROUP));
  const groups: ScaleGroup[] = Array.from({ length: groupCount }, () => ({
    id: randomUUID(),
    members: [],
    language: pick(random, SCALE_LANGUAGES),
  }));
  // Each active member joins two groups at random, so that groups overlap as real ones do.
  for (const userId of activeIds) {
    const first = Math.floor(random() * groupCount);
    const second = (first + 1 + Math.floor(random() * Math.max(1, groupCount - 1))) % groupCount;
    for (const index of new Set([first, second])) groups[index]!.members.push(userId);
  }

  await inTransaction(pool, async (client) => {
    const progress = new Progress('groups', groupCount, out);
    await copyRows(
      client,
      'groups',
      ['id', 'slug', 'name', 'description', 'kind', 'join_policy', 'visibility', 'member_count'],
      groups.map((group, n) => [
        group.id,
        `scale-group-${n}`,
        `Scale group ${n}`,
        sentence(random, group.language, 12),
        n % 2 === 0 ? 'profession' : 'programme',
        weighted(random, [
          ['open', 0.5],
          ['approval', 0.4],
          ['invite', 0.1],
        ] as const),
        random() < 0.2 ? 'public' : 'members',
        group.members.length,
      ]),
      (count) => progress.add(count),
    );
    progress.finish();
    const memberships = new Progress(
      'memberships',
      groups.reduce((sum, g) => sum + g.members.length, 0),
      out,
    );
    await copyRows(
      client,
      'group_memberships',
      ['group_id', 'user_id', 'role', 'status', 'decided_at'],
      (function* () {
        for (const group of groups) {
          for (const [i, userId] of group.members.entries()) {
            yield [group.id, userId, i === 0 ? 'coordinator' : 'member', 'active', new Date()];
          }
        }
      })(),
      (count) => memberships.add(count),
    );
    memberships.finish();
  });

  const membersOf = (group: ScaleGroup) => (group.members.length > 0 ? group.members : activeIds);
  const threadCount = Math.max(1, Math.ceil(options.messages / MESSAGES_PER_THREAD));
  const threads = Array.from({ length: threadCount }, (_, n) => {
    const group = groups[n % groupCount]!;
    return { id: randomUUID(), group, messages: 0 };
  });
  // Messages are spread over the threads first, so that the threads' counters can be written before them.
  for (let n = 0; n < options.messages; n++) threads[Math.floor(random() * threadCount)]!.messages += 1;

  const start = Date.now() - 365 * 86_400_000;
  await inTransaction(pool, async (client) => {
    // Threads before their messages (the foreign key); their last message time is set once those exist.
    const threadProgress = new Progress('threads', threads.length, out);
    await copyRows(
      client,
      'threads',
      ['id', 'group_id', 'title', 'body', 'author_id', 'message_count', 'created_at'],
      threads.map((thread) => [
        thread.id,
        thread.group.id,
        sentence(random, thread.group.language, 6),
        paragraph(random, thread.group.language, 40),
        pick(random, membersOf(thread.group)),
        thread.messages,
        new Date(start),
      ]),
      (count) => threadProgress.add(count),
    );
    threadProgress.finish();
    const messages = new Progress('messages', options.messages, out);
    await copyRows(
      client,
      'messages',
      ['id', 'thread_id', 'position', 'client_id', 'author_id', 'body', 'created_at'],
      (function* () {
        for (const thread of threads) {
          const members = membersOf(thread.group);
          let time = start + random() * 300 * 86_400_000;
          for (let position = 1; position <= thread.messages; position++) {
            time += random() * 3_600_000;
            // Most messages are in the group's language; some members write in their own.
            const language = random() < 0.8 ? thread.group.language : pick(random, SCALE_LANGUAGES);
            const body = paragraph(random, language, 8 + Math.floor(random() * 30));
            yield [randomUUID(), thread.id, position, randomUUID(), pick(random, members), body, new Date(time)];
          }
        }
      })(),
      (count) => messages.add(count),
    );
    messages.finish();
    await client.query(
      `UPDATE threads t SET last_message_at = m.last
         FROM (SELECT thread_id, max(created_at) AS last FROM messages GROUP BY thread_id) m
        WHERE m.thread_id = t.id AND t.id = ANY($1::uuid[])`,
      [threads.map((thread) => thread.id)],
    );
  });
  if (options.resources > 0) await generateResources(pool, random, options.resources, activeIds, groups, out);
  if (options.practices > 0) await generatePractices(pool, random, options.practices, activeIds, out);
  await pool.query('ANALYZE');
}

async function generateResources(
  pool: Pool,
  random: Random,
  count: number,
  authors: readonly string[],
  groups: readonly ScaleGroup[],
  out: NodeJS.WriteStream,
): Promise<void> {
  const ids = Array.from({ length: count }, () => randomUUID());
  // Sources are chosen among earlier resources, so that lineages grow as they do: a few much-adapted ones.
  const sourceOf = ids.map((_, n) => (n > 10 && random() < 0.2 ? Math.floor(random() * random() * n) : -1));
  const adaptations = new Array<number>(count).fill(0);
  for (const source of sourceOf) if (source >= 0) adaptations[source]! += 1;
  const start = Date.now() - 3 * 365 * 86_400_000;
  await inTransaction(pool, async (client) => {
    const progress = new Progress('resources', count, out);
    await copyRows(
      client,
      'resources',
      [
        'id',
        'title',
        'summary',
        'type',
        'language',
        'country',
        'audience',
        'licence',
        'tags',
        'scope',
        'group_id',
        'url',
        'author_id',
        'adapted_from_id',
        'note',
        'adaptation_count',
        'created_at',
        'updated_at',
      ],
      (function* () {
        for (const [n, id] of ids.entries()) {
          const language = pick(random, SCALE_LANGUAGES);
          const scope = weighted(random, [
            ['public', 0.5],
            ['members', 0.3],
            ['group', 0.2],
          ] as const);
          const source = sourceOf[n]!;
          const created = new Date(start + (n / count) * 3 * 365 * 86_400_000);
          yield [
            id,
            sentence(random, language, 5 + Math.floor(random() * 5)).slice(0, -1),
            paragraph(random, language, 30 + Math.floor(random() * 40)),
            pick(random, RESOURCE_TYPES),
            language,
            pick(random, COUNTRIES),
            pick(random, TARGET_GROUPS),
            pick(random, LICENCES),
            [sentence(random, language, 1).slice(0, -1).toLowerCase()],
            scope,
            scope === 'group' ? pick(random, groups).id : null,
            `https://example.org/scale/resources/${n}`,
            pick(random, authors),
            source >= 0 ? ids[source]! : null,
            source >= 0 ? sentence(random, language, 8) : null,
            adaptations[n]!,
            created,
            created,
          ] satisfies CopyValue[];
        }
      })(),
      (rows) => progress.add(rows),
    );
    progress.finish();
  });
}

/** A few distinct values from a list, at least one. */
function some<T>(random: Random, items: readonly T[], most: number): T[] {
  return [...new Set(Array.from({ length: 1 + Math.floor(random() * most) }, () => pick(random, items)))];
}

async function generatePractices(
  pool: Pool,
  random: Random,
  count: number,
  authors: readonly string[],
  out: NodeJS.WriteStream,
): Promise<void> {
  const now = Date.now();
  const practices: CopyValue[][] = [];
  const revisions: CopyValue[][] = [];
  const evaluations: CopyValue[][] = [];
  const outcomes: CopyValue[][] = [];
  for (let n = 0; n < count; n++) {
    const id = randomUUID();
    const language = pick(random, SCALE_LANGUAGES);
    const label = weighted(random, [
      ['inspiring', 0.55],
      ['peer-reviewed', 0.3],
      ['archived', 0.05],
      ['submitted', 0.04],
      ['draft', 0.04],
      ['returned', 0.02],
    ] as const);
    const published = label === 'inspiring' || label === 'peer-reviewed' || label === 'archived';
    const author = pick(random, authors);
    const updated = new Date(now - random() * 4 * 365 * 86_400_000);
    const title = sentence(random, language, 4 + Math.floor(random() * 5)).slice(0, -1);
    const summary = paragraph(random, language, 20 + Math.floor(random() * 20)).slice(0, 300);
    const targetGroups = some(random, TARGET_GROUPS, 2);
    const level = pick(random, PREVENTION_LEVELS);
    const settings = some(random, SETTINGS, 2);
    const countries = some(random, COUNTRIES, 3);
    const languages = [...new Set([language, ...some(random, SCALE_LANGUAGES, 2)])];
    const organisation = `Organisation ${Math.floor(random() * 5000)}`;

    const rated: RatingInput[] = [];
    if (published && random() < 0.35) {
      for (let e = 0; e < 1 + Math.floor(random() * 2); e++) {
        const evaluationId = randomUUID();
        const randomised = 20 + Math.floor(random() * 2000);
        // Up to half lost before analysis: some studies fall under the rule's attrition cap, as in the field.
        const analysed = Math.round(randomised * (0.5 + random() * 0.5));
        const input: RatingInput = {
          id: evaluationId,
          design: pick(random, EVALUATION_DESIGNS),
          riskOfBias: pick(random, RISKS_OF_BIAS),
          verification: 'verified',
          independence: random() < 0.5 ? 'independent' : 'developer',
          sampleSize: randomised,
          sampleRandomised: randomised,
          sampleAnalysed: analysed,
          outcomes: Array.from({ length: 1 + Math.floor(random() * 2) }, () => ({
            construct: pick(random, OUTCOME_CONSTRUCTS),
            measure: pick(random, OUTCOME_MEASURES),
            direction: weighted(random, [
              ['positive', 0.6],
              ['none', 0.25],
              ['mixed', 0.1],
              ['negative', 0.05],
            ] as const),
            significant: random() < 0.6,
            sustained12Months: random() < 0.3,
          })),
        };
        rated.push(input);
        evaluations.push([
          evaluationId,
          id,
          pick(random, authors),
          input.design,
          randomised,
          randomised,
          analysed,
          Math.floor(random() * 36),
          input.riskOfBias,
          input.independence,
          input.verification,
          sentence(random, language, 10),
          paragraph(random, language, 30),
          updated,
          updated,
        ]);
        for (const [position, outcome] of input.outcomes.entries()) {
          outcomes.push([
            evaluationId,
            position,
            outcome.construct,
            outcome.measure,
            outcome.direction,
            outcome.significant,
            outcome.sustained12Months,
          ]);
        }
      }
    }
    // In the app's order (oldest first); a practice's evaluations here share their creation time, so by id.
    const rating = rateEvidence(rated.sort((a, b) => (a.id < b.id ? -1 : 1)));
    practices.push([
      id,
      author,
      label,
      published ? 1 : null,
      1,
      title,
      summary,
      organisation,
      language,
      targetGroups,
      level,
      settings,
      countries,
      languages,
      JSON.stringify(rating),
      [...new Set(rating.outcomes.map((o) => o.direction))],
      rating.bestStrength,
      0,
      updated,
      updated,
      published ? updated : null,
      // The rating was computed with the practice's one revision; the oldest come due for re-review.
      updated,
      published ? 1 : null,
    ]);
    revisions.push([
      id,
      1,
      published ? 'published' : label,
      author,
      title,
      summary,
      paragraph(random, language, 80 + Math.floor(random() * 120)),
      language,
      targetGroups,
      level,
      settings,
      countries,
      languages,
      organisation,
      updated,
      published ? updated : null,
    ]);
  }

  await inTransaction(pool, async (client) => {
    const tables: Array<[string, string, readonly string[], CopyValue[][]]> = [
      [
        'practices',
        'practices',
        [
          'id',
          'author_id',
          'curation_label',
          'published_revision',
          'current_revision',
          'title',
          'summary',
          'organisation',
          'language',
          'target_groups',
          'prevention_level',
          'settings',
          'countries',
          'languages',
          'evidence_rating',
          'rating_directions',
          'best_strength',
          'feedback_count',
          'created_at',
          'updated_at',
          'published_at',
          'rating_reviewed_at',
          'rating_reviewed_revision',
        ],
        practices,
      ],
      [
        'revisions',
        'practice_revisions',
        [
          'practice_id',
          'number',
          'state',
          'author_id',
          'title',
          'summary',
          'description',
          'language',
          'target_groups',
          'prevention_level',
          'settings',
          'countries',
          'languages',
          'organisation',
          'created_at',
          'published_at',
        ],
        revisions,
      ],
      [
        'evaluations',
        'evaluations',
        [
          'id',
          'practice_id',
          'author_id',
          'design',
          'sample_size',
          'sample_randomised',
          'sample_analysed',
          'follow_up_months',
          'risk_of_bias',
          'independence',
          'verification',
          'citation',
          'summary',
          'created_at',
          'updated_at',
        ],
        evaluations,
      ],
      [
        'outcomes',
        'evaluation_outcomes',
        ['evaluation_id', 'position', 'construct', 'measure', 'direction', 'significant', 'sustained_12_months'],
        outcomes,
      ],
    ];
    for (const [label, table, columns, rows] of tables) {
      const progress = new Progress(label, rows.length, out);
      await copyRows(client, table, columns, rows, (done) => progress.add(done));
      progress.finish();
    }
    // The practices' cells of the evidence gap map follow their ratings and verified evaluations.
    await client.query('SELECT practice_evidence_cells_refresh(NULL)');
  });
}
