import { spawnSync } from 'node:child_process';
import {
  closeSync,
  existsSync,
  fdatasyncSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { removeDataDir, REPO_ROOT, type RunningProduct } from '../src/product';

/** The server side (app or baseline, and PostgreSQL) runs on one core, the load generator on the other. */
export const SERVER_CORE = '0';
export const LOAD_CORE = '1';
export const ROUNDS = 3;

export const canPin = spawnSync('taskset', ['-V']).status === 0 && cpus().length >= 2;

export function pin(pid: number, core: string): void {
  if (canPin) spawnSync('taskset', ['-a', '-c', '-p', core, String(pid)]);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

/** User and system CPU time a process has used so far, in milliseconds (Linux clock ticks of 10 ms). */
export function cpuMilliseconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

export function rssMegabytes(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) / 1024;
}

export const ratio = (app: number, baseline: number) => (baseline > 0 ? (app / baseline).toFixed(2) : 'n/a');

export interface FlushLatency {
  count: number;
  p50: number;
  p99: number;
  max: number;
}

/**
 * What the disk under the database does when asked to flush: an 8 KB write and `fdatasync`, again and again
 * for `seconds`, in a file of `dir`. Every commit waits for such a flush of the write-ahead log, so a slow
 * one now and then stalls every post in flight at that moment.
 */
export function flushLatency(dir: string, seconds: number): FlushLatency {
  const path = join(dir, `flush-probe-${process.pid}`);
  const fd = openSync(path, 'w');
  const page = Buffer.alloc(8192, 1);
  const times: number[] = [];
  try {
    const until = performance.now() + seconds * 1000;
    while (performance.now() < until) {
      const started = performance.now();
      writeSync(fd, page, 0, page.length, 0);
      fdatasyncSync(fd);
      times.push(performance.now() - started);
    }
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
  return { count: times.length, p50: percentile(times, 50), p99: percentile(times, 99), max: Math.max(...times) };
}

/**
 * The ladder and the posting steps push the server past what it holds, on purpose: requests then queue for
 * seconds, and that wait is what they measure. The database's time limits, which would turn such waits into
 * 503s, are raised for the benchmarks.
 */
export const BENCH_DATABASE_LIMITS = {
  DATABASE_CONNECT_TIMEOUT_MS: '60000',
  DATABASE_STATEMENT_TIMEOUT_MS: '120000',
  DATABASE_QUERY_TIMEOUT_MS: '130000',
};

/** Swaps the section with the same heading in docs/BENCHMARKS.md, or adds it before "Start-up and memory". */
export function replaceSection(section: string): void {
  const path = join(REPO_ROOT, 'docs', 'BENCHMARKS.md');
  if (!existsSync(path)) return;
  const heading = section.slice(0, section.indexOf('\n'));
  const doc = readFileSync(path, 'utf8');
  const start = doc.indexOf(`${heading}\n`);
  if (start >= 0) {
    const next = doc.indexOf('\n## ', start + heading.length);
    writeFileSync(path, doc.slice(0, start) + section + (next >= 0 ? doc.slice(next) : ''));
    return;
  }
  const before = doc.indexOf('## Start-up and memory');
  writeFileSync(path, before >= 0 ? `${doc.slice(0, before)}${section}\n${doc.slice(before)}` : `${doc}\n${section}`);
}

/**
 * A benchmark run on its own (`npm run bench:<name> -w tests`): measures one section on a started product,
 * prints it and puts it in docs/BENCHMARKS.md; the product's last output on a failure; whatever happens,
 * `cleanup` (what ran beside the product, such as a baseline on its database), then the product stopped and its
 * data removed.
 */
export async function runSection(
  product: RunningProduct,
  measure: () => Promise<string>,
  cleanup: () => Promise<void> | void = () => {},
): Promise<void> {
  try {
    const section = await measure();
    console.log(section);
    replaceSection(section);
  } catch (error) {
    console.error(product.output().slice(-3000));
    throw error;
  } finally {
    await cleanup();
    await product.stop();
    removeDataDir(product.dataDir);
  }
}
