import { reportSchema } from '@fazhi/schema';
import type { Command } from '../command.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { t, type Lang } from '../i18n.js';

/**
 * `fazhi schema [--out file]`: the report JSON Schema, for `# yaml-language-server: $schema=…` or any
 * editor that validates YAML against a schema.
 */
export function schema(out: string | undefined, lang: Lang): number {
  const text = JSON.stringify(reportSchema, null, 2) + '\n';
  if (!out) {
    process.stdout.write(text);
    return 0;
  }
  writeFileAtomic(out, text, lang);
  process.stderr.write(t(lang, `已写出 ${out}\n`, `Wrote ${out}\n`));
  return 0;
}

export const schemaCommand: Command = {
  name: 'schema',
  summary: { zh: '输出数据文件的 JSON Schema（供编辑器校验）', en: 'print the data file JSON Schema (for editors)' },
  help: {
    args: { zh: '[选项]', en: '[options]' },
    options: { out: { value: { zh: '文件', en: 'file' }, text: { zh: '写到这个文件', en: 'write it to this file' }, default: { zh: '标准输出', en: 'standard output' } } },
    examples: [
      { command: 'fazhi schema --out report.schema.json', text: { zh: '写出 report.schema.json，供支持 YAML 的编辑器校验', en: 'write report.schema.json for any YAML-aware editor' } },
      { command: 'fazhi schema', text: { zh: '输出到标准输出', en: 'print it to standard output' } },
    ],
  },
  options: { out: { type: 'string' } },
  run: (v, _files, lang) => schema(typeof v.out === 'string' ? v.out : undefined, lang),
};
