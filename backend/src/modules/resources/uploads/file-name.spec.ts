import { cleanFileName, fileNameFor } from './file-name';

describe('cleanFileName', () => {
  it('keeps only the last path segment, never a way up or out', () => {
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\someone\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('/absolute/path/')).toBe('file');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('.hidden.pdf')).toBe('hidden.pdf');
  });

  it('drops every control, format and reordering character', () => {
    const invisible = [
      '\u202A',
      '\u202B',
      '\u202C',
      '\u202D',
      '\u202E',
      '\u2066',
      '\u2067',
      '\u2068',
      '\u2069',
      '\u200E',
      '\u200F',
      '\u061C',
      '\u200B',
      '\u00AD',
      '\u2060',
      '\uFEFF',
      '\u2028',
      '\u2029',
      '\u0085',
      '\u009B',
      '\uE000',
      '\u{E0041}',
    ];
    for (const character of invisible) {
      expect([character.codePointAt(0)!.toString(16), cleanFileName(`re${character}port.pdf`)]).toEqual([
        character.codePointAt(0)!.toString(16),
        'report.pdf',
      ]);
    }
    expect(cleanFileName('photo\u2067gpj.exe\u2069.png')).toBe('photogpj.exe.png');
  });

  it('drops control and reordering characters, and replaces what Windows forbids', () => {
    expect(cleanFileName('guide\nline.pdf')).toBe('guideline.pdf');
    expect(cleanFileName('report\u202Efdp.exe')).toBe('reportfdp.exe');
    expect(cleanFileName('a<b>:c|d?.pdf')).toBe('a_b__c_d_.pdf');
    expect(cleanFileName('  spaced.pdf  ')).toBe('spaced.pdf');
  });

  it('limits the length and keeps the extension', () => {
    const name = cleanFileName(`${'x'.repeat(1000)}.pdf`);
    expect([...name]).toHaveLength(255);
    expect(name.endsWith('.pdf')).toBe(true);
    expect([...cleanFileName('é'.repeat(300))]).toHaveLength(255);
  });

  it('gives a name to a file that came without one', () => {
    expect(cleanFileName(undefined, 'pdf')).toBe('file.pdf');
    expect(cleanFileName('\n\t', 'png')).toBe('file.png');
  });

  describe('fileNameFor', () => {
    it('keeps an extension that fits the type found in the content', () => {
      expect(fileNameFor('report.pdf', 'application/pdf')).toBe('report.pdf');
      expect(fileNameFor('Photo.JPEG', 'image/jpeg')).toBe('Photo.JPEG');
      expect(fileNameFor('budget.xls', 'application/x-cfb')).toBe('budget.xls');
    });

    it('gives a misleading or missing extension the one of the type', () => {
      expect(fileNameFor('report.pdf', 'image/png')).toBe('report.png');
      expect(fileNameFor('invoice.pdf.exe', 'application/pdf')).toBe('invoice.pdf.pdf');
      expect(fileNameFor('notes', 'application/vnd.oasis.opendocument.text')).toBe('notes.odt');
      expect(fileNameFor('slides.', 'application/pdf')).toBe('slides.pdf');
      expect(fileNameFor(undefined, 'audio/mpeg')).toBe('file.mp3');
      expect(fileNameFor('clip\u202Evom.mp4', 'image/gif')).toBe('clipvom.gif');
    });

    it('stays within the length limit with its new extension', () => {
      const name = fileNameFor(`${'x'.repeat(300)}.pdf`, 'image/webp');
      expect([...name]).toHaveLength(255);
      expect(name.endsWith('.webp')).toBe(true);
    });
  });
});
