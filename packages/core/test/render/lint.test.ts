import { lintPack } from '@fazhi/core';
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
