import { readFileSync, writeFileSync } from 'node:fs';
import { MAX_NESTING_DEPTH } from '@fazhi/core';

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

/**
 * The valid report saved as GB18030, as a Chinese Windows editor does. Node can decode GB18030 but not
 * encode it, so the encoder is the decoder run backwards over the two-byte plane (which holds all of GBK).
 */
export function gb18030(text = VALID): Uint8Array {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, [number, number]>();
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (!table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else {
      const pair = table.get(ch);
      if (!pair) throw new Error(`no GBK code for ${ch}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

/** The valid report as Windows Notepad's "Unicode": UTF-16LE with a byte-order mark. */
export function utf16(text = VALID): Uint8Array {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

/** The start of a .docx (a zip): what a writer sends when they pick the Word file by mistake. */
export function binary(): Uint8Array {
  return Buffer.concat([Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00', 'latin1'), Buffer.alloc(512, 0)]);
}

/** 20,000 unknown keys (`kN: N`): one finding each. Locating each finding once scanned the whole map (quadratic). */
export function manyUnknownKeys(n = 20_000): string {
  return `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => `k${i}: ${i}\n`).join('')}`;
}

/** 20,000 lines with a full-width colon: one fix each, and every later finding mapped back through all of them. */
export function manyFullwidthColons(n = 20_000): string {
  return `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => `k${i}：${i}\n`).join('')}`;
}

export function writeGenerated(path: string, content: string | Uint8Array): string {
  writeFileSync(path, content);
  return path;
}
