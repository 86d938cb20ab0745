import { relative } from 'node:path';
import { lintPack } from '@fazhi/core';
import { list, TEMPLATES_HELP, TEMPLATES_OPTION, type Command } from '../command.js';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { styleFor } from '../output/style.js';
import { catalogFor } from '../templates.js';
import { checkGolden } from '../templates-kit/golden.js';
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
    const golden = checkGolden(catalog, id);
    if (golden) findings.push({ severity: 'error', ...golden });
    for (const f of findings) {
      if (f.severity === 'error') errors++;
      process.stdout.write(`${f.location}  ${f.severity === 'error' ? style.red(t(lang, '错误', 'error')) : style.yellow(t(lang, '警告', 'warning'))}  ${f.message}\n`);
    }
  }
  process.stdout.write(t(lang, `检查了 ${ids.length} 个模板：${errors} 个错误。`, `Linted ${ids.length} pack(s): ${errors} error(s).`) + '\n');
  return errors ? 1 : 0;
}

export const templatesCommand: Command = {
  name: 'templates',
  summary: { zh: '模板维护工具：列出、新建、检查模板', en: "template maintainer's kit: list, new, lint" },
  help: {
    args: { zh: 'list | new <模板名> [选项] | lint [模板名…]', en: 'list | new <id> [options] | lint [id…]' },
    options: {
      extends: { value: { zh: '上级模板', en: 'pack' }, text: { zh: 'new：新模板在哪个模板的基础上改', en: 'new: the pack the new one extends' }, default: { zh: 'national', en: 'national' } },
      dir: { value: { zh: '目录', en: 'folder' }, text: { zh: 'new：新模板放在哪个文件夹下', en: 'new: the folder the new pack goes in' }, default: { zh: 'templates', en: 'templates' } },
      ...TEMPLATES_HELP,
    },
    examples: [
      { command: 'fazhi templates list', text: { zh: '列出可用的模板（各地格式）', en: 'list the template packs (jurisdiction formats)' } },
      { command: 'fazhi templates new mouxian-county --extends national', text: { zh: '新建一个模板 templates/mouxian-county', en: 'start a new pack in templates/mouxian-county' } },
      { command: 'fazhi templates lint', text: { zh: '检查每个模板：模板语法、数据路径、示例', en: 'lint every pack: templates, data paths, golden examples' } },
    ],
  },
  options: { extends: { type: 'string' }, dir: { type: 'string' }, ...TEMPLATES_OPTION },
  run,
};
