import { LIMITS } from '@pn/shared';
import { connect, type Socket } from 'node:net';
import { createTestApp, type TestApp } from './support/app';
import { answerProblem, checkedFetch, documentRoutes } from './support/contract';

const TOO_LARGE = Buffer.from(
  JSON.stringify({ email: 'someone@example.org', password: 'x'.repeat(Math.ceil(LIMITS.jsonBodyBytes * 1.1)) }),
);

/** An HTTP/1.1 answer read from a raw socket: its status line, headers and body. */
interface RawAnswer {
  status: string;
  headers: string;
  body: string;
}

/**
 * A client as a slower network makes it: the request written in 32 KB pieces, a millisecond apart, and the
 * answer read only once all is sent. Bounded: gives up after `ms`.
 */
function sendSlowly(socket: Socket, head: string, body: Buffer, ms = 15_000): Promise<RawAnswer | string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer in time'), ms);
    const done = (result: RawAnswer | string) => {
      clearTimeout(timer);
      socket.removeAllListeners('data');
      socket.pause();
      resolve(result);
    };
    const chunks: Buffer[] = [];
    socket.removeAllListeners('error').on('error', (error: NodeJS.ErrnoException) => done(`error ${error.code}`));
    socket.removeAllListeners('end').on('end', () => done(`closed after ${Buffer.concat(chunks).length} bytes`));
    socket.pause();
    socket.write(head);
    let offset = 0;
    const next = () => {
      if (offset >= body.length) {
        socket.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          const text = Buffer.concat(chunks).toString();
          const end = text.indexOf('\r\n\r\n');
          const length = Number(/content-length: (\d+)/i.exec(text)?.[1] ?? NaN);
          if (end >= 0 && text.length >= end + 4 + length) {
            const [status, ...headers] = text.slice(0, end).split('\r\n');
            done({ status: status!, headers: headers.join('\n').toLowerCase(), body: text.slice(end + 4) });
          }
        });
        socket.resume();
        return;
      }
      const piece = body.subarray(offset, offset + 32 * 1024);
      offset += piece.length;
      socket.write(piece, () => setTimeout(next, 1));
    };
    next();
  });
}

function opened(app: TestApp): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect(Number(new URL(app.url).port), '127.0.0.1');
    socket.once('connect', () => resolve(socket)).once('error', reject);
  });
}

const postHead = (length: number) =>
  `POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${length}\r\n\r\n`;

/**
 * What breaks the OpenAPI document in an answer read from a raw socket (`TestApp.request` cannot send slowly
 * or in chunks), or null: checked like every answer the API tests get.
 */
async function rawAnswerProblem(app: TestApp, method: string, path: string, answer: RawAnswer | string) {
  if (typeof answer === 'string') return answer;
  const body: unknown = answer.body ? JSON.parse(answer.body) : undefined;
  return answerProblem(await documentRoutes(app.url), method, path, {
    status: Number(answer.status.split(' ')[1]),
    body,
    text: answer.body,
    contentType: /^content-type: (.*)$/m.exec(answer.headers)?.[1] ?? null,
  });
}

const REFUSED = { statusCode: 413, error: 'Payload Too Large', message: 'Request body is too large' };

/** A JSON body over the limit is answered 413, and the client always gets to read that answer. */
describe('a JSON body over the limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp();
  });
  afterAll(() => app.close());

  it('is a readable 413 for a client that sends it at once, every time', async () => {
    for (let i = 0; i < 30; i++) {
      const response = await checkedFetch(`${app.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: TOO_LARGE,
      }).then(
        async (r) => ({ status: r.status, body: await r.json() }),
        (error: Error) => ({ status: 0, body: String(error.cause ?? error) }),
      );
      expect([i, response]).toEqual([i, { status: 413, body: REFUSED }]);
    }
  });

  it('is a readable 413 for a client that sends it slowly and reads the answer after, every time', async () => {
    for (let i = 0; i < 20; i++) {
      const socket = await opened(app);
      try {
        const answer = await sendSlowly(socket, postHead(TOO_LARGE.length), TOO_LARGE);
        expect([i, await rawAnswerProblem(app, 'POST', '/api/auth/login', answer)]).toEqual([i, null]);
        expect([i, answer]).toEqual([
          i,
          { status: 'HTTP/1.1 413 Payload Too Large', headers: expect.any(String), body: JSON.stringify(REFUSED) },
        ]);
      } finally {
        socket.destroy();
      }
    }
  });

  it('keeps the connection, which serves the next request', async () => {
    const socket = await opened(app);
    try {
      const refused = await sendSlowly(socket, postHead(TOO_LARGE.length), TOO_LARGE);
      expect(refused).toMatchObject({ status: 'HTTP/1.1 413 Payload Too Large' });
      expect((refused as RawAnswer).headers).not.toContain('connection: close');
      const next = await sendSlowly(socket, 'GET /api/health HTTP/1.1\r\nHost: localhost\r\n\r\n', Buffer.alloc(0));
      expect(await rawAnswerProblem(app, 'GET', '/api/health', next)).toBeNull();
      expect(next).toMatchObject({ status: 'HTTP/1.1 200 OK', body: JSON.stringify({ status: 'ok', db: 'ok' }) });
    } finally {
      socket.destroy();
    }
  });

  it('is a readable 413 when it comes in chunks without a length', async () => {
    const socket = await opened(app);
    try {
      const chunked = Buffer.concat([
        ...Array.from({ length: Math.ceil(TOO_LARGE.length / 65536) }, (_, i) => {
          const piece = TOO_LARGE.subarray(i * 65536, (i + 1) * 65536);
          return Buffer.concat([Buffer.from(`${piece.length.toString(16)}\r\n`), piece, Buffer.from('\r\n')]);
        }),
        Buffer.from('0\r\n\r\n'),
      ]);
      const head =
        'POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n';
      const answer = await sendSlowly(socket, head, chunked);
      expect(await rawAnswerProblem(app, 'POST', '/api/auth/login', answer)).toBeNull();
      expect(answer).toMatchObject({
        status: 'HTTP/1.1 413 Payload Too Large',
        body: JSON.stringify(REFUSED),
      });
    } finally {
      socket.destroy();
    }
  });
});
