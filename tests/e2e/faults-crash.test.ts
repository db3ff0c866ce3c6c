import { execFileSync, spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkedFetch } from '../src/contract';
import { removeDataDir, startProduct, type RunningProduct } from '../src/product';

/**
 * The started product killed with SIGKILL, as a crash or the out-of-memory killer would: nothing of its
 * own shutdown runs. Started again on the same data folder, it comes back healthy with its data, and a
 * client that retries what was not acknowledged loses nothing and doubles nothing.
 */
describe('the product killed with SIGKILL and started again', () => {
  let product: RunningProduct | undefined;
  let dataDir: string | undefined;
  afterAll(async () => {
    await product?.stop();
    if (!dataDir) return;
    // A test that failed midway may have left a server of the folder running, its watchdog killed.
    const pid = postmasterPid();
    if (pid && running(pid) && commandOf(pid).includes(join(dataDir, 'postgres'))) {
      process.kill(pid, 'SIGINT');
      await gone(pid, 20_000);
    }
    removeDataDir(dataDir);
  });

  const json = async (response: Response) => ({ status: response.status, body: (await response.json()) as any });
  const call = (method: string, path: string, body?: unknown, token?: string) =>
    checkedFetch(`${product!.url}${path}`, {
      method,
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    }).then(json);
  const signIn = async (email: string, password: string) => {
    const login = await call('POST', '/api/auth/login', { email, password });
    expect(login.status).toBe(200);
    return login.body.token as string;
  };

  const pidFile = () => join(dataDir!, 'postgres', 'postmaster.pid');
  function postmasterPid(): number {
    try {
      return Number(readFileSync(pidFile(), 'utf8').split('\n')[0]);
    } catch {
      return 0;
    }
  }

  it('stops its database with it, and starts again with its data', async () => {
    product = await startProduct();
    dataDir = product.dataDir;
    const register = await call('POST', '/api/auth/register', {
      email: 'crash@example.org',
      password: 'a long enough password',
      displayName: 'Crash check',
      profession: 'educators',
      country: 'NO',
    });
    expect(register.status).toBe(201);
    const postmaster = postmasterPid();

    await product.kill();
    // Its PostgreSQL does not outlive it.
    expect(await gone(postmaster, 20_000)).toBe(true);

    product = await startProduct({ dataDir });
    expect((await call('GET', '/api/health')).status).toBe(200);
    await signIn('crash@example.org', 'a long enough password');
    expect(product.output()).not.toContain('Seeded the demo network');
  });

  it('stops a PostgreSQL that an earlier start left running on its data folder, then starts', async () => {
    const postmaster = postmasterPid();
    // The app and its watchdog killed together: the server is left running, holding the data folder.
    const watchdog = childrenOf(product!.process.pid!).find((child) => child.args.includes('pn-postgres-watchdog'));
    expect(watchdog).toBeDefined();
    process.kill(watchdog!.pid, 'SIGKILL');
    await product!.kill();
    expect(running(postmaster)).toBe(true);

    product = await startProduct({ dataDir });
    expect(product.output()).toContain(`A PostgreSQL server (PID ${postmaster}) from an earlier start still runs`);
    expect(running(postmaster)).toBe(false);
    await signIn('crash@example.org', 'a long enough password');
  });

  it('mid-burst: every acknowledged message is kept, retries store nothing twice, positions stay gapless', async () => {
    const token = await signIn('practitioner@example.org', 'Demo-password-1');
    const threads = await call('GET', '/api/groups/people-who-fear-they-might-offend/threads', undefined, token);
    expect(threads.status).toBe(200);
    const threadId = threads.body.items[0].id as string;
    const posts = Array.from({ length: 200 }, (_, n) => ({ clientId: randomUUID(), body: `Burst message ${n}` }));
    const acknowledged = new Map<string, { id: string; position: number }>();

    // Eight clients post one after another; the product is killed once 40 posts were acknowledged.
    let next = 0;
    let killing: Promise<void> | undefined;
    const client = async () => {
      while (next < posts.length) {
        const post = posts[next++]!;
        try {
          const response = await call('POST', `/api/threads/${threadId}/messages`, post, token);
          if (response.status === 201 || response.status === 200) {
            acknowledged.set(post.clientId, { id: response.body.id, position: response.body.position });
          }
        } catch {
          // The connection died with the product: not acknowledged, retried below.
        }
        if (acknowledged.size >= 40 && !killing) killing = product!.kill();
        if (killing) return;
      }
    };
    await Promise.all(Array.from({ length: 8 }, client));
    await killing;
    expect(acknowledged.size).toBeGreaterThanOrEqual(40);
    expect(acknowledged.size).toBeLessThan(posts.length);

    product = await startProduct({ dataDir });
    // Every post again, with its clientId: the unacknowledged ones are stored (or were, answered 200), the
    // acknowledged ones are answered with what was stored.
    for (const post of posts) {
      const response = await call('POST', `/api/threads/${threadId}/messages`, post, token);
      expect([200, 201]).toContain(response.status);
      const earlier = acknowledged.get(post.clientId);
      if (earlier) {
        expect(response.status).toBe(200);
        expect(response.body).toMatchObject(earlier);
      }
    }

    const messages = await wholeThread(threadId, token);
    const positions = messages.map((message) => message.position);
    expect(positions).toEqual(Array.from({ length: positions.length }, (_, i) => positions[0]! + i));
    const burst = messages.filter((message) => posts.some((post) => post.clientId === message.clientId));
    expect(burst).toHaveLength(posts.length);
    expect(new Set(burst.map((message) => message.clientId)).size).toBe(posts.length);
    for (const [clientId, earlier] of acknowledged) {
      expect(burst.find((message) => message.clientId === clientId)).toMatchObject(earlier);
    }
  });

  it('starts over a stale postmaster.pid, whether its PID is gone or now another program', async () => {
    expect(await product!.stop()).toBe(0);
    const dead = spawnSync('true').pid!;
    for (const [pid, said] of [
      [dead, 'is gone'],
      // This test's own process: alive, and no PostgreSQL, as after a reboot that gave the PID to another.
      [process.pid, 'is not a PostgreSQL server of it'],
    ] as const) {
      writeFileSync(pidFile(), `${pid}\n${join(dataDir!, 'postgres')}\n0\n5432\n\n127.0.0.1\n0 0\nready\n`);
      product = await startProduct({ dataDir });
      expect(product.output()).toContain(
        `Removing a stale postmaster.pid from ${join(dataDir!, 'postgres')} (PID ${pid} ${said})`,
      );
      await signIn('crash@example.org', 'a long enough password');
      expect(await product.stop()).toBe(0);
    }
    product = undefined;
  });

  /** Every message of a thread, oldest first, page by page. */
  async function wholeThread(threadId: string, token: string) {
    const messages: Array<{ id: string; position: number; clientId: string }> = [];
    let before: string | null = null;
    do {
      const page = await call(
        'GET',
        `/api/threads/${threadId}/messages?limit=100${before ? `&before=${before}` : ''}`,
        undefined,
        token,
      );
      expect(page.status).toBe(200);
      messages.unshift(...page.body.items);
      before = page.body.nextCursor;
    } while (before);
    return messages;
  }
});

/** Running: alive and not a zombie (a dead process that nobody reaped still has a PID). */
function running(pid: number): boolean {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false;
  }
}

async function gone(pid: number, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (running(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return true;
}

function childrenOf(pid: number): Array<{ pid: number; args: string }> {
  return execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8' })
    .trim()
    .split('\n')
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => !!match && Number(match[2]) === pid)
    .map((match) => ({ pid: Number(match[1]), args: match[3]! }));
}

function commandOf(pid: number): string {
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8' });
  } catch {
    return '';
  }
}
