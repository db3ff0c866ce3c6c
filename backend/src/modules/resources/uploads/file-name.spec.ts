import { cleanFileName } from './file-name';

describe('cleanFileName', () => {
  it('keeps only the last path segment, never a way up or out', () => {
    expect(cleanFileName('../../etc/passwd.pdf')).toBe('passwd.pdf');
    expect(cleanFileName('C:\\Users\\someone\\report.pdf')).toBe('report.pdf');
    expect(cleanFileName('/absolute/path/')).toBe('file');
    expect(cleanFileName('..')).toBe('file');
    expect(cleanFileName('.hidden.pdf')).toBe('hidden.pdf');
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
});
