/**
 * The document furniture a scaffolded example must carry so that each `show:` switch changes example.txt.
 * A pack's example shows what its format prints; one without a 文号 or an attachment would let a new pack turn
 * `show.document_number` on (or `show.attachments` off) without `fazhi templates lint` seeing any difference.
 */

interface ExampleData {
  year?: unknown;
  jurisdiction?: { name?: unknown; short_name?: unknown; kind?: unknown; superior?: unknown };
  signature?: { organization?: unknown; date?: unknown };
  [key: string]: unknown;
}

const text = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);

/** Who issues a report of this kind: 示例县人民政府, 示例街道办事处, 示例高新区管理委员会, or a department itself. */
function issuerOf(name: string, kind: unknown): string {
  if (kind === 'department') return name;
  if (kind === 'street-office') return `${name}办事处`;
  if (kind === 'development-zone') return `${name}管理委员会`;
  return `${name}人民政府`;
}

/**
 * YAML blocks (block style, as writers' files are) for each furniture key the example lacks: 文号, 主送机关,
 * 落款, one attachment with a table, 抄送 and 印发. Empty when the example has them all.
 */
export function missingFurniture(data: ExampleData): string {
  const name = text(data.jurisdiction?.name) ?? '示例县';
  const kind = data.jurisdiction?.kind;
  const superior = text(data.jurisdiction?.superior);
  const year = typeof data.year === 'number' ? data.year : 2023;
  const issuer = text(data.signature?.organization) ?? issuerOf(name, kind);
  const date = text(data.signature?.date) ?? `${year + 1}-03-20`;
  const blocks: Record<string, string> = {
    document_number: `document_number: ${text(data.jurisdiction?.short_name) ?? name}发〔${year + 1}〕1号\n`,
    recipient: `recipient: ${kind === 'province' ? '党中央、国务院' : superior ? `${superior}人民政府` : '上级机关'}\n`,
    signature: `signature:\n  organization: ${issuer}\n  date: ${date}\n`,
    attachments: [
      'attachments:',
      `  - title: ${name}${year}年度行政复议和行政诉讼案件统计表`,
      '    tables:',
      '      - header: [案件类型, 收案数, 办结数]',
      '        rows:',
      '          - [行政复议, 12, 10]',
      '          - [行政诉讼, 8, 7]',
      '',
    ].join('\n'),
    copy_to: `copy_to: ${superior ?? name}人大常委会办公室，${superior ?? name}政协办公室\n`,
    printed_by: `printed_by:\n  organization: ${issuer}办公室\n  date: ${date}\n`,
  };
  const missing = Object.keys(blocks).filter((key) => data[key] === undefined || data[key] === null);
  if (missing.length === 0) return '';
  return (
    '# Added by `fazhi templates new` (the parent example lacks them), so that turning a `show:` switch on or off\n' +
    '# changes example.txt. Delete what your format never prints, then regenerate example.txt.\n' +
    missing.map((key) => blocks[key]).join('')
  );
}
