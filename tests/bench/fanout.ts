import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { io, type Socket } from 'socket.io-client';
import { join } from 'node:path';
import { freePort, type RunningProduct } from '../src/product';
import { seedAudience } from './audience';
import { median, percentile, pin, ratio, rssMegabytes, ROUNDS, SERVER_CORE } from './common';

const SOCKETS = 1000;
const MESSAGES_PER_ROUND = 50;
const IN_FLIGHT = 4;

interface Round {
  p50: number;
  p99: number;
  messagesPerSecond: number;
  lost: number;
}

interface Target {
  /** Connects one listening client; resolves once it will receive the thread's messages. */
  connect(index: number): Promise<Socket>;
  post(body: string, clientId: string): Promise<void>;
}

async function measure(target: Target): Promise<{ rounds: Round[]; sockets: Socket[] }> {
  const sockets: Socket[] = [];
  for (let start = 0; start < SOCKETS; start += 100) {
    sockets.push(...(await Promise.all(Array.from({ length: 100 }, (_, i) => target.connect(start + i)))));
  }
  const sentAt = new Map<string, number>();
  const latencies: number[] = [];
  let delivered = 0;
  let lastDelivery = 0;
  for (const socket of sockets) {
    socket.on('message:new', (message: { clientId: string }) => {
      const sent = sentAt.get(message.clientId);
      if (sent === undefined) return;
      const now = performance.now();
      latencies.push(now - sent);
      delivered++;
      lastDelivery = now;
    });
  }

  const round = async (messages: number): Promise<Round> => {
    latencies.length = 0;
    delivered = 0;
    const started = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < messages) {
        next++;
        const clientId = randomUUID();
        sentAt.set(clientId, performance.now());
        await target.post(`Fan-out message ${next}: what we learned from the pilot`, clientId);
      }
    };
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
    const deadline = Date.now() + 30_000;
    while (delivered < messages * SOCKETS && Date.now() < deadline) await new Promise((done) => setTimeout(done, 20));
    return {
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      messagesPerSecond: messages / ((lastDelivery - started) / 1000),
      lost: messages * SOCKETS - delivered,
    };
  };

  await round(10);
  const rounds: Round[] = [];
  for (let i = 0; i < ROUNDS; i++) rounds.push(await round(MESSAGES_PER_ROUND));
  return { rounds, sockets };
}

function summary(rounds: Round[]) {
  return {
    p50: median(rounds.map((r) => r.p50)),
    p99: median(rounds.map((r) => r.p99)),
    messagesPerSecond: median(rounds.map((r) => r.messagesPerSecond)),
    lost: rounds.reduce((sum, r) => sum + r.lost, 0),
  };
}

const MISSED = `
**Aim missed in this run.** Why: the broadcast itself costs the app what it costs the bare server (one
encoding, ${SOCKETS} socket writes), but before it the app authenticates the request, checks the group's rules
and stores the message in a statement whose commit waits for the disk (see *Writes* for what this disk's
flushes take): three round trips to PostgreSQL (the session, the post's context with the thread, its group
and the membership, and one statement for the counter, the message and the author's read position), on the
same core as the server here. The load generator holding all ${SOCKETS} clients on one core bounds both sides,
and on this shared machine the figures move by a third between runs. What would fix it: PostgreSQL on
cores of its own and on a disk with steady flushes (as in any real deployment); sessions cached for a few
seconds; and, past one instance, more instances behind
the Redis adapter.
`;

/** One message fanned out to 1,000 sockets in one thread, through the app and through a bare socket.io server. */
export async function fanoutBenchmark(
  product: RunningProduct,
): Promise<{ section: string; sockets: number; rssWithSockets: number }> {
  const { threads, tokens } = await seedAudience(product, {
    name: 'bench-fanout',
    members: SOCKETS + 1,
    membersPerThread: SOCKETS + 1,
  });
  const threadId = threads[0]!;
  const posterToken = tokens[SOCKETS]!;

  const app = await measure({
    connect: (index) =>
      new Promise((resolve, reject) => {
        const socket = io(product.url, {
          path: '/socket.io',
          transports: ['websocket'],
          auth: { token: tokens[index] },
        });
        socket.once('connect_error', reject);
        socket.once('connect', () =>
          socket.emit('thread:join', { threadId }, (result: { ok: boolean }) =>
            result.ok ? resolve(socket) : reject(new Error('thread:join refused')),
          ),
        );
      }),
    post: async (body, clientId) => {
      const response = await fetch(`${product.url}/api/threads/${threadId}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${posterToken}` },
        body: JSON.stringify({ body, clientId }),
      });
      if (response.status !== 201) throw new Error(`posting answered ${response.status}: ${await response.text()}`);
    },
  });
  const rssWithSockets = rssMegabytes(product.process.pid!);
  for (const socket of app.sockets) socket.disconnect();

  const barePort = await freePort();
  const bareProcess = spawn(process.execPath, [join(__dirname, 'bare-socket-server.js'), String(barePort)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((done) => bareProcess.stdout!.once('data', done));
  pin(bareProcess.pid!, SERVER_CORE);
  const bareUrl = `http://127.0.0.1:${barePort}`;
  const bare = await measure({
    connect: () =>
      new Promise((resolve, reject) => {
        const socket = io(bareUrl, { path: '/socket.io', transports: ['websocket'] });
        socket.once('connect_error', reject);
        // The bare server puts every socket in the room on connection.
        socket.once('connect', () => resolve(socket));
      }),
    post: async (body, clientId) => {
      const response = await fetch(`${bareUrl}/post`, { method: 'POST', body: JSON.stringify({ body, clientId }) });
      if (response.status !== 201) throw new Error(`bare post answered ${response.status}`);
    },
  });
  for (const socket of bare.sockets) socket.disconnect();
  bareProcess.kill('SIGTERM');
  await new Promise((done) => bareProcess.once('exit', done));

  const a = summary(app.rounds);
  const b = summary(bare.rounds);
  const section = `## Real-time fan-out

${SOCKETS} sockets (websocket transport) in one thread, all in the load-generator process; messages posted over HTTP
(${IN_FLIGHT} in flight), each delivered to every socket. Latency is from sending the POST to a socket receiving
\`message:new\`, over every delivery; ${ROUNDS} rounds of ${MESSAGES_PER_ROUND} messages after a warm-up, median round.
The app stores each message (transaction, thread lock, notifications) before it emits; the baseline is a bare
socket.io server broadcasting the same payload from a POST handler.

| | p50 ms | p99 ms | messages/s (each to ${SOCKETS} sockets) | deliveries/s | lost |
| --- | --- | --- | --- | --- | --- |
| app | ${a.p50.toFixed(1)} | ${a.p99.toFixed(1)} | ${a.messagesPerSecond.toFixed(1)} | ${(a.messagesPerSecond * SOCKETS).toFixed(0)} | ${a.lost} |
| bare socket.io | ${b.p50.toFixed(1)} | ${b.p99.toFixed(1)} | ${b.messagesPerSecond.toFixed(1)} | ${(b.messagesPerSecond * SOCKETS).toFixed(0)} | ${b.lost} |
| ratio (app / bare) | | | ${ratio(a.messagesPerSecond, b.messagesPerSecond)} | | |

Aim: p99 under 100 ms and at least 70% of the bare server's throughput.
${a.p99 >= 100 || a.messagesPerSecond < 0.7 * b.messagesPerSecond ? MISSED : ''}`;
  return { section, sockets: SOCKETS, rssWithSockets };
}
