import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { found, repoRoot } from '../helpers.js';
import { messages } from './rule-helpers.js';

const read = (file: string) => readFileSync(join(repoRoot, file), 'utf8');

// The five seed reports as data files: real prose, written by real writers. No rule may cry wolf on them; the
// only findings are the parts the published reports really lack.
describe('the seed reports in examples/', () => {
  it('templates/national/example.yaml validates clean', () => {
    expect(found(read('templates/national/example.yaml'))).toEqual([]);
  });

  // The web pages these were taken from end without the 落款 the paper document carries.
  it.each(['examples/haian-2023.yaml', 'examples/tanggu-2024.yaml', 'examples/wanyuan-2023.yaml'])('%s lacks only the signature, as the published page does', (file) => {
    expect(found(read(file)).map((f) => f.code)).toEqual(['missing-signature']);
  });

  it('pingdingshan-2021 lacks the responsibility and plans parts, as the published report does', () => {
    const text = read('examples/pingdingshan-2021.yaml');
    expect(found(text).map((f) => f.code)).toEqual(['missing-part', 'missing-part', 'missing-signature']);
    expect(messages('missing-part', text).map((m) => /^Missing "(\w+)"/.exec(m)?.[1])).toEqual(['responsibility', 'plans']);
  });

  it('ludu-2023 has only its measures (four thematic sections): the page it was taken from is cut off', () => {
    const text = read('examples/ludu-2023.yaml');
    expect(found(text).map((f) => f.code)).toEqual(['missing-part', 'missing-part', 'missing-part', 'missing-signature']);
    expect(messages('missing-part', text).map((m) => /^Missing "(\w+)"/.exec(m)?.[1])).toEqual(['shortcomings', 'responsibility', 'plans']);
  });
});
