import { HELPER_NAMES, lintPack, lintTemplateFiles, templateScopes, VIEW_SHAPE, type ViewShape } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { catalog } from '../helpers.js';
import { catalogWith } from './pack-host.js';

const manifest = (extra = '') => `id: t\nname: 测试\nextends: national\n${extra}`;
const lint = (files: Record<string, string>) =>
  lintPack(catalogWith({ t: { 'template.yaml': manifest(), ...files } }), 't').map((f) => `${f.location} ${f.message}`);

describe('templates lint', () => {
  // Compiles and walks every pack of the gallery: seconds on a loaded machine.
  it('passes every built-in pack', { timeout: 60_000 }, () => {
    for (const id of catalog.ids()) expect(lintPack(catalog, id), id).toEqual([]);
  });

  it('finds a misspelt field in a partial, in the context the partial is called from', () => {
    expect(lint({ 'partials/item.hbs': '<p>\n  {{titel}}</p>\n' })).toEqual([
      expect.stringMatching(/^templates\/t\/partials\/item\.hbs:2:5 .*“titel”.*是不是“title”/),
    ]);
  });

  it('checks paths into the data file against the report schema', () => {
    const [finding] = lint({ 'report.hbs': '<h1>{{report.jurisdicton.name}}</h1>\n<p>{{report.jurisdiction.name}}{{report.measures.items.length}}</p>\n' });
    expect(finding).toMatch(/^templates\/t\/report\.hbs:1:7 .*jurisdicton.*是不是“jurisdiction”/);
    expect(lint({ 'report.hbs': '<p>{{report.jurisdiction.name}}{{report.measures.items.length}}{{@root.title}}</p>\n' })).toEqual([]);
  });

  it('follows #each and ../ like rendering does', () => {
    expect(lint({ 'report.hbs': '{{#each units}}{{#each items}}<p>{{title}}{{../heading}}{{../../title}}</p>{{/each}}{{/each}}\n' })).toEqual([]);
    expect(lint({ 'report.hbs': '{{#each units}}<p>{{items.0.titl}}</p>{{/each}}\n' })).toHaveLength(1);
  });

  it('reports unknown helpers and partials with suggestions', () => {
    const found = lint({ 'report.hbs': '{{#each units}}<h2>{{item-numbr @index}}</h2>{{> prt}}{{/each}}\n' });
    expect(found).toEqual([
      expect.stringMatching(/report\.hbs:1:\d+ .*“item-numbr”.*是不是“item-number”/),
      expect.stringMatching(/report\.hbs:1:\d+ .*“prt”.*是不是“part”/),
    ]);
  });

  it('reports a label that names an unknown value', () => {
    const found = lintPack(catalogWith({ t: { 'template.yaml': manifest('labels:\n  plans: ${nextyear}年工作打算\n') } }), 't');
    expect(found.map((f) => f.message)).toEqual([expect.stringContaining('${nextyear}')]);
  });
});

describe('templates lint for an editor', () => {
  const templateFindings = (files: Record<string, string>) => {
    const templates = catalogWith({ t: { 'template.yaml': manifest(), ...files } });
    return lintTemplateFiles(templates, templates.resolve('t').manifest!);
  };

  it('gives each finding its pack, file and the whole expression it is about', () => {
    expect(templateFindings({ 'partials/item.hbs': '<p>\n  {{titel}} {{#if (eqq 1 2)}}x{{/if}}</p>\n' })).toMatchObject([
      { templateId: 't', file: 'partials/item.hbs', line: 2, column: 5, endLine: 2, endColumn: 10, message_en: expect.stringMatching(/"titel"/) },
      { templateId: 't', file: 'partials/item.hbs', line: 2, column: 20, endLine: 2, endColumn: 23, message_en: expect.stringMatching(/"eqq"/) },
    ]);
  });

  it('a syntax error is located in the file that has it', () => {
    expect(templateFindings({ 'partials/item.hbs': '<p>\n  {{title}\n</p>\n' })).toMatchObject([{ templateId: 't', file: 'partials/item.hbs', line: 2 }]);
  });

  it('tells what context each partial is entered with, as often as it is called differently', () => {
    const templates = catalogWith({});
    const files = new Map([...templates.host.listTemplateFiles('national', 'partials')].map((f) => [`partials/${f}`, templates.host.readTemplateFile('national', `partials/${f}`) ?? '']));
    files.set('report.hbs', templates.host.readTemplateFile('national', 'report.hbs') ?? '');
    const scopes = templateScopes(files, HELPER_NAMES, VIEW_SHAPE);
    const fields = (s: ViewShape) => (s.kind === 'object' ? Object.keys(s.fields) : []);
    // run-in.hbs prints an item's title and a point's: two contexts, each with a title.
    const runIn = scopes.get('partials/run-in.hbs') ?? [];
    expect(runIn.map((s) => fields(s.stack[0]!).includes('points_inline'))).toEqual(expect.arrayContaining([true, false]));
    expect(runIn.every((s) => fields(s.stack[0]!).includes('title') && s.root === VIEW_SHAPE)).toBe(true);
    expect(fields(scopes.get('partials/signature.hbs')?.[0]?.stack[0] ?? VIEW_SHAPE)).toContain('signature');
  });
});

