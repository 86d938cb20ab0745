import { mkdirSync } from 'node:fs';
import { relative } from 'node:path';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { expandFiles } from '../input/expand-files.js';
import { styleFor } from '../output/style.js';
import { formatDiagnostic } from '../output/terminal-diagnostics.js';
import { DEFAULT_FORMAT, FORMATS, formatById } from '../render/formats.js';
import { outputPath } from '../render/output-path.js';
import { renderFile, type RenderFileResult } from '../render/render-file.js';
import { catalogFor } from '../templates.js';

export interface RenderOptions {
  files: string[];
  format: string;
  out?: string;
  lang: Lang;
  templates: string[];
}

/** `fazhi render`: each data file to a finished report; exit 1 when any file could not be rendered. */
export async function render(options: RenderOptions): Promise<number> {
  const { lang } = options;
  const format = formatById(options.format);
  if (!format) {
    throw new UserError(t(lang, `不支持的格式“${options.format}”。可用：${FORMATS.map((f) => f.id).join('、')}。`, `Unknown format "${options.format}". Available: ${FORMATS.map((f) => f.id).join(', ')}.`), 2);
  }
  if (options.files.length === 0) {
    throw new UserError(t(lang, '请指定要渲染的数据文件，例如：fazhi render examples/haian-2023.yaml', 'Name the data files to render, e.g. fazhi render examples/haian-2023.yaml'), 2);
  }
  const catalog = catalogFor(options.templates);
  const files = expandFiles(options.files, lang);
  const results: RenderFileResult[] = [];
  for (const file of files) {
    const target = outputPath(file, format.extension, options.out, files.length > 1);
    if (target.dir) ensureDir(target.dir, lang);
    const result = await renderFile(file, format, target.path, catalog, lang);
    printResult(result, lang);
    results.push(result);
  }
  const failed = results.filter((r) => !r.output).length;
  if (results.length > 1) {
    const ok = results.length - failed;
    process.stdout.write(t(lang, `渲染了 ${ok} 个文件，${failed} 个失败。`, `Rendered ${ok} file(s), ${failed} failed.`) + '\n');
  }
  return failed ? 1 : 0;
}

function ensureDir(dir: string, lang: Lang) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UserError(t(lang, `无法创建输出文件夹 ${dir}：${(err as Error).message}`, `Cannot create the output folder ${dir}: ${(err as Error).message}`));
  }
}

function printResult(r: RenderFileResult, lang: Lang) {
  const style = styleFor(process.stdout);
  for (const note of r.notes) process.stdout.write(`${style.yellow(note)}\n`);
  if (r.failure) {
    process.stdout.write(`${style.red(r.failure)}\n`);
    return;
  }
  for (const d of r.diagnostics) {
    if (r.lines) process.stdout.write(formatDiagnostic(d, r.file, r.lines, style, lang) + '\n\n');
  }
  if (r.output) {
    const rel = relative(process.cwd(), r.output);
    const shown = rel && !rel.startsWith('..') ? rel : r.output;
    process.stdout.write(t(lang, `已生成 ${shown}（${r.characters} 字）`, `Wrote ${shown} (${r.characters} characters)`) + '\n');
  } else {
    process.stdout.write(style.red(t(lang, `${r.file}：有错误，没有生成报告。改正上面的错误后再渲染。`, `${r.file}: not rendered because of the errors above.`)) + '\n');
  }
}

export const renderCommand: Command = {
  name: 'render',
  summary: { zh: '把数据文件渲染成本地区格式的报告', en: "render data files into the jurisdiction's report format" },
  usage: `fazhi render <文件、文件夹或通配符…> [--format ${FORMATS.map((f) => f.id).join('|')}] [--out 文件或目录] [--templates 目录]`,
  options: { format: { type: 'string', short: 'f', default: DEFAULT_FORMAT }, out: { type: 'string', short: 'o' }, templates: { type: 'string', multiple: true } },
  run: (v, files, lang) => render({ files, format: String(v.format), out: typeof v.out === 'string' ? v.out : undefined, lang, templates: list(v.templates) }),
};
