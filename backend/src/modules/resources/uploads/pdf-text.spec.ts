import { textPdf } from '@pn/seeds';
import { extractPdfText, type PdfTextLimits } from './pdf-text';

const LIMITS: PdfTextLimits = { memoryMb: 256, timeoutMs: 60_000 };

// The limits against hostile files are proven in test/faults-pdf-text.test.ts.
describe('extractPdfText', () => {
  it('reads the text of every page', async () => {
    expect(await extractPdfText(textPdf(['First page', 'Second page']), LIMITS)).toEqual({
      kind: 'text',
      text: 'First page Second page',
      truncated: false,
    });
  });

  it('keeps no more than the text cap, and stops reading there', async () => {
    const pages = Array.from({ length: 20 }, (_, i) => `Page ${i} ${'prevention '.repeat(40)}`);
    const outcome = await extractPdfText(textPdf(pages), { ...LIMITS, maxChars: 1000 });
    expect(outcome).toMatchObject({ kind: 'text', truncated: true });
    expect((outcome as { text: string }).text.length).toBeLessThanOrEqual(1000);
  });

  it('answers an outcome, never throws, for a file that is not a readable PDF', async () => {
    expect((await extractPdfText(Buffer.from('%PDF-1.4\nnot really\n%%EOF'), LIMITS)).kind).toBe('unreadable');
    expect((await extractPdfText(Buffer.alloc(0), LIMITS)).kind).toBe('unreadable');
  });

  it('gives up at the time limit', async () => {
    expect(await extractPdfText(textPdf(['Too slow']), { ...LIMITS, timeoutMs: 1 })).toEqual({ kind: 'time-limit' });
  });

  it('stops when asked, for an app that closes', async () => {
    const controller = new AbortController();
    const running = extractPdfText(textPdf(['Never read']), { ...LIMITS, signal: controller.signal });
    controller.abort();
    expect(await running).toMatchObject({ kind: 'failed' });
  });
});
