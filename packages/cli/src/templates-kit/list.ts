import type { TemplateCatalog } from '@fazhi/core';
import { t, type Lang } from '../i18n.js';
import { displayWidth } from '../output/display-width.js';
import { terminalSafe } from '../output/terminal-safe.js';

/** `fazhi templates list`: one row per pack, columns padded by display width (Chinese is two columns). */
export function listPacks(catalog: TemplateCatalog, lang: Lang): string {
  const header = [t(lang, '模板', 'id'), t(lang, '名称', 'name'), t(lang, '继承', 'extends'), t(lang, '字体', 'script'), t(lang, '必填', 'requires')];
  const rows = catalog.ids().map((id) => {
    const { manifest, problems } = catalog.resolve(id);
    if (!manifest) return [id, t(lang, `（有错误：${problems[0]?.message ?? ''}）`, `(broken: ${problems[0]?.message_en ?? ''})`), '', '', ''];
    const parent = manifest.chain[1] ?? '—';
    return [id, lang === 'en' && manifest.name_en ? manifest.name_en : manifest.name, parent, manifest.script === 'zh-Hant' ? t(lang, '繁体', 'traditional') : t(lang, '简体', 'simplified'), manifest.requires.join(', ') || '—'];
  });
  // A manifest is a maintainer's text, not ours: an escape sequence in a name is shown (␛), never sent to the terminal.
  const all = [header, ...rows.map((r) => r.map(terminalSafe))];
  const widths = header.map((_, col) => Math.max(...all.map((r) => displayWidth(r[col] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - displayWidth(s)));
  return all.map((r) => r.map((cell, col) => pad(cell, widths[col] ?? 0)).join('  ').trimEnd()).join('\n') + '\n';
}
