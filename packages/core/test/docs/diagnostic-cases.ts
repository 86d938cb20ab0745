import type { Rule, ValidateOptions } from '../../src/index.js';
import { VALID } from '../helpers.js';
import { catalogWith } from '../render/pack-host.js';

/** One documented code: what it means, and a data file that shows it (the doc prints what validation says). */
export interface DiagnosticCase {
  code: string;
  what: string;
  /** The whole example data file. */
  text: string;
  /** The lines of the example the doc shows. */
  shown: string;
  options?: ValidateOptions;
}

export interface CaseGroup {
  title: string;
  cases: DiagnosticCase[];
}

const edit = (from: string, to: string): string => {
  if (VALID.split(from).length !== 2) throw new Error(`"${from}" must occur once in VALID`);
  return VALID.replace(from, to);
};
const append = (lines: string) => `${VALID}${lines}`;
const plansText = (text: string) => edit('text: 系统学习习近平法治思想。', `text: ${text}`);

const throwing: Rule = {
  codes: ['example'],
  check() {
    throw new Error('example failure');
  },
};

export const CASE_GROUPS: CaseGroup[] = [
  {
    title: 'YAML syntax',
    cases: [
      { code: 'syntax', what: 'The file is not valid YAML (reported where the parser stops).', text: edit('year: 2023', 'year: [2023'), shown: 'year: [2023' },
      {
        code: 'indentation',
        what: 'After a syntax error: the line whose indentation fits no level above (keys of one level line up), and where it belongs. Reported instead of the parser\'s errors; fixed when one level is nearest.',
        text: edit('      points:', '     points:'),
        shown: '    - title: 坚持党的全面领导\n     points:',
      },
      { code: 'duplicate-key', what: 'The same key twice in one mapping.', text: edit('year: 2023\n', 'year: 2023\nyear: 2024\n'), shown: 'year: 2023\nyear: 2024' },
      {
        code: 'alias-limit',
        what: 'YAML aliases (`*name`) expand more than 100 times (a "billion laughs" file).',
        text: 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n',
        shown: 'a: &a [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]\nb: &b [*a, *a, …]\nc: [*b, *b, …]',
      },
      {
        code: 'nesting-limit',
        what: 'Lists or mappings nested more than 64 levels deep (a report needs about eight): usually indentation that keeps growing or brackets never closed. Marked at the first level too deep; nothing else is checked.',
        text: `stats: ${'['.repeat(70)}${']'.repeat(70)}\n`,
        shown: 'stats: [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[…',
      },
      {
        code: 'file-too-large',
        what: 'The text is over 16 M characters (a report is under 100,000): not parsed at all. The CLI refuses such a file before reading it.',
        text: `template: national\n${'#'.repeat(16 * 1024 * 1024)}\n`,
        shown: 'template: national\n################…  (16 M characters)',
      },
    ],
  },
  {
    title: 'Input-method slips',
    cases: [
      { code: 'fullwidth-colon', what: 'A full-width `：` after a key: YAML reads the line as one string. Reported instead of the errors it causes.', text: edit('year: 2023', 'year：2023'), shown: 'year：2023' },
      { code: 'fullwidth-indent', what: 'Full-width spaces (U+3000) in the indentation: YAML sees a different structure.', text: edit('  name: 万源市', '　name: 万源市'), shown: '　name: 万源市' },
      {
        code: 'tab-indent',
        what: 'A tab in the indentation, which YAML refuses: the spaces the line needs (the level it fits, a tab counted as two spaces, or the one nearest). Reported instead of the errors it causes.',
        text: edit('  name: 万源市', '\tname: 万源市'),
        shown: 'jurisdiction:\n→name: 万源市   # → is a tab',
      },
      {
        code: 'colon-in-text',
        what: 'A half-width colon and a space inside Chinese prose, which YAML reads as a key: the fix is a full-width colon. Reported instead of the errors it causes.',
        text: edit('intro: 主要负责人认真履行第一责任人职责。', 'intro: 主要负责人: 县政府认真履行第一责任人职责。'),
        shown: 'intro: 主要负责人: 县政府认真履行第一责任人职责。',
      },
      { code: 'fullwidth-quotes', what: 'A whole value inside full-width quotes, which YAML does not treat as quoting: they would be printed.', text: edit('- 依法行政认识有待强化', '- “依法行政认识有待强化”'), shown: '- “依法行政认识有待强化”' },
    ],
  },
  {
    title: 'Schema',
    cases: [
      { code: 'unknown-key', what: 'A key the schema does not allow here, with the closest allowed key (by spelling or Chinese title).', text: edit('jurisdiction:', 'jurisdictoin:'), shown: 'jurisdictoin:\n  name: 万源市' },
      { code: 'missing-key', what: 'A required key is missing; reported on the parent key (or, at the top level and in list items, on the first key).', text: edit('  name: 万源市\n', ''), shown: 'jurisdiction:\n  kind: county-city' },
      { code: 'wrong-type', what: 'A value of the wrong type, or empty; the innermost error, not every failing alternative.', text: edit('year: 2023', 'year: "2023"'), shown: 'year: "2023"' },
      { code: 'bad-enum', what: 'A value outside a fixed list; the message lists the allowed values.', text: edit('kind: county-city', 'kind: county_city'), shown: 'kind: county_city' },
      { code: 'invalid-value', what: 'A value of the right type but the wrong form: a date pattern, a range, an empty string, a figure name.', text: edit('published: 2024-03-01', 'published: 2024/03/01'), shown: 'published: 2024/03/01' },
    ],
  },
  {
    title: 'Prose',
    cases: [
      { code: 'halfwidth-punctuation', what: 'Half-width , : ; ( ) ? ! in Chinese text (numbers, times, Latin text, URLs and figure references keep theirs).', text: plansText('系统学习,提高能力'), shown: 'text: 系统学习,提高能力' },
      { code: 'unbalanced-pair', what: 'An unclosed or stray “” 《》 （） 【】 ‘’ within one value.', text: plansText('印发《实施方案'), shown: 'text: 印发《实施方案' },
      { code: 'duplicate-enumerator', what: 'A title or point that starts with its own enumerator (一是 （一） 一、 1.) although the template numbers it.', text: edit('title: 坚持党的全面领导', 'title: （一）坚持党的全面领导'), shown: '- title: （一）坚持党的全面领导' },
      { code: 'title-full-stop', what: 'A heading ends in 。: the template adds it where the format wants one.', text: edit('title: 强化组织建设', 'title: 强化组织建设。'), shown: '- title: 强化组织建设。' },
      { code: 'placeholder', what: 'Placeholder text left in: 【待填写…】, （待填写）, TODO, ××, XXX.', text: plansText('全年办理【待填写】件'), shown: 'text: 全年办理【待填写】件' },
      { code: 'unplaced-text', what: 'The importer left passages under `unplaced`.', text: append('unplaced:\n  - 一段未归类的文字\n'), shown: 'unplaced:\n  - 一段未归类的文字' },
      { code: 'control-character', what: 'An invisible control character (pasted from another program, or a `\\x07`-style escape in double quotes). The writers drop it; the fix deletes it.', text: plansText('系统学习\u0007习近平法治思想。'), shown: 'text: 系统学习␇习近平法治思想。   # ␇ is U+0007 (BEL)' },
    ],
  },
  {
    title: 'Report rules',
    cases: [
      { code: 'missing-part', what: 'A part 《法治政府建设与责任落实督察工作规定》 requires is missing or empty (a warning: rendering still works).', text: edit('responsibility:\n  intro: 主要负责人认真履行第一责任人职责。\n', ''), shown: 'template: national\n# no responsibility part' },
      { code: 'sections-and-items', what: 'Measures have thematic `sections` and also items, points, intro or title of their own.', text: edit('measures:\n', 'measures:\n  sections:\n    - title: 夯实基础\n'), shown: 'measures:\n  sections:\n    - title: 夯实基础\n  items:\n    - title: 坚持党的全面领导' },
      { code: 'invalid-date', what: 'A date that does not exist.', text: edit('published: 2024-03-01', 'published: 2024-02-30'), shown: 'published: 2024-02-30' },
      { code: 'published-too-early', what: 'Published within the report year.', text: edit('published: 2024-03-01', 'published: 2023-12-20'), shown: 'year: 2023\npublished: 2023-12-20' },
      { code: 'published-too-late', what: 'Published on or after 1 April of the next year (Article 24).', text: edit('published: 2024-03-01', 'published: 2024-04-15'), shown: 'year: 2023\npublished: 2024-04-15' },
      { code: 'signature-date', what: 'The signature is dated within the report year.', text: edit('date: 2024-02-28', 'date: 2023-12-31'), shown: 'year: 2023\nsignature:\n  date: 2023-12-31' },
      { code: 'plan-year', what: 'Next-year plans dated to another year (copied from last year\'s file).', text: edit('title: 持续学习贯彻习近平法治思想', 'title: 2023年度持续学习贯彻习近平法治思想'), shown: 'year: 2023\nplans:\n  items:\n    - title: 2023年度持续学习贯彻习近平法治思想' },
      { code: 'title-year', what: 'The report title or a part heading names another year.', text: append('title: 万源市2022年度法治政府建设情况报告\n'), shown: 'year: 2023\ntitle: 万源市2022年度法治政府建设情况报告' },
      { code: 'stale-name', what: 'A 普法 plan, 五年规划 or 实施纲要 whose period does not cover the report year.', text: plansText('深入开展“七五”普法'), shown: 'year: 2023\n…text: 深入开展“七五”普法' },
    ],
  },
  {
    title: 'Figures',
    cases: [
      { code: 'unknown-figure', what: 'A `${name}` reference to a figure not defined under `stats`; suggests the closest figure (a slip of the keys, or the figure of the same group whose name keeps most letters typed: `reconsideration.closed` → `reconsideration.concluded`).', text: append('stats:\n  reconsideration:\n    received: 48\n').replace('text: 系统学习习近平法治思想。', 'text: 收到${reconsideration.recieved}件。'), shown: 'text: 收到${reconsideration.recieved}件。\nstats:\n  reconsideration:\n    received: 48' },
      { code: 'figure-syntax', what: 'A figure reference typed with full-width characters, or incomplete.', text: append('stats:\n  cases: 3\n').replace('text: 系统学习习近平法治思想。', 'text: 共￥｛cases｝件。'), shown: 'text: 共￥｛cases｝件。' },
      { code: 'figure-inconsistent', what: 'Known figures that contradict each other (reconsideration: accepted ≤ received, concluded ≤ accepted; litigation: heads appeared ≤ hearings ≤ cases).', text: append('stats:\n  reconsideration:\n    received: 48\n    accepted: 50\n'), shown: 'stats:\n  reconsideration:\n    received: 48\n    accepted: 50' },
    ],
  },
  {
    title: 'Templates',
    cases: [
      { code: 'unknown-template', what: 'No template pack has this id; suggests the closest.', text: edit('template: national', 'template: nationl'), shown: 'template: nationl' },
      {
        code: 'template-broken',
        what: 'The chosen pack cannot be loaded (its manifest is invalid); `fazhi templates lint` says more.',
        text: edit('template: national', 'template: broken'),
        shown: 'template: broken   # templates/broken/template.yaml has order: nope',
        options: { templates: catalogWith({ broken: { 'template.yaml': 'id: broken\nname: 坏\norder: nope\n' } }) },
      },
      { code: 'template-requires', what: 'A field the chosen pack requires (its manifest `requires`) is missing.', text: edit('template: national', 'template: wanyuan-county-city'), shown: 'template: wanyuan-county-city\n# no recipient' },
      { code: 'not-printed', what: 'Content the chosen pack does not print: a part outside its `order` (warning) or an optional field it hides (info).', text: edit('template: national', 'template: pingdingshan-hitech-zone'), shown: 'template: pingdingshan-hitech-zone\nresponsibility:\n  intro: …' },
      { code: 'missing-signature', what: 'The chosen pack prints a 落款 (signature) but the report has none (`fazhi new` writes it commented out).', text: edit('signature:\n  organization: 万源市人民政府\n  date: 2024-02-28\n', ''), shown: 'template: national\n# signature:\n#   organization: 万源市人民政府' },
    ],
  },
  {
    title: 'Internal',
    cases: [
      { code: 'internal-error', what: 'A rule failed; the other rules still ran. Please report it.', text: VALID, shown: '(any file)', options: { rules: [throwing] } },
    ],
  },
];
