import { describe, expect, it } from 'vitest';
import { VALID, found } from '../helpers.js';

describe('control-character', () => {
  it('warns at each raw control character with a fix that deletes it, and not at tabs or CRLF', () => {
    const text = VALID.replace('调整充实', '调整\u0001充\u001b[31m实\tX').replace(/\n/g, '\r\n');
    expect(found(text).filter((f) => f.code === 'control-character')).toMatchObject([
      { severity: 'warning', at: '14:19-14:20', fixed: text.replace('\u0001', '') },
      { severity: 'warning', at: '14:21-14:22', fixed: text.replace('\u001b', '') },
    ]);
  });

  it('warns at a double-quoted scalar whose escapes produce control characters', () => {
    const text = VALID.replace('text: 调整充实法治政府建设领导小组。', 'text: "调整\\x07充实\\b"');
    expect(found(text)).toMatchObject([{ code: 'control-character', severity: 'warning', at: '14:17-14:29' }]);
  });

  it('warns at C1 controls, bidi overrides and isolates, zero-width characters, a mid-text BOM and line separators', () => {
    const invisible = ['\u0085', '\u009b', '\u202e', '\u202c', '\u2066', '\u2069', '\u200b', '\u200c', '\u200d', '\ufeff', '\u2028', '\u2029'];
    for (const ch of invisible) {
      const text = VALID.replace('调整充实', `调整${ch}充实`);
      expect(found(text).filter((f) => f.code === 'control-character'), `U+${ch.charCodeAt(0).toString(16)}`).toMatchObject([
        { severity: 'warning', at: '14:19-14:20', fixed: VALID },
      ]);
    }
  });

  it('accepts a byte-order mark at the start of the file', () => {
    expect(found(`\ufeff${VALID}`).filter((f) => f.code === 'control-character')).toEqual([]);
  });

  it('is silent on a clean file', () => {
    expect(found(VALID).filter((f) => f.code === 'control-character')).toEqual([]);
  });
});
