// docs/data-format.md, written from the schema's own field documentation so the two cannot disagree.
// `pnpm --filter @fazhi/schema generate` rewrites it; a test fails while it is stale.
import { branchesOf, deref } from '../dist/index.js';

const typeOf = (node) => {
  const branches = branchesOf(node);
  const names = branches.map((b) => {
    if (b.$ref) return b.$ref.split('/').pop();
    if (b.type === 'array') {
      const items = b.items ? deref(b.items) : {};
      return `list of ${items.title ? items.title : typeOf(items)}`;
    }
    if (b.enum) return b.enum.map((v) => `\`${v}\``).join(' / ');
    return Array.isArray(b.type) ? b.type.join(' | ') : b.type ?? 'any';
  });
  return [...new Set(names)].join(' or ');
};

const cell = (s) => String(s ?? '').replace(/\|/g, '\\|').replace(/\n/g, ' ');
const example = (node) => (node.examples?.length ? `\`${JSON.stringify(node.examples[0]).slice(0, 80)}\`` : '');

function table(path, node, out, seen) {
  const obj = branchesOf(node).find((b) => b.type === 'object' && b.properties);
  if (!obj || seen.has(obj)) return;
  seen.add(obj);
  const required = new Set(obj.required ?? []);
  out.push(`\n### \`${path || '(top level)'}\`${node.title ? ` ${node.title}` : ''}\n`);
  if (node.description) out.push(`${node.description}${node['x-description-en'] ? ` *${node['x-description-en']}*` : ''}\n`);
  out.push('| key | 名称 | type | required | what it is | example |', '|---|---|---|---|---|---|');
  const nested = [];
  for (const [key, raw] of Object.entries(obj.properties)) {
    const child = deref(raw);
    out.push(`| \`${key}\` | ${cell(child.title)} | ${cell(typeOf(raw))} | ${required.has(key) ? 'yes' : ''} | ${cell(child.description)}<br>*${cell(child['x-description-en'])}*${child['x-basis'] ? `<br>依据：${cell(child['x-basis'])}` : ''} | ${cell(example(child))} |`);
    nested.push([path ? `${path}.${key}` : key, child]);
  }
  for (const [p, child] of nested) {
    for (const b of branchesOf(child)) {
      if (b.type === 'object') table(p, child, out, seen);
      if (b.type === 'array' && b.items) table(`${p}[]`, deref(b.items), out, seen);
    }
  }
}

export function renderDataFormat(schema) {
  const out = [
    '# The report data file',
    '',
    '<!-- Generated from packages/schema by `pnpm --filter @fazhi/schema generate`; edit the schema, not this file. -->',
    '',
    'A data file is YAML. Its first key names the template pack (`template: national`); the rest is the',
    "report's content. Prose is written as it should print, without enumerators (the template numbers",
    '（一）、一是) and without a full stop after titles. Numbers that recur go under `stats` and are referenced in',
    'prose as `${name}` or `${group.name}`. Editors that speak the YAML language server can use the schema',
    'directly: `# yaml-language-server: $schema=<path to report.schema.json>` (see `fazhi schema`).',
  ];
  table('', schema, out, new Set());
  return out.join('\n') + '\n';
}
