#!/usr/bin/env node
// The import evaluation: every published report in a corpus folder is imported, checked and rendered, and the
// rendered text compared with a reference copy (the report with its page furniture removed by hand).
//
//   node scripts/eval-import.mjs [corpus-folder] [--markdown] [--only 012,031] [--packs-only]
//
// The folder (default eval/corpus/, git-ignored: real reports' texts never enter the repository) holds
// raw/NNN.<ext> (the page or file as found: .txt, .html, .mht, .pdf, .docx, .doc), ref/NNN.txt (the reference),
// and sources.tsv (id, url, jurisdiction, level, province, year, …) to fetch the set again.
// Similarity is 1 − edit distance / the longer length, after NFKC (the corpus texts come NFKC-normalised)
// and with all whitespace removed. Needs the built packages (pnpm build).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { distance } from 'fastest-levenshtein';

const root = fileURLToPath(new URL('..', import.meta.url));
const core = await import(join(root, 'packages/core/dist/index.js'));
const coreNode = await import(join(root, 'packages/core/dist/node/index.js'));

const args = process.argv.slice(2);
const markdown = args.includes('--markdown');
// --packs-only: the shipped packs only, no pack inferred from the report (fazhi import --template-free baseline).
const learn = !args.includes('--packs-only');
const only = args.includes('--only') ? new Set(args[args.indexOf('--only') + 1].split(',')) : undefined;
const folder = resolve(args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--only') ?? join(root, 'eval/corpus'));
if (!existsSync(join(folder, 'raw'))) {
  console.error(`${folder}: no raw/ folder. Put the corpus there (see docs/import.md, “The evaluation”), or name its folder.`);
  process.exit(2);
}

const catalog = new core.TemplateCatalog(coreNode.createFsTemplateHost({ dirs: [coreNode.builtinTemplatesDir()], cwd: root }));
const sources = readSources(join(folder, 'sources.tsv'));
const squash = (s) => s.normalize('NFKC').replace(/\s+/g, '');
const similarity = (a, b) => {
  const [x, y] = [squash(a), squash(b)];
  return Math.max(x.length, y.length) === 0 ? 1 : 1 - distance(x, y) / Math.max(x.length, y.length);
};

const rows = [];
for (const file of readdirSync(join(folder, 'raw')).sort()) {
  const id = file.replace(/\.[^.]+$/, '');
  if (only && !only.has(id)) continue;
  const refPath = join(folder, 'ref', `${id}.txt`);
  const row = { id, source: sources.get(id) ?? {}, template: '', errors: 0, warnings: 0, similarity: 0, failure: '', numbering: '' };
  try {
    const { text } = await core.readPublishedReport(readFileSync(join(folder, 'raw', file)), file, 'zh', { officeToDocx: coreNode.officeToDocx });
    const result = core.importReport(text, { catalog, fileName: file, today: new Date('2026-06-01'), ...(learn ? { learnFormat: { id: `imported-${id}` } } : {}) });
    const packs = result.newPack ? core.catalogWithPacks(catalog, { [result.newPack.id]: result.newPack.yaml }) : catalog;
    row.template = result.templateId;
    // What an inferred pack declares beyond 一、（一）一是 (the numbering the report uses that national does not print).
    if (result.newPack) row.numbering = declaredNumbering(result.newPack.yaml);
    row.warnings = result.warnings.length;
    const parsed = core.parseReport(result.yaml, { source: `${id}.yaml` });
    const errors = core.validateReport(parsed, { templates: packs }).filter((d) => d.severity === 'error');
    row.errors = errors.length + parsed.problems.length;
    if (errors.length) row.failure = errors.map((e) => e.code).join(' ');
    const rendered = core.renderReport(parsed, packs);
    if (!rendered.document) throw new Error(`render: ${rendered.problems.map((p) => p.message).join('; ')}`);
    row.similarity = existsSync(refPath) ? similarity(core.writeText(rendered.document), readFileSync(refPath, 'utf8')) : NaN;
  } catch (err) {
    row.failure = String(err?.message ?? err).split('\n')[0];
  }
  rows.push(row);
}

const ok = rows.filter((r) => !r.failure && r.errors === 0);
const good = rows.filter((r) => r.similarity >= 0.97);
const inferred = rows.filter((r) => r.template.startsWith('imported-'));
const numbered = inferred.filter((r) => r.numbering && r.similarity >= 0.97);
const summary = `${rows.length} reports: ${ok.length} import and check without errors; ${good.length} (${pct(good.length / rows.length)}) at similarity ≥ 0.97; median ${median(rows.map((r) => r.similarity)).toFixed(3)}; ${inferred.length} with an inferred pack, ${numbered.length} of them declaring numbering other than 一、（一）一是 and rendering back at ≥ 0.97`;
if (markdown) {
  console.log('| id | jurisdiction | level | year | pack | errors | notes | similarity |');
  console.log('| --- | --- | --- | --- | --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.id} | ${r.source.jurisdiction ?? ''} | ${r.source.level ?? ''} | ${r.source.year ?? ''} | ${r.template} | ${r.failure || r.errors} | ${r.warnings} | ${r.similarity.toFixed(3)} |`);
  console.log(`\n${summary}`);
} else {
  for (const r of rows) console.log(`${r.id}  ${r.similarity.toFixed(3)}  ${String(r.errors).padStart(2)} err  ${String(r.warnings).padStart(2)} notes  ${r.template.padEnd(22)} ${r.source.jurisdiction ?? ''}${r.numbering ? `  [${r.numbering}]` : ''}${r.failure ? `  ✗ ${r.failure}` : ''}`);
  console.log(summary);
}
process.exitCode = rows.length > 0 && ok.length === rows.length ? 0 : 1;

function readSources(path) {
  const out = new Map();
  if (!existsSync(path)) return out;
  const [head, ...lines] = readFileSync(path, 'utf8').split('\n').filter(Boolean);
  const keys = head.split('\t');
  for (const line of lines) {
    const cells = line.split('\t');
    out.set(cells[0], Object.fromEntries(keys.map((k, i) => [k, cells[i]])));
  }
  return out;
}
/** The enumerator styles an inferred manifest sets other than national's 一、（一）一是 (e.g. “1. （1）”). */
function declaredNumbering(yaml) {
  const styles = [...yaml.matchAll(/^\s*style: "?([^"\n]+?)"?\s*$/gm)].map((m) => m[1]).filter((st) => !['一、', '（一）', '一是'].includes(st));
  return [...new Set(styles)].join(' ');
}
function pct(x) {
  return `${Math.round(x * 100)} %`;
}
function median(xs) {
  const s = xs.filter((x) => !Number.isNaN(x)).sort((a, b) => a - b);
  return s.length ? s[Math.floor(s.length / 2)] : NaN;
}
