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

  test('activates for report files and YAML only, never on startup', () => {
    const events = manifest.activationEvents as string[];
    expect(events).not.toContain('*');
    expect(events).not.toContain('onStartupFinished');
    expect(events.every((e) => e.startsWith('workspaceContains:') || e === 'onLanguage:yaml')).toBe(true);
  });
});
