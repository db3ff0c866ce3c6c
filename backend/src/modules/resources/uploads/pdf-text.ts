import { execFile, spawn } from 'node:child_process';
import { readFile } from 'node:fs/promises';

/** Enough for search: a long report's first hundred thousand characters carry its subject. */
export const PDF_TEXT_MAX_CHARS = 100_000;
/** Larger files are stored without their text rather than parsed. */
export const PDF_TEXT_MAX_BYTES = 25 * 1024 * 1024;

export interface PdfTextLimits {
  /** The extracting process's memory (resident size); half of it for its JavaScript heap. */
  memoryMb: number;
  timeoutMs: number;
  maxChars?: number;
  /** Stops the extraction (the app is closing). */
  signal?: AbortSignal;
}

/** How an extraction ended. Only `text` and `no-text` are a PDF read to its end (or to the text cap). */
export type PdfTextOutcome =
  | { kind: 'text'; text: string; truncated: boolean }
  /** A scan, or a PDF of images: nothing to index. */
  | { kind: 'no-text' }
  /** Not a PDF that PDF.js reads: broken, encrypted, or a decoy. */
  | { kind: 'unreadable'; reason: string }
  /** Stopped at the memory limit: a decompression bomb, a hostile file, or one too large to read here. */
  | { kind: 'memory-limit'; reason: string }
  | { kind: 'time-limit' }
  /** The process stopped for another reason, or was stopped because the app is closing. */
  | { kind: 'failed'; reason: string };

/** How often the extracting process's memory is measured (`ps` costs more than reading /proc). */
const MEMORY_CHECK_MS = process.platform === 'linux' ? 20 : 200;

/**
 * Runs in a process of its own: unpdf (a serverless build of PDF.js, no canvas, no PDF.js worker). The
 * bytes come on stdin, the text goes back over IPC. Page by page, the text streamed in small batches, so
 * that it stops reading once it has enough.
 */
const EXTRACTOR = (unpdf: string, maxChars: number) => `
const { getDocumentProxy } = require(${JSON.stringify(unpdf)});
const chunks = [];
process.stdin.on('data', (chunk) => chunks.push(chunk));
process.stdin.on('end', () => {
  extract(Buffer.concat(chunks)).then(
    (result) => process.send(result, () => process.exit(0)),
    (error) => process.send({ error: String((error && error.message) || error) }, () => process.exit(0)),
  );
});
async function extract(bytes) {
  // verbosity 0: errors only; PDF.js would print a warning for every broken font of a hostile file.
  const document = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, verbosity: 0 });
  let text = '';
  for (let number = 1; number <= document.numPages; number++) {
    const reader = (await document.getPage(number)).streamTextContent().getReader();
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      for (const item of value.items) {
        if (typeof item.str === 'string') text += item.str + (item.hasEOL ? '\\n' : '');
      }
      if (text.length >= ${maxChars}) {
        // Enough: the rest of the document is not read.
        reader.cancel(new Error('text cap reached')).catch(() => {});
        return { text, truncated: true };
      }
    }
    text += '\\n';
  }
  return { text, truncated: false };
}
`;

/**
 * The text of a PDF, for the search index, read in a child process that cannot hurt the server: PDF.js
 * inflates compressed streams into buffers that a worker thread's heap limits do not count (a 300 KB PDF
 * inflates to 300 MB), and a worker that does reach its heap limit on one large allocation can abort the
 * whole process. A child process has a heap limit of its own (`--max-old-space-size`), its resident memory
 * is measured every few milliseconds and it is killed past the limit, it is killed at the time limit, and
 * all its memory goes back to the system when it ends. It never throws: every way it can end is an outcome.
 */
export function extractPdfText(bytes: Buffer, limits: PdfTextLimits): Promise<PdfTextOutcome> {
  const maxChars = limits.maxChars ?? PDF_TEXT_MAX_CHARS;
  const memoryBytes = limits.memoryMb * 1024 * 1024;
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      [
        `--max-old-space-size=${Math.max(16, Math.floor(limits.memoryMb / 2))}`,
        '--max-semi-space-size=8',
        '-e',
        EXTRACTOR(require.resolve('unpdf'), maxChars),
      ],
      { stdio: ['pipe', 'ignore', 'pipe', 'ipc'], env: { PATH: process.env.PATH ?? '' } },
    );
    let stderr = '';
    let settled = false;
    const settle = (outcome: PdfTextOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(meter);
      limits.signal?.removeEventListener('abort', onAbort);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      resolve(outcome);
    };
    const onAbort = () => settle({ kind: 'failed', reason: 'stopped: the app is closing' });
    limits.signal?.addEventListener('abort', onAbort);
    if (limits.signal?.aborted) onAbort();
    const timer = setTimeout(() => settle({ kind: 'time-limit' }), limits.timeoutMs);
    const meter = setInterval(() => {
      void residentBytes(child.pid).then((resident) => {
        if (resident !== null && resident > memoryBytes) {
          settle({ kind: 'memory-limit', reason: `it took ${Math.round(resident / 1048576)} MB` });
        }
      });
    }, MEMORY_CHECK_MS);

    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    child.on('error', (error) => settle({ kind: 'failed', reason: error.message }));
    child.on('message', (message: { text?: string; truncated?: boolean; error?: string }) => {
      if (message.error !== undefined) {
        // A buffer that could not be allocated is the memory limit too.
        return settle(
          /allocation failed|invalid (array|string) length/i.test(message.error)
            ? { kind: 'memory-limit', reason: message.error }
            : { kind: 'unreadable', reason: message.error },
        );
      }
      // NUL is not storable in PostgreSQL text; runs of whitespace carry nothing for search.
      const text = (message.text ?? '').replaceAll('\u0000', ' ').replace(/\s+/g, ' ').trim().slice(0, maxChars);
      settle(text ? { kind: 'text', text, truncated: !!message.truncated } : { kind: 'no-text' });
    });
    child.on('exit', (code, signal) => {
      if (/heap out of memory|allocation failed/i.test(stderr)) {
        return settle({ kind: 'memory-limit', reason: 'its heap reached its limit' });
      }
      settle({ kind: 'failed', reason: `it stopped (${signal ?? `exit code ${code}`}): ${stderr.trim().slice(-300)}` });
    });
    // A process that died before reading everything closes its stdin: that is said by its exit.
    child.stdin?.on('error', () => {});
    child.stdin?.end(bytes);
  });
}

/** The resident size of a process: /proc on Linux, `ps` elsewhere; null once it is gone. */
async function residentBytes(pid: number | undefined): Promise<number | null> {
  if (pid === undefined) return null;
  if (process.platform === 'linux') {
    try {
      const status = await readFile(`/proc/${pid}/status`, 'utf8');
      const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(status)?.[1];
      return kilobytes === undefined ? null : Number(kilobytes) * 1024;
    } catch {
      return null;
    }
  }
  return new Promise((resolve) => {
    execFile('ps', ['-o', 'rss=', '-p', String(pid)], (error, stdout) =>
      resolve(error ? null : Number(stdout.trim()) * 1024 || null),
    );
  });
}
