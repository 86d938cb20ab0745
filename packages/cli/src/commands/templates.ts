import { relative } from 'node:path';
import { lintPack } from '@fazhi/core';
import { list, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { styleFor } from '../output/style.js';
import { catalogFor } from '../templates.js';
import { checkExample, checkGolden } from '../templates-kit/golden.js';
import { listPacks } from '../templates-kit/list.js';
import { newPack } from '../templates-kit/new-pack.js';

/** `fazhi templates list|new|lint`: the template maintainer's kit. */
function run(values: Record<string, unknown>, args: string[], lang: Lang): number {
  const [sub, ...rest] = args;
  const dirs = list(values.templates);
  const catalog = catalogFor(dirs);
  switch (sub) {
    case 'list':
      process.stdout.write(listPacks(catalog, lang));
      return 0;
    case 'new': {
      const [id] = rest;
      if (!id) throw new UserError(t(lang, '用法：fazhi templates new <模板名> --extends <上级模板>', 'Usage: fazhi templates new <id> --extends <pack>'), 2);
      const dir = typeof values.dir === 'string' ? values.dir : 'templates';
      const written = newPack(id, String(values.extends ?? 'national'), dir, catalog, lang);
      for (const f of written) process.stdout.write(t(lang, `已创建 ${relative(process.cwd(), f)}`, `Created ${relative(process.cwd(), f)}`) + '\n');
      process.stdout.write(t(lang, '改好 template.yaml 后，运行 fazhi templates lint 检查，并重新生成 example.txt。', 'Edit template.yaml, then run fazhi templates lint and regenerate example.txt.') + '\n');
      return 0;
    }
    case 'lint':
      return lint(rest.length ? rest : catalog.ids(), catalog, lang);
    default:
      throw new UserError(t(lang, '用法：fazhi templates list | new <模板名> --extends <上级模板> | lint [模板名…]', 'Usage: fazhi templates list | new <id> --extends <pack> | lint [id…]'), 2);
  }
}

function lint(ids: string[], catalog: ReturnType<typeof catalogFor>, lang: Lang): number {
  const style = styleFor(process.stdout);
  let errors = 0;
  for (const id of ids) {
    if (!catalog.has(id)) {
      errors++;
      process.stdout.write(style.red(t(lang, `没有名为“${id}”的模板。`, `No pack "${id}".`)) + '\n');
      continue;
    }
    const findings = lintPack(catalog, id);
    for (const f of checkExample(catalog, id)) findings.push({ severity: 'error', ...f });
    const golden = checkGolden(catalog, id);
    if (golden) findings.push({ severity: 'error', ...golden });
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      process.stdout.write(`${f.location}  ${f.severity === 'error' ? style.red(t(lang, '错误', 'error')) : style.yellow(t(lang, '警告', 'warning'))}  ${t(lang, f.message, f.message_en ?? f.message)}\n`);
    }
  }
  process.stdout.write(t(lang, `检查了 ${ids.length} 个模板：${errors} 个错误。`, `Linted ${ids.length} pack(s): ${errors} error(s).`) + '\n');
  return errors ? 1 : 0;
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: { zh: '模板维护工具：列出、新建、检查模板', en: "template maintainer's kit: list, new, lint" },
  usage: 'fazhi templates list | new <模板名> --extends <上级模板> [--dir templates] | lint [模板名…] [--templates 目录]',
  options: { extends: { type: 'string' }, dir: { type: 'string' }, templates: { type: 'string', multiple: true } },
  run,
};
