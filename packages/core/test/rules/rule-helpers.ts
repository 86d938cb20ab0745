import { expect } from 'vitest';
import type { ValidateOptions } from '../../src/index.js';
import { diagnose, only, type Found } from '../helpers.js';

/** The messages of one code, in English (tests assert wording only where the wording is the point). */
export function messages(code: string, text: string, options: ValidateOptions = {}): string[] {
  return diagnose(text, { locale: 'en', ...options })
    .filter((d) => d.code === code)
    .map((d) => d.message);
}

/**
 * Asserts each English message of `code` carries the given facts (names, values, the fix it suggests):
 * what a writer needs, not the wording, which may change.
 */
export function expectMessages(code: string, text: string, facts: Array<Array<string | RegExp>>, options: ValidateOptions = {}): void {
  const found = messages(code, text, options);
  expect(found).toHaveLength(facts.length);
  found.forEach((message, i) => {
    for (const fact of facts[i] ?? []) {
      if (typeof fact === 'string') expect(message).toContain(fact);
      else expect(message).toMatch(fact);
    }
  });
}

/** The fix titles of one code, in English. */
export function fixTitles(code: string, text: string, options: ValidateOptions = {}): string[] {
  return diagnose(text, { locale: 'en', ...options }).flatMap((d) => (d.code === code && d.fix ? [d.fix.title] : []));
}

/**
 * Applies the fix of the single finding with `code`, checks the text then validates clean for that
 * code, and returns the fixed text for the caller to compare.
 */
export function fixOnce(code: string, text: string, options?: ValidateOptions): string {
  const findings: Found[] = only(code, text, options);
  expect(findings).toHaveLength(1);
  const fixed = findings[0]?.fixed;
  expect(fixed, `${code} offers a fix`).toBeTypeOf('string');
  expect(only(code, fixed as string, options)).toEqual([]);
  return fixed as string;
}

/** VALID with one line replaced (the replaced text must occur exactly once). */
export function replacing(text: string, from: string, to: string): string {
  expect(text.split(from)).toHaveLength(2);
  return text.replace(from, to);
}
