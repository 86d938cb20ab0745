import { findPrevious, parseReport, type PreviousLookup } from '../../src/index.js';
import { catalog, VALID } from '../helpers.js';
import type { CaseGroup } from './diagnostic-cases.js';

const COPIED = '调整充实由市长任组长的法治政府建设领导小组，印发年度重点工作安排，明确任务和措施。';

/** Last year's report for the examples: the same jurisdiction in 2022, with a plan and a figure. */
const LAST_YEAR = VALID.replace('year: 2023', 'year: 2022')
  .replace('published: 2024-03-01', 'published: 2023-03-01')
  .replace('text: 2023年，万源市深入推进依法行政。', 'text: 2022年，万源市深入推进依法行政。')
  .replace('text: 调整充实法治政府建设领导小组。', `text: ${COPIED}`)
  .replace('title: 持续学习贯彻习近平法治思想', 'title: 建设行政执法监督信息平台')
  .concat('stats:\n  legal_aid_cases: 48\n');

const previous: PreviousLookup = { report: { source: 'reports/万源市-2022.yaml', parsed: parseReport(LAST_YEAR, { source: 'reports/万源市-2022.yaml' }), locatable: true } };

const edit = (from: string, to: string) => {
  if (VALID.split(from).length !== 2) throw new Error(`"${from}" must occur once in VALID`);
  return VALID.replace(from, to);
};
/** This year answers last year's plan unless a case is about the plan. */
const answered = (text: string) => text.replace('title: 强化组织建设', 'title: 行政执法监督信息平台建成运行');

const named = edit('year: 2023\n', 'year: 2023\nprevious: ../2022/万源市-2022.yaml\n');
const nothingThere = { read: async () => undefined, list: async () => [] };
const missing = await findPrevious('reports/2023/万源市-2023.yaml', parseReport(named).data, nothingThere, { catalog });

export const YEAR_OVER_YEAR_CASES: CaseGroup = {
  title: 'Year over year (against last year’s report: `previous:` or the same folder)',
  cases: [
    { code: 'previous-missing', what: '`previous:` names a file that cannot be read, or a report of another year than the one before.', text: named, shown: 'year: 2023\nprevious: ../2022/万源市-2022.yaml', options: { previous: missing } },
    {
      code: 'recycled-text',
      what: 'A passage nearly the same as last year’s (six-character phrases compared with numbers, figures and punctuation set aside; sentences under 25 characters and sentences citing `${figures}` are not judged). The editor links last year’s sentence.',
      text: answered(edit('text: 调整充实法治政府建设领导小组。', `text: ${COPIED}`)),
      shown: `text: ${COPIED}\n# 去年同一句`,
      options: { previous },
    },
    {
      code: 'recycled-share',
      what: 'The share of the text carried over from last year (a note; a warning from 30%).',
      text: answered(edit('text: 调整充实法治政府建设领导小组。', `text: ${COPIED}`)),
      shown: `text: ${COPIED}`,
      options: { previous },
    },
    {
      code: 'plan-not-followed',
      what: 'One of last year’s plans that nothing in this year’s measures or shortcomings takes up (its topic words compared, set phrases such as 持续推进 left out). Marked at `measures`; the editor links last year’s plan.',
      text: VALID,
      shown: '# 去年：plans: - title: 建设行政执法监督信息平台\nmeasures:   # 今年没有提到',
      options: { previous },
    },
    {
      code: 'figure-jump',
      what: 'A figure (same `stats` name both years) that grew or shrank by the jump factor (default 5; `--jump-factor`) or more, when the larger is at least 20: 48 → 480 is usually a typo.',
      text: answered(`${VALID}stats:\n  legal_aid_cases: 480\n`),
      shown: '# 去年：legal_aid_cases: 48\nstats:\n  legal_aid_cases: 480',
      options: { previous },
    },
  ],
};
