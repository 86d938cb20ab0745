import { describe, expect, it } from 'vitest';
import { findPrevious, parseReport, type PreviousLookup } from '../../src/index.js';
import { catalog, only, VALID } from '../helpers.js';
import { replacing } from './rule-helpers.js';

const CODES = ['previous-missing', 'recycled-text', 'recycled-share', 'plan-not-followed', 'figure-jump'];
const COPIED = '调整充实由市长任组长的法治政府建设领导小组，印发2022年度重点工作安排，明确任务和措施38项。';
const lastYear = (text: string): PreviousLookup => ({ report: { source: 'last.yaml', parsed: parseReport(text, { source: 'last.yaml' }), locatable: true } });
const LAST = VALID.replace('year: 2023', 'year: 2022').replace('text: 调整充实法治政府建设领导小组。', `text: ${COPIED}`).concat('stats:\n  cases: 48\n');
const withStats = (n: number) => `${VALID}stats:\n  cases: ${n}\n`;
/** A read-nothing host: what the CLI sees when the named file is not there. */
const empty = { read: async () => undefined, list: async () => [] };

describe('year-over-year rule', () => {
  it('says nothing without last year’s report', () => {
    expect(only(CODES, withStats(480))).toEqual([]);
  });

  it('previous-missing: at the `previous:` value when the file named is absent or of another year', async () => {
    const text = replacing(VALID, 'year: 2023\n', 'year: 2023\nprevious: ../2022/a.yaml\n');
    const missing = await findPrevious('r/2023/a.yaml', parseReport(text).data, empty, { catalog });
    expect(only(CODES, text, { previous: missing })).toEqual([{ code: 'previous-missing', severity: 'error', at: '3:11-3:25' }]);
    const twoYearsAgo = { read: async () => new TextEncoder().encode(VALID.replace('year: 2023', 'year: 2021')), list: async () => [] };
    const wrongYear = await findPrevious('r/2023/a.yaml', parseReport(text).data, twoYearsAgo, { catalog });
    expect(wrongYear.problem?.en).toContain('2021');
  });

  it('searching the folder skips files that are not readable text, and finds last year among them', async () => {
    const files: Record<string, Uint8Array> = {
      'r/0-binary.yaml': Uint8Array.from({ length: 256 }, (_, i) => (i % 3 ? 0 : 0xff)),
      'r/a-2022.yaml': new TextEncoder().encode(VALID.replace('year: 2023', 'year: 2022')),
    };
    const host = { read: async (p: string) => files[p], list: async () => ['0-binary.yaml', 'a-2022.yaml', 'a-2023.yaml'] };
    const found = await findPrevious('r/a-2023.yaml', parseReport(VALID).data, host, { catalog });
    expect(found.problem).toBeUndefined();
    expect(found.report?.source).toBe('r/a-2022.yaml');
  });

  it('a published report in the folder counts when its name has the jurisdiction and the year: .docx, .pdf, .html, .txt', async () => {
    for (const name of ['万源市2022年报告.docx', '万源市2022年报告.pdf', '万源市2022年报告.html', '万源市2022年报告.txt']) {
      const read: string[] = [];
      const host = { read: async (p: string) => (read.push(p), new Uint8Array([1, 2, 3])), list: async () => [name, '万源市2021年报告.pdf', '某县2022年报告.pdf'] };
      // Three bytes: what matters here is which file is read, not what is made of it.
      await findPrevious('r/a-2023.yaml', parseReport(VALID).data, host, { catalog });
      expect(read, name).toEqual([`r/${name}`]);
    }
  });

  it('recycled-text: the sentence copied with its numbers changed, marked where it is', () => {
    const text = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', `text: ${COPIED.replace('2022', '2023').replace('38', '41')}`);
    expect(only(['recycled-text'], text, { previous: lastYear(LAST) })).toMatchObject([{ code: 'recycled-text', severity: 'warning', at: '14:17-14:65' }]);
  });

  it('a sentence citing ${figures}, a short formula and a rewritten sentence are not recycled', () => {
    const last = LAST.replace(COPIED, '全年共收到行政复议申请${cases}件，已经全部依法审结并向社会公开了决定书。');
    const figures = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 全年共收到行政复议申请${cases}件，已经全部依法审结并向社会公开了决定书。');
    expect(only(CODES, figures, { previous: lastYear(last) }).filter((f) => f.code.startsWith('recycled'))).toEqual([]);
    const rewritten = replacing(VALID, 'text: 调整充实法治政府建设领导小组。', 'text: 领导小组由市长任组长，年初印发重点工作安排，把任务分解到各部门并按季度督办。');
    expect(only(CODES, rewritten, { previous: lastYear(LAST) }).filter((f) => f.code.startsWith('recycled'))).toEqual([]);
  });

  it('plan-not-followed: quiet when the plan is answered in measures or listed among the shortcomings', () => {
    const last = LAST.replace('title: 持续学习贯彻习近平法治思想', 'title: 建设行政执法监督信息平台');
    expect(only('plan-not-followed', VALID, { previous: lastYear(last) })).toMatchObject([{ at: '9:1-9:9' }]);
    const answered = VALID.replace('title: 强化组织建设', 'title: 执法监督信息平台上线运行');
    expect(only('plan-not-followed', answered, { previous: lastYear(last) })).toEqual([]);
    const notDone = VALID.replace('- 依法行政认识有待强化', '- 行政执法监督信息平台因资金未到位尚未建成');
    expect(only('plan-not-followed', notDone, { previous: lastYear(last) })).toEqual([]);
  });

  it('figure-jump: beyond the factor either way, the factor configurable, small counts left alone', () => {
    const previous = lastYear(LAST);
    expect(only('figure-jump', withStats(480), { previous })).toMatchObject([{ code: 'figure-jump', severity: 'warning', at: '28:10-28:13' }]);
    expect(only('figure-jump', withStats(5), { previous })).toHaveLength(1);
    expect(only('figure-jump', withStats(100), { previous })).toEqual([]);
    expect(only('figure-jump', withStats(100), { previous, jumpFactor: 2 })).toHaveLength(1);
    const small = lastYear(LAST.replace('cases: 48', 'cases: 1'));
    expect(only('figure-jump', withStats(9), { previous: small })).toEqual([]);
  });
});