describe('templates lint: manifest paths and markup', () => {
  const found = (manifestExtra: string, files: Record<string, string> = {}) =>
    lintPack(catalogWith({ t: { 'template.yaml': manifest(manifestExtra), ...files } }), 't');

  it('a requires path the data format does not have is an error with a did-you-mean', () => {
    const f = found('requires: [measures.section, stats.litigaton.cases, recipient, stats.my_group.count]\n');
    expect(f.map((x) => x.message_en)).toEqual([
      expect.stringMatching(/"measures\.section".*Did you mean "measures\.sections"\?/),
      expect.stringMatching(/"stats\.litigaton\.cases".*Did you mean "stats\.litigation"\?/),
    ]);
  });

  it('markup outside the vocabulary and {{{ }}} are errors where they are written, one per problem', () => {
    const f = found('', { 'partials/signature.hbs': '{{!-- <div> in a comment is fine --}}\n<div>{{signature.organization}}</div>\n<p class="big" style="x">{{{closing}}}</p>\n' });
    expect(f.map((x) => `${x.location} ${x.message_en}`)).toEqual([
      expect.stringMatching(/^templates\/t\/partials\/signature\.hbs:2:1 <div> is not in the template HTML vocabulary/),
      expect.stringMatching(/^templates\/t\/partials\/signature\.hbs:3:26 Do not use \{\{\{ \}\}\}/),
      expect.stringMatching(/^templates\/t\/partials\/signature\.hbs:3:4 <p> cannot have class="big"/),
      expect.stringMatching(/^templates\/t\/partials\/signature\.hbs:3:16 The attribute style/),
    ]);
  });

  it('manifest findings are at the line and column of what is wrong', () => {
    const f = found('requires: [recipient, recipent]\norder: [measures, plan]\nlabels:\n  plans: ${nextyear}年工作打算\n');
    expect(f.map((x) => x.location)).toEqual(['templates/t/template.yaml:4:23', 'templates/t/template.yaml:5:19', 'templates/t/template.yaml:7:10']);
    expect(f[2]?.message_en).toMatch(/Did you mean \$\{next_year\}\?/);
  });

  it('a manifest that does not load is reported at its line and column, in both languages', () => {
    const f = found('layout:\n  points: inlin\n');
    expect(f.map((x) => `${x.location} ${x.message_en}`)).toEqual([expect.stringMatching(/^templates\/t\/template\.yaml:5:11 .*Did you mean inline\?/)]);
  });

  it('a value outside a fixed list names its key in English too; a key suggestion shows no empty gloss', () => {
    const f = found('numbering:\n  part:\n    style: "1)"\nshow:\n  signatur: true\n');
    expect(f.map((x) => x.message_en)).toEqual([
      expect.stringMatching(/^"1\)" is not allowed for numbering\.part\.style\. Allowed: .*Did you mean 1\.\?$/),
      expect.stringMatching(/^"signatur" is not a key of show\. Did you mean "signature"\?$/),
    ]);
    // show.signature has no title of its own: the suggestion is the key alone, not the key and "（）".
    expect(f[1]?.message).toMatch(/是不是「signature」？$/);
  });

  it('a part in order that is neither standard nor labelled is an error', () => {
    const f = found('order: [measures, plan]\n');
    expect(f.map((x) => x.message_en)).toEqual([expect.stringMatching(/"plan".*Did you mean "plans"\?/)]);
    expect(found('order: [measures, other_notes]\nlabels:\n  other_notes: 其他需要说明的情况\n')).toEqual([]);
  });
});
