import { titleLines } from '@fazhi/core';
import { describe, expect, it } from 'vitest';

// 156 mm of 2号 (22 pt) type holds 20 characters; digits are half as wide.
const MAX = 20;
const width = (s: string) => [...s].reduce((w, c) => w + (c.codePointAt(0)! < 0x2e80 ? 0.5 : 1), 0);

describe('title lines (GB/T 9704 7.3.2: trapezoid or diamond, words kept whole)', () => {
  it('a title that fits stays on one line', () => {
    expect(titleLines('塘沽街道2024年度法治政府建设情况报告', MAX, '塘沽街道')).toEqual(['塘沽街道2024年度法治政府建设情况报告']);
  });

  it('breaks after the jurisdiction, widening downwards (seed 000, seed 002)', () => {
    expect(titleLines('海安高新技术产业开发区2023年法治政府建设情况报告', MAX, '海安高新技术产业开发区')).toEqual(['海安高新技术产业开发区', '2023年法治政府建设情况报告']);
    expect(titleLines('陸渡街道辦事處2023年度法治政府建設年度報告', MAX, '陸渡街道辦事處')).toEqual(['陸渡街道辦事處', '2023年度法治政府建設年度報告']);
  });

  it('without the jurisdiction at the start, breaks at a phrase joint, never inside the year', () => {
    const lines = titleLines('关于某某自治县人民政府2023年度推进法治政府建设工作情况的报告', MAX);
    expect(lines.join('')).toBe('关于某某自治县人民政府2023年度推进法治政府建设工作情况的报告');
    expect(lines.length).toBe(2);
    expect(lines.some((l) => /^\d|\d$/.test(l) && /\d\d/.test(l) && !/^\d{4}/.test(l))).toBe(false);
    expect(lines.join('|')).not.toMatch(/\d\|\d/);
  });

  it.each([
    '中共某某市委全面依法治市委员会办公室某某市司法局关于二〇二三年度全市法治政府建设工作开展情况和二〇二四年度工作安排的报告',
    '某某省某某市某某区人民政府2023年度法治政府建设情况报告（含党政主要负责人履行推进法治建设第一责任人职责情况）',
  ])('a very long title: every line fits, no rectangle, no hourglass, no break before closing punctuation: %s', (title) => {
    const lines = titleLines(title, MAX);
    expect(lines.join('')).toBe(title);
    const widths = lines.map(width);
    expect(Math.max(...widths)).toBeLessThanOrEqual(MAX);
    expect(widths.every((w) => w === widths[0])).toBe(false);
    for (let i = 1; i < widths.length - 1; i++) expect(widths[i]! < widths[i - 1]! && widths[i]! < widths[i + 1]!).toBe(false);
    for (const l of lines.slice(1)) expect(l).not.toMatch(/^[）》」”、，。：；]/);
    for (const l of lines) expect(l).not.toMatch(/[（《「“]$/);
  });
});

describe('title lines on absurd input', () => {
  it('a title of hundreds of characters is filled into full lines quickly', () => {
    const title = '法治政府建设'.repeat(50);
    const t0 = performance.now();
    const lines = titleLines(title, MAX);
    expect(performance.now() - t0).toBeLessThan(1000);
    expect(lines.join('')).toBe(title);
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(MAX);
  });
});
