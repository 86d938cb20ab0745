import { extname } from 'node:path';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { DEFAULT_FORMAT, FORMATS, formatById, type OutputFormat } from './formats.js';
import { outIsFolder } from './output-path.js';

/** Other spellings of a format's extension that a writer may type. */
const ALSO: Record<string, string> = { '.htm': 'html', '.markdown': 'md', '.text': 'txt' };

/** The format an output file name asks for by its extension, if any. */
function formatOfName(name: string): OutputFormat | undefined {
  const ext = extname(name).toLowerCase();
  return FORMATS.find((f) => f.extension === ext) ?? (ALSO[ext] ? formatById(ALSO[ext] as string) : undefined);
}

/**
 * The output format of `fazhi render`: `--format`, else the extension of an `--out` file name (`--out 报告.docx`
 * renders Word), else HTML. A name and a `--format` that disagree, or a name whose extension is no format, are
 * refused rather than guessed: a writer who types `--out 报告.docx` and gets HTML in it hands in a broken file.
 */
export function chooseFormat(flag: string | undefined, out: string | undefined, many: boolean, lang: Lang): OutputFormat {
  const named = flag === undefined ? undefined : formatById(flag);
  const ids = FORMATS.map((f) => f.id);
  if (flag !== undefined && !named) {
    throw new UserError(t(lang, `不支持的格式“${flag}”。可用：${ids.join('、')}。`, `Unknown format "${flag}". Available: ${ids.join(', ')}.`), 2);
  }
  if (out === undefined || out === '-' || outIsFolder(out, many)) return named ?? (formatById(DEFAULT_FORMAT) as OutputFormat);
  const ext = extname(out);
  const byName = formatOfName(out);
  if (named && byName && named !== byName) {
    throw new UserError(
      t(
        lang,
        `--format ${named.id} 与输出文件名 ${out} 的扩展名（${ext}，即 ${byName.id}）不一致。请去掉 --format（按扩展名输出 ${byName.id}），或把文件名改为以 ${named.extension} 结尾。`,
        `--format ${named.id} contradicts the output name ${out}, whose extension ${ext} means ${byName.id}. Drop --format (to write ${byName.id}) or end the name in ${named.extension}.`,
      ),
      2,
    );
  }
  if (named) return named;
  if (byName) return byName;
  if (ext === '') return formatById(DEFAULT_FORMAT) as OutputFormat;
  const exts = FORMATS.map((f) => f.extension).join(t(lang, '、', ', '));
  throw new UserError(
    t(
      lang,
      `从输出文件名 ${out} 看不出格式：扩展名 ${ext} 不是可输出的格式。请把文件名改为以 ${exts} 之一结尾，或用 --format 指定（${ids.join('、')}）。`,
      `Cannot tell the format from the output name ${out}: ${ext} is not an output format. End the name in one of ${exts}, or give --format (${ids.join(', ')}).`,
    ),
    2,
  );
}
