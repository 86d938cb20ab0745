import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPack, TemplateCatalog } from '../../src/index.js';
import { createFsTemplateHost } from '../../src/node/index.js';

/**
 * A pack cannot read files it does not hold, even through a symbolic link: the link's real path must lie in
 * the pack's own real folder. Links inside the pack still work; links out are reported by lint.
 */
const root = mkdtempSync(join(tmpdir(), 'fazhi-links-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const SECRET = 'SECRET-OUTSIDE-THE-PACK';
const outside = join(root, 'outside');
mkdirSync(join(outside, 'partials'), { recursive: true });
writeFileSync(join(outside, 'partials', 'secret.hbs'), `<p>${SECRET}</p>`);
writeFileSync(join(outside, 'secret.yaml'), `id: linked\nname: ${SECRET}\n`);
const packs = join(root, 'templates');
const pack = join(packs, 'linked');
mkdirSync(join(pack, 'own'), { recursive: true });
writeFileSync(join(pack, 'own', 'item.hbs'), '<p>own</p>');
symlinkSync(join(outside, 'secret.yaml'), join(pack, 'template.yaml'));
symlinkSync(join(outside, 'partials'), join(pack, 'partials'));
symlinkSync(join(outside, 'partials', 'secret.hbs'), join(pack, 'report.hbs'));
symlinkSync(join(pack, 'own', 'item.hbs'), join(pack, 'inside.hbs'));
const host = createFsTemplateHost({ dirs: [packs] });

describe('symbolic links in a template pack', () => {
  it('are not followed out of the pack: template.yaml, report.hbs and a partials folder read as absent', () => {
    expect(host.readTemplateFile('linked', 'template.yaml')).toBeUndefined();
    expect(host.readTemplateFile('linked', 'report.hbs')).toBeUndefined();
    expect(host.listTemplateFiles('linked', 'partials')).toEqual([]);
    expect(host.readTemplateFile('linked', 'partials/secret.hbs')).toBeUndefined();
  });

  it('are followed inside the pack', () => {
    expect(host.readTemplateFile('linked', 'inside.hbs')).toBe('<p>own</p>');
  });

  it('never put the outside text in a message, and lint names each link out', () => {
    const catalog = new TemplateCatalog(host);
    const { problems } = catalog.resolve('linked');
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) expect(p.message).not.toContain(SECRET);
    expect(host.linksOutside?.('linked')).toEqual(['partials', 'report.hbs', 'template.yaml']);
  });

  it('say that a template.yaml linked out of the pack is a link out, not that it is missing', () => {
    const { problems } = new TemplateCatalog(host).resolve('linked');
    expect(problems.map((p) => [p.code, p.file])).toEqual([['template-manifest', 'template.yaml']]);
    expect(problems[0]?.message).toContain('指向模板文件夹以外的链接');
    expect(problems[0]?.message_en).toMatch(/link to a file outside the pack's folder/);
    expect(problems[0]?.message).not.toContain('缺少');
  });

  it('are reported by lint in a pack that otherwise resolves', () => {
    const ok = join(packs, 'linked-ok');
    mkdirSync(ok);
    writeFileSync(join(ok, 'template.yaml'), 'id: linked-ok\nname: 测试\nextends: national\n');
    symlinkSync(join(outside, 'partials'), join(ok, 'partials'));
    const catalog = new TemplateCatalog(createFsTemplateHost({ dirs: [packs, join(import.meta.dirname, '../../../../templates')] }));
    const findings = lintPack(catalog, 'linked-ok');
    expect(findings.map((f) => f.location)).toContainEqual(expect.stringMatching(/linked-ok\/partials$/));
    for (const f of findings) expect(f.message).not.toContain(SECRET);
  });
});
