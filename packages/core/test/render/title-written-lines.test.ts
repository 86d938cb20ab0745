import { titleLines, writeDocx, writeHtml, writeMarkdown, writeText } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { all, attr, openDocx } from '../docx/open-docx.js';
import { source } from '../helpers.js';

type Element = ReturnType<typeof all>[number];
import { documentOf } from './render-helpers.js';

// A joint report (党工委 and 办事处 issue it together) prints each issuer on a line of its own above 关于……的报告,
// as the published page does. The writer writes the title on those lines (`title: |`); every writer keeps them.
const joint = source`
template: national
year: 2025
jurisdiction: { name: 广顺街道办事处, kind: street-office }
title: |
  中共示例区广顺街道工作委员会
  示例区人民政府广顺街道办事处
  关于2025年度法治政府建设情况的报告
measures:
  intro: 全年开展法治宣传活动12次。
signature:
  organization: |
    中共示例区广顺街道工作委员会
    示例区人民政府广顺街道办事处
  date: 2026-02-10
printed_by:
  organization: |
    示例区广顺街道党政办公室
    示例区广顺街道综合办公室
  date: 2026-02-11
`;
const LINES = ['中共示例区广顺街道工作委员会', '示例区人民政府广顺街道办事处', '关于2025年度法治政府建设情况的报告'];

describe('a title and a signature written on several lines (joint issuers)', () => {
  const doc = documentOf(joint);

  it('keeps its lines in the text and the web page', () => {
    expect(writeText(doc).split('\n').slice(0, 3)).toEqual(LINES);
    const html = writeHtml(doc);
    expect([...html.matchAll(/<span class="title-line">([^<]*)<\/span>/g)].map((m) => m[1])).toEqual(LINES);
  });

  it('keeps its lines in Word, as breaks inside the one title paragraph', async () => {
    const body = openDocx(await writeDocx(doc)).xml('word/document.xml');
    const title = all(body, 'w:p')[0]!;
    const runs = all(title, 'w:r');
    expect(runs.map((r) => all(r, 'w:t').map((t) => t.children.map((c) => ('data' in c ? c.data : '')).join('')).join(''))).toEqual(LINES);
    expect(runs.map((r) => all(r, 'w:br').length)).toEqual([0, 1, 1]);
  });

  it('is one line where a heading or a document property needs one: organs apart, 关于 joined', async () => {
    expect(doc.meta.title).toBe('中共示例区广顺街道工作委员会 示例区人民政府广顺街道办事处关于2025年度法治政府建设情况的报告');
    expect(writeMarkdown(doc).split('\n')[0]).toBe(`# ${doc.meta.title}`);
  });

  it('signs one organ per line above the date in every writer, right ends flush in Word', async () => {
    const organs = ['中共示例区广顺街道工作委员会', '示例区人民政府广顺街道办事处'];
    const text = writeText(doc).split('\n');
    expect(text.slice(text.lastIndexOf(organs[0]!), text.lastIndexOf(organs[0]!) + 3)).toEqual([...organs, '2026年2月10日']);
    expect(writeHtml(doc)).toContain(`<span>${organs[0]}</span><span>${organs[1]}</span><span>2026年2月10日</span>`);
    expect(writeMarkdown(doc)).toContain(`${organs[0]}  \n${organs[1]}  \n2026年2月10日`);
    const body = openDocx(await writeDocx(doc)).xml('word/document.xml');
    const textOf = (p: Element) => all(p, 'w:t').map((t) => t.children.map((c) => ('data' in c ? c.data : '')).join('')).join('');
    const paragraphs = all(body, 'w:p');
    const at = paragraphs.findLastIndex((p) => textOf(p) === organs[0]);
    expect(paragraphs.slice(at, at + 3).map(textOf)).toEqual([...organs, '2026年2月10日']);
    const rightIndent = (p: Element) => attr(p, 'w:ind', 'w:right');
    expect(rightIndent(paragraphs[at]!)).toBe(rightIndent(paragraphs[at + 1]!));
    // An imprint has one line: its offices stand apart on it.
    expect(text).toContain('示例区广顺街道党政办公室 示例区广顺街道综合办公室\t2026年2月11日印发');
  });

  it('a single-line title is still broken by the layout rules, not by the writer', () => {
    const one = documentOf(joint.replace(/title: \|\n(  .*\n){3}/, ''));
    expect(writeText(one).split('\n')[0]).toBe(one.meta.title);
    expect(one.meta.title).not.toContain('\n');
  });
});

// Digits and Latin letters in Word or LibreOffice's fallback face are wider than half an em, and both put a quarter
// em between Chinese and Western text; a line counted at half an em per digit wrapped by itself (告 alone).
const setWidth = (line: string) =>
  [...line].reduce((w, c, i, cs) => {
    const latin = c.codePointAt(0)! < 0x2e80;
    const switches = i > 0 && latin !== cs[i - 1]!.codePointAt(0)! < 0x2e80;
    return w + (latin ? 0.64 : 1) + (switches ? 0.25 : 0);
  }, 0);

describe('title lines as Word sets them', () => {
  it('keeps an organ’s name whole and leaves no character alone (广顺街道办事处, published 2026)', () => {
    const lines = titleLines('重庆市荣昌区人民政府广顺街道办事处关于2026年度法治政府建设情况的报告', 20, '广顺街道办事处');
    expect(lines).toEqual(['重庆市荣昌区人民政府广顺街道办事处', '关于2026年度法治政府建设情况的报告']);
  });

  it('breaks between the issuer and 关于 (发文机关 / 事由和文种), as a township’s page prints it, never after 关于 or inside 人民政府', () => {
    expect(titleLines('示例镇人民政府关于2024年度法治政府建设工作的报告', 20, '示例镇')).toEqual(['示例镇人民政府', '关于2024年度法治政府建设工作的报告']);
    expect(titleLines('中共示例市示例区委示例区人民政府关于2024年法治政府建设情况的报告', 20, '示例区')).toEqual(['中共示例市示例区委示例区人民政府', '关于2024年法治政府建设情况的报告']);
  });

  it.each([
    '重庆市荣昌区人民政府广顺街道办事处关于2026年度法治政府建设情况的报告',
    '某某市某某区人民政府关于2023年度法治政府建设工作情况和2024年工作安排的报告',
    '某某经济技术开发区管委会2023年度法治政府建设情况报告',
  ])('every line fits with wide digits and the spacing around them: %s', (title) => {
    for (const line of titleLines(title, 20)) expect(setWidth(line)).toBeLessThanOrEqual(20);
  });
});
