import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('fazhi templates', () => {
  it('lists every pack with what it extends and requires', () => {
    const r = runCli(['templates', 'list']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ludu-street-office\s+陆渡街道.*national\s+繁体\s+measures\.sections/);
    expect(r.stdout).toMatch(/wanyuan-county-city\s+.*\s+recipient/);
  });

  it('lints the built-in packs clean', () => {
    const r = runCli(['templates', 'lint']);
    expect(r.stdout).toContain('0 个错误');
    expect(r.code).toBe(0);
  });

  it('makes a new pack whose golden example passes lint, and catches a change that breaks it', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    const made = runCli(['templates', 'new', 'mouxian-county', '--extends', 'national'], { cwd });
    expect(made.code, made.stderr).toBe(0);
    expect(made.stdout).toContain('templates/mouxian-county/template.yaml');
    expect(runCli(['templates', 'lint', 'mouxian-county'], { cwd }).code).toBe(0);

    const manifest = join(cwd, 'templates/mouxian-county/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'labels:\n  shortcomings: 存在的问题\n');
    const r = runCli(['templates', 'lint', 'mouxian-county'], { cwd });
    expect(r.code).toBe(1);
    // Line 7: national prints the scaffold's 主送机关 on line 2.
    expect(r.stdout).toMatch(/templates\/mouxian-county\/example\.txt:7:1 {2}错误 .*\n {2}应为：二、2023年度推进法治政府建设存在的不足和原因\n {2}实为：二、存在的问题/);
  });

  it('reports a template path error as file:line:col with a suggestion', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'typo-pack', '--extends', 'national'], { cwd });
    writeFileSync(join(cwd, 'templates/typo-pack/report.hbs'), '{{#each units}}\n<h2>{{headng}}</h2>\n{{/each}}\n');
    const r = runCli(['templates', 'lint', 'typo-pack'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/templates\/typo-pack\/report\.hbs:2:7 {2}错误 {2}数据路径“headng”不存在.*是不是“heading”/);
  });

  it('reports an element left open (a part without </section>) once, at its start tag', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'open-pack', '--extends', 'national'], { cwd });
    const part = readFileSync(join(import.meta.dirname, '../../../templates/national/partials/part.hbs'), 'utf8');
    mkdirSync(join(cwd, 'templates/open-pack/partials'));
    writeFileSync(join(cwd, 'templates/open-pack/partials/part.hbs'), part.replace('</section>', ''));
    const line = part.split('\n').findIndex((l) => l.startsWith('<section>')) + 1;
    const r = runCli(['templates', 'lint', 'open-pack'], { cwd });
    expect(r.code).toBe(1);
    const said = r.stdout.match(/<section> 没有对应的结束标签 <\/section>/g) ?? [];
    expect(said).toHaveLength(1);
    expect(r.stdout).toContain(`templates/open-pack/partials/part.hbs:${line}:1：<section> 没有对应的结束标签`);
  });

  it('refuses to overwrite an existing pack', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'twice', '--extends', 'national'], { cwd });
    const r = runCli(['templates', 'new', 'twice', '--extends', 'national'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stderr + r.stdout).toContain('已经存在');
  });
});

describe('fazhi templates: examples and messages', () => {
  it("the scaffolded example shows the pack's own title, so a labels.title change is caught", () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'title-pack', '--extends', 'national'], { cwd });
    const manifest = join(cwd, 'templates/title-pack/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'labels:\n  title: ${jurisdiction.name}人民政府关于${year}年度法治政府建设情况的报告\n');
    const r = runCli(['templates', 'lint', 'title-pack'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/example\.txt:1:1 .*\n {2}应为：示例县2023年度法治政府建设情况报告\n {2}实为：示例县人民政府关于2023年度法治政府建设情况的报告/);
  });

  it('the scaffolded example carries the furniture a show: switch turns on or off, so lint catches each change', { timeout: 120_000 }, () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    // street-office-numbered's own example has no 文号, salutation, signature, attachment or imprint.
    expect(runCli(['templates', 'new', 'furniture-pack', '--extends', 'street-office-numbered'], { cwd }).code).toBe(0);
    expect(runCli(['templates', 'lint', 'furniture-pack'], { cwd }).code).toBe(0);
    const manifest = join(cwd, 'templates/furniture-pack/template.yaml');
    const scaffold = readFileSync(manifest, 'utf8');
    const expected = readFileSync(join(cwd, 'templates/furniture-pack/example.txt'), 'utf8');
    expect(expected).toMatch(/^附件：/m);
    for (const show of ['document_number: true', 'salutation: true', 'signature: false', 'attachments: false', 'copy_to: false', 'printed_by: false']) {
      writeFileSync(manifest, `${scaffold}show:\n  ${show}\n`);
      const r = runCli(['templates', 'lint', 'furniture-pack'], { cwd });
      expect(r.code, `show.${show} made no difference to example.txt`).toBe(1);
      expect(r.stdout).toContain('example.txt');
    }
  });

  it('lint shows every line the change makes different, not only the first', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'numbered', '--extends', 'national'], { cwd });
    const manifest = join(cwd, 'templates/numbered/template.yaml');
    writeFileSync(manifest, readFileSync(manifest, 'utf8') + 'numbering:\n  item: { style: 1. }\nshow:\n  closing: false\n');
    const r = runCli(['templates', 'lint', 'numbered', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    // Both items of measures renumbered, the closing gone: one finding at the first, each changed line in it.
    expect(r.stdout).toMatch(/example\.txt:\d+:1 {2}error {2}The rendering differs/);
    expect(r.stdout).toMatch(/ {2}expected: （一）坚持党的领导，.*\n {2}expected: （二）严格规范公正文明执法。.*\n {2}actual: {3}1\.坚持党的领导，.*\n {2}actual: {3}2\.严格规范公正文明执法。/);
    expect(r.stdout).toMatch(/line \d+:\n {2}expected: 示例县将坚持以法治为引领/);
    expect(r.stdout).toContain('Linted 1 pack(s): 1 error(s).');
  });

  it('an example.yaml that fazhi check rejects is a lint error at its line, in English with --lang en', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'fazhi-kit-'));
    runCli(['templates', 'new', 'bad-example', '--extends', 'national'], { cwd });
    const example = join(cwd, 'templates/bad-example/example.yaml');
    writeFileSync(example, readFileSync(example, 'utf8').replace('year: 2023', 'year: 2023\nsalutation: 某市人民政府'));
    const r = runCli(['templates', 'lint', 'bad-example', '--lang', 'en'], { cwd });
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/templates\/bad-example\/example\.yaml:4:1 {2}error {2}unknown-key: /);
  });
});
