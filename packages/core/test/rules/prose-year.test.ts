import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importReport } from '../../src/index.js';
import { catalog, only, repoRoot, VALID } from '../helpers.js';
import { SEEDS, repairedSeedText } from '../import/seeds.js';
import { expectMessages, fixOnce, replacing } from './rule-helpers.js';

const preamble = (text: string) => replacing(VALID, 'text: 2023年，万源市深入推进依法行政。现将有关情况报告如下。', `text: ${text}`);
const measure = (text: string) => replacing(VALID, 'text: 调整充实法治政府建设领导小组。', `text: ${text}`);

describe('prose-year', () => {
  it('marks a preamble opening with the next year (last year’s file, year changed in one place only)', () => {
    const text = preamble('2024年，我镇深入推进依法行政。现将有关情况报告如下。');
    expect(only('prose-year', text)).toMatchObject([{ code: 'prose-year', severity: 'warning', at: '8:9-8:13' }]);
    expect(fixOnce('prose-year', text)).toBe(preamble('2023年，我镇深入推进依法行政。现将有关情况报告如下。'));
    expectMessages('prose-year', text, [['2024', '2023']]);
  });

  it('marks a sentence opening with an earlier year, a future 以来 or period, and a month two years on', () => {
    expect(only('prose-year', measure('成效明显。2022年，全市共开展学习20次。')).map((f) => f.at)).toEqual(['14:22-14:26']);
    expect(only('prose-year', measure('2022年度，全市共开展学习20次。'))).toHaveLength(1);
    expect(only('prose-year', measure('2024年以来，全市共开展学习20次。'))).toHaveLength(1);
    expect(only('prose-year', measure('2024年上半年共开展学习20次。'))).toHaveLength(1);
    expect(only('prose-year', measure('于2025年3月完成整改。'))).toHaveLength(1);
  });

  it('stays quiet on history, spans, titles, comparisons and the writing months of the next year', () => {
    for (const honest of [
      '自2019年以来，累计开展学习200次。',
      '2019年以来，累计开展学习200次。',
      '落实《法治政府建设实施纲要（2021－2025年）》，较2022年增长10%。',
      '2021－2025年规划顺利推进，“十四五”规划中期评估完成。',
      '2021年至2023年，共办理案件300件。',
      '截至2024年2月，已办结案件100件。',
      '在2022年度考核中获评优秀。',
      '巩固2022年创建成果，到2025年建成示范市。',
      '2023年，全市共开展学习20次。',
    ]) {
      expect(only('prose-year', measure(honest)), honest).toEqual([]);
    }
  });

  it('leaves plans and titles to plan-year and title-year (no finding twice)', () => {
    const plans = replacing(VALID, 'text: 系统学习习近平法治思想。', 'text: 2023年，系统学习。');
    expect(only(['prose-year', 'plan-year'], plans).map((f) => f.code)).toEqual(['plan-year']);
  });

  it('finds nothing in the examples, the packs’ examples and the five published seeds imported', () => {
    const files = [
      ...readdirSync(join(repoRoot, 'examples')).filter((f) => f.endsWith('.yaml')).map((f) => join(repoRoot, 'examples', f)),
      ...readdirSync(join(repoRoot, 'templates')).map((d) => join(repoRoot, 'templates', d, 'example.yaml')).filter((f) => {
        try {
          readFileSync(f);
          return true;
        } catch {
          return false;
        }
      }),
    ];
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) expect(only('prose-year', readFileSync(file, 'utf8')), file).toEqual([]);
    for (const seed of SEEDS) {
      const { yaml } = importReport(repairedSeedText(seed), { catalog, today: new Date('2025-06-01') });
      expect(only(['prose-year', 'signature-date'], yaml), seed.name).toEqual([]);
    }
  });
});
