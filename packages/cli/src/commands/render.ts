import { mkdirSync } from 'node:fs';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { expandFiles } from '../input/expand-files.js';
import { colorOn, styleFor } from '../output/style.js';
import { DEFAULT_FORMAT, FORMATS, formatById, type OutputFormat } from '../render/formats.js';
import { outputPath } from '../render/output-path.js';
import { renderBatch } from '../render/batch.js';
import { describeResult } from '../render/describe-result.js';
import { renderFile, STDOUT } from '../render/render-file.js';
import { catalogFor, withDataFolders } from '../templates.js';
import { fontsLine } from '../fonts/font-report.js';

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
  const files = expandFiles(options.files, lang);
  const templates = withDataFolders(options.templates, files);
  if (options.out === STDOUT) return renderToStdout(files, format, { ...options, templates });
  const jobs = files.map((file) => {
    const target = outputPath(file, format.extension, options.out, files.length > 1);
    if (target.dir) ensureDir(target.dir, lang);
    return { file, target: target.path };
  });
  const style = styleFor(process.stdout);
  if (jobs.length >= BATCH_THRESHOLD) {
    const { ok, failed, scripts } = await renderBatch(jobs, { format: format.id, templates, lang, color: colorOn(process.stdout) }, lang);
    if (format.namesFonts && scripts.length) process.stdout.write(fontsLine(scripts, lang) + '\n');
    summary(ok, failed, lang);
    return failed ? 1 : 0;
  }
  const catalog = catalogFor(templates);
  let failed = 0;
  const scripts = new Set<string>();
  for (const job of jobs) {
    const result = await renderFile(job.file, format, job.target, catalog, lang);
    process.stdout.write(describeResult(result, lang, style));
    if (!result.output) failed++;
    if (result.script) scripts.add(result.script);
  }
  if (format.namesFonts && scripts.size) process.stdout.write(fontsLine([...scripts], lang) + '\n');
  if (jobs.length > 1) summary(jobs.length - failed, failed, lang);
  return failed ? 1 : 0;
}

/** One file's report on standard output; what is said about it goes to standard error, so the pipe gets only the report. */
async function renderToStdout(files: string[], format: OutputFormat, options: RenderOptions): Promise<number> {
  const { lang } = options;
  if (files.length !== 1) {
    throw new UserError(t(lang, `--out - 把报告写到标准输出，只能用于一个文件（这里有 ${files.length} 个）。`, `--out - writes the report to standard output, for one file only (got ${files.length}).`), 2);
  }
  const result = await renderFile(files[0] as string, format, STDOUT, catalogFor(options.templates), lang);
  process.stderr.write(describeResult(result, lang, styleFor(process.stderr)));
  return result.output ? 0 : 1;
}

/** Below this many files, starting worker threads costs more than it saves. */
const BATCH_THRESHOLD = 4;

function summary(ok: number, failed: number, lang: Lang) {
  process.stdout.write(t(lang, `渲染了 ${ok} 个文件，${failed} 个失败。`, `Rendered ${ok} file(s), ${failed} failed.`) + '\n');
}

function ensureDir(dir: string, lang: Lang) {
  try {
    mkdirSync(dir, { recursive: true });
  } catch (err) {
    throw new UserError(t(lang, `无法创建输出文件夹 ${dir}：${(err as Error).message}`, `Cannot create the output folder ${dir}: ${(err as Error).message}`));
  }
}

export const renderCommand: Command = {
  name: 'render',
  summary: { zh: '把数据文件渲染成本地区格式的报告', en: "render data files into the jurisdiction's report format" },
  usage: `fazhi render <文件、文件夹或通配符…> [--format ${FORMATS.map((f) => f.id).join('|')}] [--out 文件、目录或 -] [--templates 目录]`,
  options: { format: { type: 'string', short: 'f', default: DEFAULT_FORMAT }, out: { type: 'string', short: 'o' }, templates: { type: 'string', multiple: true } },
  run: (v, files, lang) => render({ files, format: String(v.format), out: typeof v.out === 'string' ? v.out : undefined, lang, templates: list(v.templates) }),
};
