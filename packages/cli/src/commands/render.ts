import { dirname } from 'node:path';
import { makeFolder, whyWriteFailed } from '@fazhi/core/node';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { expandFiles } from '../input/expand-files.js';
import { watchFolder } from '../interruption.js';
import { colorOn, styleFor } from '../output/style.js';
import { sweepPdfScratch } from '../render/pdf-scratch.js';
import { chooseFormat } from '../render/choose-format.js';
import { refuseCollisions, withoutRepeats } from '../render/collisions.js';
import { DEFAULT_FORMAT, FORMATS, type OutputFormat } from '../render/formats.js';
import { outputPath } from '../render/output-path.js';
import { renderBatch } from '../render/batch.js';
import { describeResult } from '../render/describe-result.js';
import { renderFile, STDOUT } from '../render/render-file.js';
import { catalogFor, withDataFolders } from '../templates.js';
import { fontsLine } from '../fonts/font-report.js';

export interface RenderOptions {
  files: string[];
  /** `--format`; absent: the `--out` file's extension decides, else HTML. */
  format?: string;
  out?: string;
  lang: Lang;
  templates: string[];
}

/** `fazhi render`: each data file to a finished report; exit 1 when any file could not be rendered. */
export async function render(options: RenderOptions): Promise<number> {
  const { lang } = options;
  if (options.files.length === 0) {
    throw new UserError(t(lang, '请指定要渲染的数据文件，例如：fazhi render examples/haian-2023.yaml', 'Name the data files to render, e.g. fazhi render examples/haian-2023.yaml'), 2);
  }
  const files = withoutRepeats(expandFiles(options.files, lang));
  const format = chooseFormat(options.format, options.out, files.length > 1, lang);
  const templates = withDataFolders(options.templates, files);
  if (options.out === STDOUT) return renderToStdout(files, format, { ...options, templates });
  const targets = files.map((file) => ({ file, ...outputPath(file, format.extension, options.out, files.length > 1) }));
  const jobs = targets.map(({ file, path }) => ({ file, target: path }));
  // Before any folder is made or file written: two inputs for one output lose one report.
  refuseCollisions(jobs, lang);
  for (const dir of new Set(targets.map((t) => t.dir))) if (dir) ensureDir(dir, lang);
  // What an interrupted run leaves is removed: this run's on a signal, a killed run's now (interruption.ts).
  for (const { target } of jobs) watchFolder(dirname(target));
  if (format.id === 'pdf') sweepPdfScratch('stale');
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
    // Not mkdirSync's recursive mode: it never returns for a folder under /proc.
    makeFolder(dir);
  } catch (err) {
    const why = whyWriteFailed(err);
    throw new UserError(t(lang, `无法创建输出文件夹 ${dir}：${why.zh}`, `Cannot create the output folder ${dir}: ${why.en}`));
  }
}

export const renderCommand: Command = {
  name: 'render',
  summary: { zh: '把数据文件渲染成本地区格式的报告', en: "render data files into the jurisdiction's report format" },
  help: {
    args: { zh: '<文件、文件夹或通配符…> [选项]', en: '<files, folders or globs…> [options]' },
    options: {
      format: {
        value: { zh: '格式', en: 'format' },
        text: { zh: `输出格式：${FORMATS.map((f) => f.id).join('、')}`, en: `output format: ${FORMATS.map((f) => f.id).join(', ')}` },
        default: { zh: `按 --out 的扩展名，否则 ${DEFAULT_FORMAT}`, en: `from --out's extension, else ${DEFAULT_FORMAT}` },
      },
      out: {
        value: { zh: '文件|文件夹|-', en: 'file|folder|-' },
        text: { zh: '写到哪里：一个文件、一个文件夹（多个数据文件时），或 - 表示标准输出', en: 'where to write: a file, a folder (for several data files), or - for standard output' },
        default: { zh: '数据文件旁边，同名换扩展名', en: 'beside each data file, same name with the format’s extension' },
      },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi render examples/haian-2023.yaml --format docx', text: { zh: '生成 Word 文档 examples/haian-2023.docx', en: 'write the Word document examples/haian-2023.docx' } },
      { command: 'fazhi render examples/ --format pdf --out out/', text: { zh: '把文件夹里的每个数据文件转成 PDF，放到 out/', en: 'render every data file in a folder to PDF, into out/' } },
      { command: 'fazhi render examples/haian-2023.yaml --format md --out -', text: { zh: '把 Markdown 写到标准输出', en: 'write Markdown to standard output' } },
    ],
  },
  options: { format: { type: 'string', short: 'f' }, out: { type: 'string', short: 'o' }, ...TEMPLATES_OPTION },
  run: (v, files, lang) => render({ files, format: typeof v.format === 'string' ? v.format : undefined, out: typeof v.out === 'string' ? v.out : undefined, lang, templates: list(v.templates) }),
};
