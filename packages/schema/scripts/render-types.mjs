import { compile } from 'json-schema-to-typescript';

const BANNER = '// Generated from the report JSON Schema by scripts/generate-types.mjs. Do not edit by hand.';

/**
 * The generator names a type after its node's `title`, which is Chinese here. Name the structured nodes
 * after their English title instead, inline the scalars, and keep both languages in the doc comments.
 */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (!node || typeof node !== 'object') return node;
  const out = {};
  for (const [k, v] of Object.entries(node)) {
    if (k === 'title' || k === 'markdownDescription' || k === 'examples' || k.startsWith('x-')) continue;
    out[k] = k === 'enum' ? v : forTypes(v);
  }
  const structured = node.type === 'object' || Array.isArray(node.anyOf);
  if (structured && typeof node['x-title-en'] === 'string') out.title = pascal(node['x-title-en']);
  if (typeof node.title === 'string') {
    const en = node['x-description-en'] ? `\n\n${node['x-description-en']}` : '';
    out.description = `${node.title}：${node.description ?? ''}${en}`;
  }
  return out;
}

const pascal = (s) => s.replace(/[^A-Za-z0-9]+(.)?/g, (_, c) => (c ? c.toUpperCase() : '')).replace(/^./, (c) => c.toUpperCase());

/** The TypeScript declarations of the report data model, as text. */
export async function renderReportTypes(schema) {
  const clean = forTypes(schema);
  delete clean.$id; // keeps the generator from resolving the id over the network
  delete clean.$schema;
  return compile(clean, 'ReportData', {
    bannerComment: BANNER,
    additionalProperties: false,
    strictIndexSignatures: true,
    style: { singleQuote: true, printWidth: 110 },
  });
}
