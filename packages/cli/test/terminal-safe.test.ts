import { describe, expect, it } from 'vitest';
import { excerpt, MAX_EXCERPT, terminalSafe } from '../src/output/terminal-safe.js';

describe('terminal-safe output', () => {
  it('shows control characters as symbols, one column each, and keeps tabs and CJK', () => {
    expect(terminalSafe('调整\u0001充\u0007实\u001b[31m红\u007f\u009b\t字')).toBe('调整␁充␇实␛[31m红␡\ufffd\t字');
  });

  it('shows bidi overrides, zero-width characters and line separators as �, so an excerpt reads as it is', () => {
    expect(terminalSafe('甲\u202e乙丙\u202c丁\u200b戊\u2066己\u2028庚\ufeff辛')).toBe('甲\ufffd乙丙\ufffd丁\ufffd戊\ufffd己\ufffd庚\ufffd辛');
  });

  it('cuts a long line around the column and says where it now is', () => {
    const line = 'x'.repeat(10_000) + '^' + 'y'.repeat(10_000);
    const shown = excerpt(line, 10_000);
    expect(shown.text.length).toBeLessThanOrEqual(MAX_EXCERPT + 2);
    expect(shown.text.startsWith('…') && shown.text.endsWith('…')).toBe(true);
    expect(shown.text.slice(shown.lead.length + 10_000 - shown.from)[0]).toBe('^');
    expect(excerpt('short', 2)).toEqual({ text: 'short', from: 0, to: 5, lead: '' });
  });
});
