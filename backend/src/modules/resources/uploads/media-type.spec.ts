import { recogniseMediaType } from './media-type';

const pdf = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
const png = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const elf = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120)]);
const windowsExecutable = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200)]);
const html = Buffer.from('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>');
// An empty zip archive: the end-of-central-directory record alone.
const zip = Buffer.concat([Buffer.from([0x50, 0x4b, 0x05, 0x06]), Buffer.alloc(18)]);

describe('recogniseMediaType', () => {
  it('recognises PDFs and images from their content', async () => {
    expect(await recogniseMediaType(pdf)).toBe('application/pdf');
    expect(await recogniseMediaType(png)).toBe('image/png');
  });

  it('refuses executables, HTML, plain zip archives and empty files', async () => {
    for (const content of [elf, windowsExecutable, html, zip, Buffer.alloc(0)]) {
      expect(await recogniseMediaType(content)).toBeNull();
    }
  });
});
