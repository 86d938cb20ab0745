// Encoders for legacy Chinese encodings, built from the platform's own decoders (Node has no encoder for them);
// shared by core's decoding tests and the CLI's bad-input catalogue.

/**
 * The valid report saved as GB18030, as a Chinese Windows editor does. Node can decode GB18030 but not
 * encode it, so the encoder is the decoder run backwards over the two-byte plane (which holds all of GBK).
 */
export function gb18030Bytes(text: string): Uint8Array {
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
/**
 * The valid report in traditional characters saved as Big5, as a Taiwan or Hong Kong Windows editor does (the
 * same decoder-run-backwards encoder; characters Big5 lacks stay as their simplified form's Big5 neighbour's
 * absence: they are skipped, which keeps the bytes Big5).
 */
export function big5Bytes(text: string): Uint8Array {
  const decoder = new TextDecoder('big5');
  const table = new Map<string, [number, number]>();
  for (let lead = 0xa1; lead <= 0xf9; lead++) {
    for (const trail of [...Array.from({ length: 0x3f }, (_, i) => 0x40 + i), ...Array.from({ length: 0x5e }, (_, i) => 0xa1 + i)]) {
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, [lead, trail]);
    }
  }
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) as number;
    if (code < 0x80) bytes.push(code);
    else bytes.push(...(table.get(ch) ?? []));
  }
  return Uint8Array.from(bytes);
}
