import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { readPublishedReport, UnreadableFileError } from '../../src/index.js';
import { unzipWithin } from '../../src/import/docx-size.js';

// Tens of megabytes inflated per test: more than vitest's default 5 s on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });

const DOCUMENT = 'word/document.xml';

/** A minimal Word file whose one run holds `text` then `filler` bytes of "A". */
function docx(text: string, filler = 0): Uint8Array {
  const head = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}`);
  const tail = strToU8('</w:t></w:r></w:p></w:body></w:document>');
  const body = new Uint8Array(head.length + filler + tail.length).fill(0x41);
  body.set(head);
  body.set(tail, head.length + filler);
  return zipSync({
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    [DOCUMENT]: [body, { level: 9 }],
  });
}

/** The zip with every local header saying its part is empty; the central directory (what JSZip reads) keeps the truth. */
function lyingLocalHeaders(zip: Uint8Array): Uint8Array {
  const out = zip.slice();
  const view = new DataView(out.buffer);
  for (let i = 0; i + 30 <= out.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    view.setUint32(i + 18, 0, true); // compressed size
    view.setUint32(i + 22, 0, true); // uncompressed size
  }
  return out;
}

describe('a .docx is read only as far as it was counted', () => {
  it('reads a plain Word file', async () => {
    await expect(readPublishedReport(docx('依法行政'), 'a.docx', 'zh')).resolves.toMatchObject({ text: expect.stringContaining('依法行政') });
  });

  it('refuses a zip bomb by what it inflates to', async () => {
    await expect(readPublishedReport(docx('依法行政', 70 * 1024 * 1024), 'bomb.docx', 'zh')).rejects.toThrow(/bomb\.docx：解压后超过 64 MB/);
  });

  it('never inflates what the local headers hide: 70 MB behind headers that say 0 bytes is not read', async () => {
    // Before: the count went by the local headers (0 bytes) and mammoth by the central directory (70 MB), so the
    // whole run was inflated and imported; at 300 MB, 1.7 GB and a stack overflow.
    const read = readPublishedReport(lyingLocalHeaders(docx('依法行政', 70 * 1024 * 1024)), 'liar.docx', 'zh');
    await expect(read).rejects.toBeInstanceOf(UnreadableFileError);
    await expect(read).rejects.toThrow(/liar\.docx：不是有效的 \.docx 文件/);
  });

  it('hands on only parts it read whole, and nothing past the limit', () => {
    expect([...(unzipWithin(docx('依法行政'), 1 << 20)?.keys() ?? [])]).toContain(DOCUMENT);
    expect(unzipWithin(docx('依法行政', 2 << 20), 1 << 20)).toBeUndefined();
    expect(unzipWithin(lyingLocalHeaders(docx('依法行政', 2 << 20)), 1 << 20)?.get(DOCUMENT)).toHaveLength(0);
  });

  it('says a file with no zip in it is not a Word file', async () => {
    await expect(readPublishedReport(strToU8('just text'), 'x.docx', 'zh')).rejects.toThrow(/x\.docx：不是有效的 \.docx 文件/);
  });
});
