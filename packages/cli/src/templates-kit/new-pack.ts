import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseReport, renderReport, writeText, type TemplateCatalog } from '@fazhi/core';
import { isPackId } from '@fazhi/schema';
import { UserError } from '../errors.js';
import { t, type Lang } from '../i18n.js';
import { writeFileAtomic } from '../output/write-file-atomic.js';
import { catalogFor } from '../templates.js';
import { missingFurniture } from './example-furniture.js';

/**
 * `fazhi templates new <id> --extends <pack>`: a manifest of a few lines and a golden example (the parent's
 * example.yaml re-pointed at the new pack, and its rendering), ready for the maintainer to change.
 */
export function newPack(id: string, parent: string, dir: string, catalog: TemplateCatalog, lang: Lang): string[] {
  if (!isPackId(id)) throw new UserError(t(lang, `模板名“${id}”不合规：只能用小写字母、数字和连字符，例如 mouxian-county。`, `Invalid id "${id}": use lowercase letters, digits and hyphens.`), 2);
  if (!catalog.resolve(parent).manifest) throw new UserError(t(lang, `没有可继承的模板“${parent}”。可用：${catalog.ids().join('、')}。`, `No pack "${parent}" to extend. Available: ${catalog.ids().join(', ')}.`), 2);
  const packDir = resolve(dir, id);
  if (existsSync(packDir)) throw new UserError(t(lang, `${packDir} 已经存在，没有改动它。`, `${packDir} already exists; left untouched.`));
  const parentManifest = catalog.resolve(parent).manifest;
  const manifest = `# ${id}: extends ${parent}; state only what differs (see templates/README.md).
id: ${id}
name: ${id}格式
description: 在“${parentManifest?.name ?? parent}”基础上修改。说明这个格式适用于哪里、和上级模板有什么不同。
extends: ${parent}
# labels:
#   title: \${jurisdiction.name}人民政府关于\${year}年度法治政府建设情况的报告
#   shortcomings: 存在的问题
# numbering:                          # 一、 （一） 一是 第一， 1. 1． 1、 （1） ① none
#   item: { style: 1., layout: run-in }   # run-in | own-line
#   point: { style: 一是, layout: inline } # inline | paragraphs | own-line
# show:
#   document_number: true
`;
  mkdirSync(packDir, { recursive: true });
  const written = [join(packDir, 'template.yaml')];
  writeFileAtomic(written[0] as string, manifest, lang);
  const fresh = catalogFor([dir]);
  const example = fresh.resolve(id).manifest?.chain.map((c) => fresh.host.readTemplateFile(c, 'example.yaml')).find((x) => x !== undefined);
  if (example) {
    // A fixed `title:` would hide the new pack's labels.title; the example shows what the pack prints.
    const own = example.replace(/^template:.*$/m, `template: ${id}`).replace(/^title:.*\n/m, '').replace(/^# The pack's golden example.*\n/m, `# The pack's golden example: \`fazhi templates lint\` renders it and compares with example.txt.\n`);
    // Furniture the parent's example lacks goes in too, so a show: switch changes example.txt.
    const furniture = missingFurniture((parseReport(own, { source: 'example.yaml' }).data ?? {}) as Record<string, unknown>);
    const yaml = furniture ? `${own.replace(/\n*$/, '\n')}${furniture}` : own;
    const r = renderReport(parseReport(yaml, { source: 'example.yaml' }), fresh);
    if (r.document) {
      writeFileAtomic(join(packDir, 'example.yaml'), yaml, lang);
      writeFileAtomic(join(packDir, 'example.txt'), writeText(r.document), lang);
      written.push(join(packDir, 'example.yaml'), join(packDir, 'example.txt'));
    }
  }
  return written;
}
