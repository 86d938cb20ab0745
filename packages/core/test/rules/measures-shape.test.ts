import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, replacing } from './rule-helpers.js';

const SECTIONS = 'measures:\n  sections:\n    - title: 夯实基础\n      intro: 全面依法治街机构体系进一步健全。\n';

describe('sections-and-items', () => {
  it('marks each key that cannot stand beside sections', () => {
    const text = replacing(VALID, 'measures:\n', `${SECTIONS}  title: 主要举措\n`);
    expect(only('sections-and-items', text)).toEqual([
      { code: 'sections-and-items', severity: 'error', at: '13:3-13:8' },
      { code: 'sections-and-items', severity: 'error', at: '14:3-14:8' },
    ]);
    expectMessages('sections-and-items', text, [['sections', 'title'], ['sections', 'items']]);
  });

  it('accepts sections alone, and items alone', () => {
    const sectionsOnly = VALID.replace(/measures:\n[\s\S]*?(?=shortcomings:)/, SECTIONS);
    expect(only('sections-and-items', sectionsOnly)).toEqual([]);
    expect(only('sections-and-items', VALID)).toEqual([]);
  });
});
