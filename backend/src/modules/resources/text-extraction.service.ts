import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { Counter } from 'prom-client';
import type { Readable } from 'node:stream';
import { APP_CONFIG } from '../../config/config.module';
import type { AppConfig } from '../../config/env.schema';
import { FILE_STORAGE, StoredFileMissingError, type FileStorage } from './storage/file-storage';
import { TextExtractionRepository, type TextClaim, type VersionKey } from './text-extraction.repository';
import { extractPdfText, PDF_TEXT_MAX_BYTES, type PdfTextOutcome } from './uploads/pdf-text';

/** An extraction begun this many times without finishing (it took its instance down each time) is given up. */
const MAX_ATTEMPTS = 3;
/** How often every instance looks for extractions that nobody is doing (a restart, a crash, another instance). */
const SWEEP_MS = 60_000;

/**
 * A PDF's text for the search index, extracted after its upload has been answered: one version at a time per
 * slot (`PDF_TEXT_CONCURRENCY`), the others queued, each in a process of its own with memory and time limits
 * (`extractPdfText`). The queue is in memory; the truth is the version's `text_state` in the database, so
 * that what a stopped or killed instance left undone is found by the next sweep of any instance (at start,
 * then every minute) and done once. An extraction that fails leaves the resource without its text: logged
 * and counted, never an error for anyone.
 */
@Injectable()
export class TextExtractionService implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('TextExtraction');
  private readonly waiting: VersionKey[] = [];
  /** Queued or running here, by `resourceId/version`. */
  private readonly known = new Set<string>();
  private readonly inFlight = new Set<Promise<void>>();
  private sweeper?: NodeJS.Timeout;
  private readonly closing = new AbortController();
  /** Registered in the app's metrics registry (`app.factory.ts`). */
  readonly outcomes = new Counter({
    name: 'pdf_text_extractions_total',
    help: 'Extractions of the text of uploaded PDFs, by outcome',
    labelNames: ['outcome'] as const,
    registers: [],
  });

  constructor(
    private readonly repository: TextExtractionRepository,
    @Inject(FILE_STORAGE) private readonly storage: FileStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Longer than any extraction takes: an older claim was left by an instance that stopped. */
  private get leaseMs(): number {
    return 2 * this.config.PDF_TEXT_TIMEOUT_SECONDS * 1000 + 60_000;
  }

  onApplicationBootstrap(): void {
    void this.sweep();
    this.sweeper = setInterval(() => void this.sweep(), SWEEP_MS);
    this.sweeper.unref();
  }

  /** Before the database closes: what was running is given back, for the next start to take up at once. */
  async onModuleDestroy(): Promise<void> {
    clearInterval(this.sweeper);
    this.waiting.length = 0;
    this.closing.abort();
    await Promise.allSettled(this.inFlight);
  }

  /** Queues a version whose row is committed with `text_state = 'pending'`. */
  enqueue(key: VersionKey): void {
    const id = `${key.resourceId}/${key.version}`;
    if (this.closing.signal.aborted || this.known.has(id)) return;
    this.known.add(id);
    this.waiting.push(key);
    this.pump();
  }

  private pump(): void {
    while (this.inFlight.size < this.config.PDF_TEXT_CONCURRENCY && this.waiting.length > 0) {
      const key = this.waiting.shift()!;
      const running: Promise<void> = this.extract(key).finally(() => {
        this.inFlight.delete(running);
        this.known.delete(`${key.resourceId}/${key.version}`);
        this.pump();
      });
      this.inFlight.add(running);
    }
  }

  private async sweep(): Promise<void> {
    try {
      for (const key of await this.repository.unfinished(this.leaseMs, 100)) this.enqueue(key);
    } catch (error) {
      // The database may be away; the next sweep tries again.
      this.logger.warn(`could not look for unfinished extractions: ${(error as Error).message}`);
    }
  }

  private async extract(key: VersionKey): Promise<void> {
    try {
      const claim = await this.repository.claim(key, this.leaseMs);
      if (!claim) return;
      const outcome = this.closing.signal.aborted ? null : await this.outcomeOf(claim);
      if (!outcome || this.closing.signal.aborted) {
        await this.repository.release(claim);
        return;
      }
      const done = outcome.kind === 'text' || outcome.kind === 'no-text';
      const stored = await this.repository.finish(
        claim,
        done ? 'done' : 'failed',
        outcome.kind === 'text' ? outcome.text : null,
      );
      if (stored) this.report(claim, outcome);
    } catch (error) {
      // The claim stays; the sweep takes it up again once its lease has passed.
      this.logger.warn(`text extraction of ${describe(key)} interrupted: ${(error as Error).message}`);
    }
  }

  private async outcomeOf(claim: TextClaim): Promise<PdfTextOutcome | { kind: 'gave-up' | 'too-large' }> {
    if (claim.attempts > MAX_ATTEMPTS) return { kind: 'gave-up' };
    if (claim.size > PDF_TEXT_MAX_BYTES) return { kind: 'too-large' };
    let stored: Readable;
    try {
      stored = await this.storage.open(claim.storageKey);
    } catch (error) {
      if (error instanceof StoredFileMissingError) return { kind: 'failed', reason: 'its stored file is missing' };
      throw error;
    }
    return extractPdfText(await readAll(stored, PDF_TEXT_MAX_BYTES), {
      memoryMb: this.config.PDF_TEXT_MEMORY_MB,
      timeoutMs: this.config.PDF_TEXT_TIMEOUT_SECONDS * 1000,
      signal: this.closing.signal,
    });
  }

  private report(claim: TextClaim, outcome: PdfTextOutcome | { kind: 'gave-up' | 'too-large' }): void {
    this.outcomes.inc({ outcome: outcome.kind });
    const subject = describe(claim);
    switch (outcome.kind) {
      case 'text':
      case 'no-text':
        this.logger.debug(`text of ${subject}: ${outcome.kind}`);
        return;
      case 'time-limit':
        this.logger.warn(
          `no text for ${subject}: stopped at the time limit (${this.config.PDF_TEXT_TIMEOUT_SECONDS} s)`,
        );
        return;
      case 'memory-limit':
        this.logger.warn(`no text for ${subject}: stopped at the memory limit (${outcome.reason})`);
        return;
      case 'gave-up':
        this.logger.warn(`no text for ${subject}: given up after ${MAX_ATTEMPTS} interrupted attempts`);
        return;
      case 'too-large':
        this.logger.warn(`no text for ${subject}: larger than ${PDF_TEXT_MAX_BYTES} bytes`);
        return;
      default:
        this.logger.warn(`no text for ${subject}: ${outcome.reason}`);
    }
  }
}

function describe(key: VersionKey): string {
  return `resource ${key.resourceId} version ${key.version}`;
}

async function readAll(stream: Readable, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      stream.destroy();
      throw new Error(`the stored file is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}
