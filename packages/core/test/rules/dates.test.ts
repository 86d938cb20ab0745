import { describe, expect, it } from 'vitest';
import { VALID, only } from '../helpers.js';
import { expectMessages, messages, replacing } from './rule-helpers.js';

const DATE_CODES = ['invalid-date', 'published-too-early', 'published-too-late', 'signature-date'];
const publishedOn = (date: string) => replacing(VALID, 'published: 2024-03-01', `published: ${date}`);
const signedOn = (date: string) => VALID.replace('date: 2024-02-28', `date: ${date}`);

describe('dates rule', () => {
  it('accepts a report published and signed in the next year before 1 April', () => {
    expect(only(DATE_CODES, VALID)).toEqual([]);
    expect(only(DATE_CODES, publishedOn('2024-01-01'))).toEqual([]);
    expect(only(DATE_CODES, publishedOn('2024-03-31'))).toEqual([]);
    expect(only(DATE_CODES, signedOn('2024-02-28'))).toEqual([]);
  });

  it('published-too-early: an error, on the date, when published within the report year', () => {
    const text = publishedOn('2023-12-20');
    expect(only(DATE_CODES, text)).toEqual([{ code: 'published-too-early', severity: 'error', at: '6:12-6:22' }]);
    expectMessages('published-too-early', text, [['2023年12月20日', '2023 report year']]);
  });

  it('published-too-late: a warning citing Article 24 from 1 April on', () => {
    const text = publishedOn('2024-04-01');
    expect(only(DATE_CODES, text)).toEqual([{ code: 'published-too-late', severity: 'warning', at: '6:12-6:22' }]);
    expect(messages('published-too-late', text)[0]).toMatch(/Article 24 .* before 1 April/);
  });

  it('invalid-date: a date that does not exist, and no other date finding for it', () => {
    expect(only(DATE_CODES, publishedOn('2024-02-30'))).toEqual([{ code: 'invalid-date', severity: 'error', at: '6:12-6:22' }]);
    expect(only(DATE_CODES, publishedOn('2024-02-29'))).toEqual([]);
    expect(only(DATE_CODES, publishedOn('2023-02-29'))).toMatchObject([{ code: 'invalid-date' }]);
    expect(only(DATE_CODES, signedOn('2024-13-01'))).toEqual([{ code: 'invalid-date', severity: 'error', at: '26:9-26:19' }]);
  });

  it('signature-date: a warning when signed within the report year', () => {
    const text = signedOn('2023-12-31');
    expect(only(DATE_CODES, text)).toEqual([{ code: 'signature-date', severity: 'warning', at: '26:9-26:19' }]);
  });

  it('leaves the form of a date to the schema rule', () => {
    const text = publishedOn('2024/03/01');
    expect(only(DATE_CODES, text)).toEqual([]);
    expect(only('invalid-value', text)).toMatchObject([{ at: '6:12-6:22' }]);
  });
});
