import { describe, expect, it } from 'vitest';
import { importReport, parseReport, validateReport } from '../../src/index.js';
import { catalog } from '../helpers.js';

/** Lines made of the pieces the importer looks for, shuffled: headings, markers, dates, chrome, quotes, YAML syntax. */
const PIECES = ['一、', '二、存在的问题', '（一）', '(二)', '一是', '二是', '1.', '。', '；', ':', '“', '”', '2023年', '报告', '法治政府建设情况报告', '示例县', '来源：', '2024年3月1日', '人民政府', '- ', '# ', '${x}', '&a', '*b', '|', "'", '"', '\t', ' ', '規範', 'ā'];

function* randomTexts(count: number) {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let n = 0; n < count; n++) {
    const lines = Array.from({ length: next() % 12 }, () => Array.from({ length: next() % 8 }, () => PIECES[next() % PIECES.length]).join(''));
    yield lines.join('\n');
  }
}

describe('importing odd input', { timeout: 120_000 }, () => {
  it('never throws, and always writes YAML that parses and checks without errors', () => {
    for (const text of ['', '\n \n', '\u3000', 'abc', '一、', '（一）', '一是', ...randomTexts(150)]) {
      const result = importReport(text, { catalog, today: new Date('2024-06-01') });
      const parsed = parseReport(result.yaml);
      expect([text, parsed.problems]).toEqual([text, []]);
      const errors = validateReport(parsed, { templates: catalog, today: new Date('2024-06-01') }).filter((d) => d.severity === 'error');
      expect([text, errors.map((e) => `${e.code}: ${e.message}`)]).toEqual([text, []]);
    }
  });
});
