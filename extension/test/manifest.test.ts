import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';

const read = (file: string): Record<string, unknown> => JSON.parse(readFileSync(new URL(`../${file}`, import.meta.url), 'utf8'));
const manifest = read('package.json');
const english = read('package.nls.json') as Record<string, string>;
const chinese = read('package.nls.zh-cn.json') as Record<string, string>;

describe('the extension manifest', () => {
  test('every %placeholder% has English and Chinese text, and the two files have the same keys', () => {
    const used = [...JSON.stringify(manifest).matchAll(/"%([\w.]+)%"/g)].map((m) => m[1]!);
    expect(used.length).toBeGreaterThan(10);
    for (const key of used) {
      expect(english[key], key).toBeTruthy();
      expect(chinese[key], key).toBeTruthy();
    }
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  test('the commands carry the Chinese titles writers know', () => {
    expect(chinese['command.render']).toBe('渲染报告');
    expect(chinese['command.newReport']).toBe('新建报告');
    expect(chinese['command.importReport']).toBe('导入已有报告');
    expect(chinese['command.openTemplate']).toBe('打开模板');
  });

  test('commands are found by English and Chinese words in either display language', () => {
    // VS Code matches a localised command by its English title too; the English category carries the Chinese name.
    expect(english.category).toContain('法治报告');
    const titles = Object.entries(english).filter(([key]) => key.startsWith('command.'));
    for (const [key, title] of titles) expect(title.split(' ').length, `${key} says what it does`).toBeGreaterThanOrEqual(3);
    expect(titles.map(([, title]) => title).join(' ')).toMatch(/Word.*PDF/);
  });

  test('activates for report files, YAML and Handlebars only, never on startup', () => {
    const events = manifest.activationEvents as string[];
    expect(events).not.toContain('*');
    expect(events).not.toContain('onStartupFinished');
    const languages = ['onLanguage:yaml', 'onLanguage:fazhi-report', 'onLanguage:handlebars'];
    expect(events.every((e) => e.startsWith('workspaceContains:') || languages.includes(e))).toBe(true);
  });

  test('report files soft-wrap in their own language mode; other YAML files keep their settings', () => {
    const contributes = manifest.contributes as Record<string, unknown>;
    const languages = contributes.languages as { id: string; filenamePatterns?: string[]; configuration?: string }[];
    const report = languages.find((l) => l.id === 'fazhi-report');
    expect(report?.filenamePatterns).toContain('*.report.yaml');
    const grammars = contributes.grammars as { language: string; path: string }[];
    const grammar = read(grammars.find((g) => g.language === 'fazhi-report')!.path) as { patterns: { include: string }[] };
    expect(grammar.patterns).toEqual([{ include: 'source.yaml' }]);
    expect(read(report!.configuration!)).toMatchObject({ comments: { lineComment: '#' } });
    const defaults = contributes.configurationDefaults as Record<string, Record<string, unknown>>;
    expect(defaults['[fazhi-report]']).toMatchObject({ 'editor.wordWrap': 'on' });
    expect(Object.keys(defaults).filter((k) => /yaml/i.test(k))).toEqual([]);
    // The .vsix must carry the mode's files.
    expect(readFileSync(new URL('../.vscodeignore', import.meta.url), 'utf8')).toMatch(/^!languages\/\*\*$/m);
  });
});
