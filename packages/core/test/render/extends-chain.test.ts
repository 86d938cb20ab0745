import { describe, expect, it } from 'vitest';
import { catalogWith } from './pack-host.js';

/** A chain of `extends` longer than the limit is called too long; only a real loop is called a loop. */
describe('extends chains', () => {
  it('calls a 10,000-pack chain too long, not a cycle', () => {
    const packs: Record<string, Record<string, string>> = {};
    for (let i = 0; i < 10_000; i++) packs[`p${i}`] = { 'template.yaml': `id: p${i}\nname: 测试\nextends: ${i + 1 < 10_000 ? `p${i + 1}` : 'national'}\n` };
    const { manifest, problems } = catalogWith(packs).resolve('p0');
    expect(manifest).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]?.message).toContain('extends 链太长');
    expect(problems[0]?.message).not.toContain('循环');
  });

  it('still calls a loop a loop', () => {
    const { problems } = catalogWith({
      a: { 'template.yaml': 'id: a\nname: 测试\nextends: b\n' },
      b: { 'template.yaml': 'id: b\nname: 测试\nextends: a\n' },
    }).resolve('a');
    expect(problems[0]?.message).toContain('形成了循环：a → b → a');
  });
});
