import { parseReport } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { VALID, found } from '../helpers.js';

/** A lone CR ends a line (YAML and LSP agree); before, a CR-only file was one line, reported as empty. */
describe('CR-only line ends', () => {
  const cr = VALID.replace(/\n/g, '\r');

  it('reads the same data as the LF file, with the same findings at the same places', () => {
    expect(parseReport(cr).data).toEqual(parseReport(VALID).data);
    expect(found(cr)).toEqual(found(VALID));
  });

  it('places a problem on its own line, and keeps offsets into the text as written', () => {
    const text = 'template: national\ryear: [2023\r';
    const parsed = parseReport(text);
    expect(parsed.text).toHaveLength(text.length);
    expect(parsed.lines.positionAt(text.indexOf('year')).line).toBe(1);
    expect(parsed.problems.length).toBeGreaterThan(0);
  });
});
