import { textPdf } from '@pn/seeds';
import { pdfText } from './pdf-text';

describe('pdfText', () => {
  it('reads the text of every page', async () => {
    expect(await pdfText(textPdf(['First page', 'Second page']))).toBe('First page Second page');
  });

  it('answers null, never throws, for a file that is not a readable PDF', async () => {
    expect(await pdfText(Buffer.from('%PDF-1.4\nnot really\n%%EOF'))).toBeNull();
    expect(await pdfText(Buffer.alloc(0))).toBeNull();
  });
});
