import { describe, expect, test } from 'vitest';
import { proseStart } from '../src/preview/prose-start.js';

// `‸` marks where the cursor must land; `[` and `]` the block's source range as the server sends it.
function land(marked: string): string {
  const text = marked.replace(/[[\]‸]/g, '');
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 2; // '[' and '‸' come before it
  const at = proseStart(text, start, end);
  return `${text.slice(0, at)}‸${text.slice(at)}`;
}

describe('a click in the preview lands in the prose it shows', () => {
  test('a folded block scalar: past `>-` and its line break, at the first character of text', () => {
    const marked = 'preamble: [>-\n  ‸2023年，我区坚持……\n  继续推进。]\nyear: 2023\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });

  test('a literal block scalar with a comment after its header', () => {
    const marked = 'intro: [|  # 引言\n    ‸全年共办理……]\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });

  test('a quoted scalar: past the quote', () => {
    const marked = 'closing: ["‸特此报告。"]\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });

  test('a point (a mapping): inside its text, not on its title key', () => {
    const marked = 'points:\n  - [title: 强化组织建设\n    text: >-\n      ‸动态调整……]\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });

  test('a flow mapping: inside its text value', () => {
    const marked = 'points:\n  - [{ title: 强化组织建设, text: ‸动态调整 }]\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });

  test('a plain scalar stays at its start', () => {
    const marked = 'recipient: [‸中共达州市委]\n';
    expect(land(marked)).toBe(marked.replace(/[[\]]/g, ''));
  });
});
