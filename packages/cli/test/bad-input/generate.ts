import { readFileSync, writeFileSync } from 'node:fs';
import { MAX_NESTING_DEPTH } from '@fazhi/core';
import { strToU8, zipSync } from 'fflate';
import { big5Bytes, gb18030Bytes } from '../../../core/test/support/legacy-encodings.js';
export { pdfBomb } from '../../../core/test/support/pdf-bytes.js';

/**
 * Inputs too big, too odd or too dangerous to commit: written into a temporary folder when the tests run.
 * Each returns the text (or bytes) of the file.
 */
const VALID = readFileSync(new URL('fixtures/valid-report.yaml', import.meta.url), 'utf8');

/** "Billion laughs": nine aliases of nine aliases of … expand to 9^8 strings from 400 bytes. */
export function aliasBomb(): string {
  let text = 'template: national\na: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]\n';
  let previous = 'a';
  for (const name of 'bcdefghi') {
    text += `${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
    previous = name;
  }
  return text;
}

/** One alias copying a 1.2-million-character list: few expansions, much text (a wide bomb rather than a deep one). */
export function aliasWide(): string {
  const line = `    - ${'依法行政'.repeat(25)}\n`;
  return `template: national\nstats:\n  a: &big\n${line.repeat(12_000)}  b: *big\n`;
}
export const ALIAS_WIDE_AT = `${12_000 + 4}:6`;

/**
 * One level of indirection: `&a` is 990,000 characters, `&b` is short but holds `*a`, and 48 `*b` copy
 * 47.5 M characters. A limit that counts each alias target's own text saw 990,000 + 48 × 20.
 */
export function aliasIndirect(): string {
  return `template: national\nx: &a ${'依法行政'.repeat(247_500)}\ny: &b {title: t, text: *a}\nz: [${Array(48).fill('*b').join(', ')}]\n`;
}
export const ALIAS_INDIRECT_AT = `3:${'y: &b {title: t, text: '.length + 1}`;

/** 1,500 levels of block mappings: far past the limit, and deep enough to overflow a recursive parser (about 900 do). */
export function deepBlock(levels = 1500): string {
  let text = 'template: national\nstats:\n';
  for (let i = 0, indent = '  '; i < levels; i++, indent += '  ') text += `${indent}k${i}:\n`;
  return text;
}

/** A hundred thousand nested brackets on one line. */
export function deepFlow(levels = 100_000): string {
  return `template: national\nstats: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
}

/** One 70 KB prose line holding 5,000 unknown `${…}` references: 5,000 findings, each printed with an excerpt of that line. */
export function manyRefsOnOneLine(n = 5000): string {
  return VALID.replace(/^ {2}text: 2023年.*$/m, `  text: ${Array.from({ length: n }, (_, i) => `\${a${i}}`).join('依法')}`);
}

/** Where the first too-deep collection starts in those two files (1-based line:col), from the limit. */
export const DEEP_BLOCK_AT = `${MAX_NESTING_DEPTH + 2}:${2 * MAX_NESTING_DEPTH + 1}`;
export const DEEP_FLOW_AT = `2:${'stats: '.length + MAX_NESTING_DEPTH}`;

/** 50 MB of valid YAML comment lines: refused by size before it is read. */
export function huge(): Uint8Array {
  const line = Buffer.from('# 这一行只是为了让文件变大。This line only makes the file bigger.\n');
  const out = Buffer.alloc(50 * 1024 * 1024);
  for (let i = 0; i + line.length <= out.length; i += line.length) line.copy(out, i);
  return out.fill(0x0a, out.length - (out.length % line.length));
}



/** The valid report with classic Mac line ends: a lone CR, no LF. */
export function crOnly(text = VALID): string {
  return text.replace(/\r?\n/g, '\r');
}

/** The valid report as Windows Notepad's "Unicode": UTF-16LE with a byte-order mark. */
export function utf16(text = VALID): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The start of a .docx (a zip): what a writer sends when they pick the Word file by mistake. */
export function binary(): Uint8Array {
  return Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.alloc(512, 0)]);
}

/** 10,000 unknown keys (`kN: N`): one finding each. Locating each finding once scanned the whole map (quadratic). */
export function manyUnknownKeys(n = 10_000): string {
  return `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('')}`;
}

/** 10,000 lines with a full-width colon: one fix each, and every later finding mapped back through all of them. */
export function manyFullwidthColons(n = 10_000): string {
  return `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => `k${i}：${i}\n`).join('')}`;
}

/**
 * 5 MB of garbage after a `template:` line (punctuation YAML cares about, CJK, digits, line breaks), from a
 * fixed seed so every run sees the same bytes. It opens with a stray `]`, so the first error is known.
 */
export function garbage(bytes = 5 * 1024 * 1024): string {
  const alphabet = ' \n\n\t:：-[]{}#&*!|>\'"%@`,?abcxyz法治政府，。0123456789\\';
  let seed = 12345;
  const out: string[] = ['template: national\nx: ]\n'];
  for (let size = 0; size < bytes; ) {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    const c = alphabet[seed % alphabet.length] as string;
    out.push(c);
    size += c.charCodeAt(0) > 0x7f ? 3 : 1;
  }
  return out.join('');
}

/**
 * A zip bomb dressed as a Word file: 65 KB holding a 65 MB text run, just past the 64 MB core unzips. (The issue's
 * was 520 KB holding 500 MB; this one is as effective a test and quicker to make.)
 */
export function docxBomb(): Uint8Array {
  const run = new Uint8Array(65 * 1024 * 1024).fill(0x41);
  const xml = (s: string) => strToU8(s);
  return zipSync({
    '[Content_Types].xml': xml('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': [run, { level: 1 }],
  });
}

/**
 * A real Word file whose one run holds 65 MB, with every local header saying its part is empty: a reader that
 * counts by the local headers sees nothing, a reader that goes by the central directory (JSZip, under mammoth)
 * inflates it all. The count and the reading must be one and the same.
 */
export function docxBombBehindLyingHeaders(): Uint8Array {
  const xml = (s: string) => strToU8(s);
  const head = xml('<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>');
  const tail = xml('</w:t></w:r></w:p></w:body></w:document>');
  const body = new Uint8Array(head.length + 65 * 1024 * 1024 + tail.length).fill(0x41);
  body.set(head);
  body.set(tail, body.length - tail.length);
  const zip = zipSync({
    '[Content_Types].xml': xml(
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ),
    '_rels/.rels': xml(
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': [body, { level: 1 }],
  });
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  for (let i = 0; i + 30 <= zip.length; i++) {
    if (view.getUint32(i, true) !== 0x04034b50) continue;
    view.setUint32(i + 18, 0, true); // compressed size
    view.setUint32(i + 22, 0, true); // uncompressed size
  }
  return zip;
}

export function writeGenerated(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return path;
}

/** The valid report (or `text`) in GB18030 and in Big5: legacy encodings the reader must tell apart. */
export const gb18030 = (text = VALID): Uint8Array => gb18030Bytes(text);
export const big5 = (text = VALID): Uint8Array => big5Bytes(text);
