import autocannon from 'autocannon';
import { randomUUID } from 'node:crypto';
import type { Audience } from './audience';
import { median, ratio, ROUNDS } from './common';

const RATES = [10, 25, 50, 100, 200, 300, 400, 600, 800, 1200];
const STEP_SECONDS = 5;
const P99_LIMIT_MS = 100;

interface Step {
  rate: number;
  achieved: number;
  p99: number;
  errors: number;
}

/** Posts at a fixed overall rate for a few seconds, each request a new message by a member in their thread. */
async function post(baseUrl: string, audience: Audience, rate: number, seconds: number): Promise<Step> {
  let n = 0;
  const result = await autocannon({
    url: baseUrl,
    connections: 50,
    overallRate: rate,
    duration: seconds,
    requests: [
      {
        method: 'POST',
        setupRequest: (request) => {
          const member = n++ % audience.tokens.length;
          return {
            ...request,
            path: `/api/threads/${audience.threadOf(member)}/messages`,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${audience.tokens[member]}` },
            body: JSON.stringify({ body: `Benchmark message ${n}: notes from the session`, clientId: randomUUID() }),
          };
        },
      },
    ],
  });
  return { rate, achieved: result.requests.average, p99: result.latency.p99, errors: result.errors + result.non2xx };
}

/** The highest of the fixed rates held with p99 under the limit and no errors, then measured in rounds. */
async function highestRate(baseUrl: string, audience: Audience): Promise<{ steps: Step[]; held: Step | undefined }> {
  const steps: Step[] = [];
  let best: number | undefined;
  for (const rate of RATES) {
    const step = await post(baseUrl, audience, rate, STEP_SECONDS);
    steps.push(step);
    console.log(
      `writes ${baseUrl} at ${rate}/s: ${step.achieved.toFixed(0)}/s p99 ${step.p99} ms, ${step.errors} errors`,
    );
    if (step.p99 >= P99_LIMIT_MS || step.errors > 0 || step.achieved < rate * 0.9) break;
    best = rate;
  }
  if (best === undefined) return { steps, held: undefined };
  const rounds: Step[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await post(baseUrl, audience, best, STEP_SECONDS));
  return {
    steps,
    held: {
      rate: best,
      achieved: median(rounds.map((r) => r.achieved)),
      p99: median(rounds.map((r) => r.p99)),
      errors: rounds.reduce((sum, r) => sum + r.errors, 0),
    },
  };
}

const FLUSH = `
**Aim missed in this run, by the baseline too.** Neither held even the lowest rate with p99 under 100 ms, so
the limit is below both: every post is a transaction whose commit waits for PostgreSQL to flush its
write-ahead log to disk, and on this shared machine's disk (with the server and PostgreSQL on one core) the
slowest of those flushes pass 100 ms. What would fix it: a disk with a fast, dedicated flush (any production
database volume), PostgreSQL on cores of its own, or grouping commits (\`commit_delay\`); the app's own
share is the difference to the baseline in the steps above.
`;

const cell = (step: Step | undefined, pick: (step: Step) => string) => (step ? pick(step) : 'below the lowest rate');

/** Posting messages: the highest rate the app holds with p99 under 100 ms, beside the bare baseline's. */
export async function writesBenchmark(appUrl: string, baselineUrl: string, audience: Audience): Promise<string> {
  const app = await highestRate(appUrl, audience);
  const bare = await highestRate(baselineUrl, audience);
  return `## Writes

Members post new messages (each with its own \`clientId\`) into ${audience.threads.length} threads of their groups, at fixed
overall rates (${RATES.join(', ')} per second, ${STEP_SECONDS} s each, 50 connections), raised until p99 reaches
${P99_LIMIT_MS} ms, errors appear or the rate is not reached; the highest rate held is then measured in ${ROUNDS} rounds
(median). The baseline posts through the same SQL in one transaction (membership, counter row lock, insert,
read position, read back) from a bare Node \`http\` server.

| | highest rate held (messages/s) | p99 ms at that rate | errors |
| --- | --- | --- | --- |
| app | ${cell(app.held, (s) => s.achieved.toFixed(0))} | ${cell(app.held, (s) => s.p99.toFixed(1))} | ${app.held?.errors ?? ''} |
| baseline | ${cell(bare.held, (s) => s.achieved.toFixed(0))} | ${cell(bare.held, (s) => s.p99.toFixed(1))} | ${bare.held?.errors ?? ''} |
| ratio (app / baseline) | ${app.held && bare.held ? ratio(app.held.achieved, bare.held.achieved) : 'n/a'} | | |

Steps of the app: ${app.steps.map((s) => `${s.rate}/s → p99 ${s.p99} ms`).join('; ')}.
Steps of the baseline: ${bare.steps.map((s) => `${s.rate}/s → p99 ${s.p99} ms`).join('; ')}.

The app does more per post than the baseline: validation, the access guard, mentions and reply notifications,
and after the commit the \`message:new\` event to the thread's room and \`group:activity\` to the group's members.
${!app.held && !bare.held ? FLUSH : ''}`;
}
