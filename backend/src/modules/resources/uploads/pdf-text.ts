import { Logger } from '@nestjs/common';
import { Worker } from 'node:worker_threads';

/** Enough for search: a long report's first hundred thousand characters carry its subject. */
export const PDF_TEXT_MAX_CHARS = 100_000;
/** Larger files are stored without their text rather than parsed. */
export const PDF_TEXT_MAX_BYTES = 25 * 1024 * 1024;
const PDF_TEXT_TIMEOUT_MS = 15_000;
const PDF_TEXT_MEMORY_MB = 256;

const logger = new Logger('PdfText');

/**
 * Runs in a worker thread: unpdf (a serverless build of PDF.js, no canvas, no PDF.js worker of its own).
 * A thread of its own keeps a large or hostile PDF from blocking the event loop, and can be stopped for
 * good at the time limit or the memory limit. It is also where unpdf's ES module loads natively, under
 * Jest too.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { extractText, getDocumentProxy } = require(workerData.unpdf);
(async () => {
  const document = await getDocumentProxy(new Uint8Array(workerData.bytes));
  const { text } = await extractText(document, { mergePages: true });
  parentPort.postMessage({ text });
})().catch((error) => parentPort.postMessage({ error: String((error && error.message) || error) }));
`;

/**
 * The text of a PDF for the search index, or null when there is none to be had (a scan, an encrypted or
 * broken file, a parse that takes too long). It never throws: extraction never fails an upload.
 */
export async function pdfText(bytes: Buffer): Promise<string | null> {
  if (bytes.length === 0 || bytes.length > PDF_TEXT_MAX_BYTES) return null;
  try {
    const text = await inWorker(bytes);
    // NUL is not storable in PostgreSQL text; runs of whitespace carry nothing for search.
    const clean = text?.replaceAll('\u0000', ' ').replace(/\s+/g, ' ').trim().slice(0, PDF_TEXT_MAX_CHARS);
    return clean ? clean : null;
  } catch (error) {
    logger.warn(`no text extracted from a PDF: ${(error as Error).message}`);
    return null;
  }
}

function inWorker(bytes: Buffer): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { unpdf: require.resolve('unpdf'), bytes },
      resourceLimits: { maxOldGenerationSizeMb: PDF_TEXT_MEMORY_MB },
    });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`gave up after ${PDF_TEXT_TIMEOUT_MS} ms`));
    }, PDF_TEXT_TIMEOUT_MS);
    const done = () => {
      clearTimeout(timer);
      void worker.terminate();
    };
    worker.once('message', (message: { text?: string; error?: string }) => {
      done();
      if (message.error !== undefined) reject(new Error(message.error));
      else resolve(message.text ?? null);
    });
    worker.once('error', (error) => {
      done();
      reject(error);
    });
    worker.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the extraction stopped (exit code ${code})`));
    });
  });
}
