import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isPackId, looksLikeReportText, PACK_ID_PATTERN, packFileAt, reportSchema, templateIdOf } from '../src/index.js';

const repo = fileURLToPath(new URL('../../../', import.meta.url));
/** Hand-written code of every package and the extension (generated validators inline the schema's pattern). */
const SOURCE_ROOTS = ['packages/schema/src', 'packages/core/src', 'packages/cli/src', 'packages/language-server/src', 'packages/standalone', 'extension/src', 'scripts'];

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist' || name === 'generated') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|mts|mjs|js)$/.test(name)) yield path;
  }
}

const everySource = () => SOURCE_ROOTS.flatMap((root) => [...sources(join(repo, root))]).map((path) => ({ file: relative(repo, path), text: readFileSync(path, 'utf8') }));

describe('the pack-id pattern is defined once', () => {
  it('no source file but pack-id.ts spells it out', () => {
    const body = PACK_ID_PATTERN.slice(1, -1); // without ^ and $: a copy may anchor differently
    const copies = everySource().filter((s) => s.text.includes(body) && s.file !== 'packages/schema/src/pack-id.ts');
    expect(copies.map((s) => s.file), 'import isPackId or PACK_ID_PATTERN from @fazhi/schema').toEqual([]);
  });

  it('the report schema and isPackId accept the same ids', () => {
    const template = (reportSchema.properties as Record<string, { pattern?: string }>).template;
    expect(template?.pattern).toBe(PACK_ID_PATTERN);
    expect(['national', 'haian-dev-zone', '2024-county'].every(isPackId)).toBe(true);
    expect(['National', '-x', 'a_b', 'a.b', ''].some(isPackId)).toBe(false);
  });
});

describe('what is a report, and which pack it names', () => {
  it('every file that names a template id is a report, with the same reading of the line', () => {
    for (const text of ['template: national\n', "template: 'haian-dev-zone'  # 海安\n", 'template：national\n', 'template: Nationl.v2\n']) {
      expect(templateIdOf(text), text).toBeDefined();
      expect(looksLikeReportText(text), text).toBe(true);
    }
    expect(templateIdOf('template：national\n')).toBe('national');
    expect(templateIdOf('spec:\n  template: national\n')).toBeUndefined();
  });
});

describe('packFileAt: a pack file from its path alone', () => {
  it.each([
    ['/w/templates/national/report.hbs', { packDir: '/w/templates/national', file: 'report.hbs' }],
    ['/w/templates/national/template.yaml', { packDir: '/w/templates/national', file: 'template.yaml' }],
    ['/w/templates/haian-dev-zone/partials/item.hbs', { packDir: '/w/templates/haian-dev-zone', file: 'partials/item.hbs' }],
    ['C:\\w\\templates\\national\\partials\\item.hbs', { packDir: 'C:\\w\\templates\\national', file: 'partials/item.hbs' }],
    ['/w/site/views/index.hbs', undefined],
    ['/w/templates/Not_A_Pack/report.hbs', undefined],
    ['/w/templates/national/example.yaml', undefined],
  ])('%s', (path, expected) => {
    expect(packFileAt(path)).toEqual(expected);
  });
});
