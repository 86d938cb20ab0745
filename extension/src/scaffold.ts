// A new report data file with every required part, each under a comment naming it in Chinese (from the schema),
// and 【待填写】 where the writer must write: the validator flags what is left. Pure (no vscode) for unit tests.
// Stands in until `fazhi new` (issue 7) lands in core; then this should call it.
import { describeNode, JURISDICTION_KINDS, schemaAt, type JurisdictionKind } from '@fazhi/schema';
import { stringify } from 'yaml';

const PLACEHOLDER = '【待填写】';
/** The four parts every annual report has (DOMAIN.md), in the usual order. */
export const SCAFFOLD_PARTS = ['measures', 'responsibility', 'shortcomings', 'plans'] as const;

export interface ScaffoldOptions {
  template: string;
  year: number;
  jurisdiction: { name: string; kind?: JurisdictionKind; superior?: string };
  /** The pack's own part order, when it has one. */
  order?: readonly string[];
}

export function scaffoldReport(options: ScaffoldOptions): string {
  const { template, year, jurisdiction } = options;
  const parts = [...SCAFFOLD_PARTS].sort((a, b) => rank(options.order, a) - rank(options.order, b));
  const lines = [
    `# ${jurisdiction.name}${year}年法治政府建设年度报告的数据文件。把【待填写】换成实际内容；`,
    '# 悬停在键名上可查看说明，Ctrl+Space 补全；“渲染报告”命令生成 Word 等格式。',
    comment(['template']),
    `template: ${scalar(template)}`,
    comment(['year']),
    `year: ${year}`,
    comment(['jurisdiction']),
    'jurisdiction:',
    `  name: ${scalar(jurisdiction.name)}`,
    `  kind: ${jurisdiction.kind ?? 'county'}${kindComment(jurisdiction.kind ?? 'county')}`,
    `  superior: ${scalar(jurisdiction.superior ?? PLACEHOLDER)}`,
    comment(['preamble']),
    'preamble:',
    `  text: ${scalar(`${year}年，${PLACEHOLDER}。现将有关情况报告如下：`)}`,
  ];
  for (const part of parts) {
    lines.push('', comment([part]), `${part}:`, '  items:', `    - title: ${PLACEHOLDER}`, `      text: ${PLACEHOLDER}`);
  }
  lines.push(
    '',
    comment(['signature']),
    'signature:',
    `  organization: ${scalar(`${jurisdiction.name}人民政府`)}`,
    `  date: ${year + 1}-01-31`,
    '',
  );
  return lines.join('\n');
}

function rank(order: readonly string[] | undefined, part: string): number {
  const at = order?.indexOf(part) ?? -1;
  return at === -1 ? SCAFFOLD_PARTS.indexOf(part as (typeof SCAFFOLD_PARTS)[number]) + 100 : at;
}

function comment(path: string[]): string {
  const node = schemaAt(path);
  const title = node ? describeNode(node).title : undefined;
  return title ? `# ${title}` : `# ${path.join('.')}`;
}

function kindComment(kind: JurisdictionKind): string {
  return `  # ${JURISDICTION_KINDS[kind]}；可选：${Object.keys(JURISDICTION_KINDS).join(' / ')}`;
}

/** A YAML scalar exactly as `yaml` would write it (quoted when needed). */
function scalar(value: string): string {
  return stringify(value).trimEnd();
}
