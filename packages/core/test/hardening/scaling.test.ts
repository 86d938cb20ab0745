import { parseReport, validateReport } from '@fazhi/core';
import { describe, it, vi } from 'vitest';
import { catalog } from '../helpers.js';
import { expectLinear } from './scaling.js';

/**
 * Inputs a writer never makes but a hostile or broken file does, where the work once grew faster than the
 * input (issue 12). Each doubles the input and expects the time to double, not quadruple.
 */
vi.setConfig({ testTimeout: 120_000 });
const today = new Date('2024-06-01');
const check = (text: string) => validateReport(parseReport(text), { templates: catalog, today });
const lines = (n: number, line: (i: number) => string) => `template: national\nyear: 2023\n${Array.from({ length: n }, (_, i) => line(i)).join('\n')}\n`;

describe('work grows linearly with the input', () => {
  it('many unknown keys (one finding each, each located in the map once indexed)', () => {
    expectLinear((n) => lines(n, (i) => `k${i}: ${i}`), check, 4000, 3);
  });

  it('many full-width colons (one fix each, the repaired text mapped back per finding)', () => {
    expectLinear((n) => lines(n, (i) => `k${i}：${i}`), check, 3000, 3);
  });
});
