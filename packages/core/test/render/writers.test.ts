import { htmlPage, writeHtml, writeMarkdown, writeText, type ReportDocument } from '@fazhi/core';
import { Parser } from 'htmlparser2';
import { describe, expect, it } from 'vitest';

const doc: ReportDocument = {
  script: 'zh-Hans',
  templateId: 'national',
  meta: { year: 2023, jurisdiction: '测试区', title: '测试区2023年度法治政府建设情况报告' },
  blocks: [
    { kind: 'title', text: '测试区2023年度法治政府建设情况报告', source: { start: 0, end: 5 } },
    { kind: 'salutation', text: '某市人民政府：' },
    { kind: 'paragraph', role: 'preamble', runs: [{ text: '现将有关情况报告如下：' }] },
    { kind: 'heading', level: 1, text: '一、主要举措和成效' },
    { kind: 'paragraph', role: 'body', runs: [{ text: '（一）标题。', heading: 2 }, { text: '正文<script>alert(1)</script>*强调*' }] },
    { kind: 'heading', level: 2, text: '（二）单独成行' },
    { kind: 'signature', organization: '测试区人民政府', date: '2024年3月19日' },
  ],
};

describe('writers', () => {
  it('txt: one paragraph per line, nothing else', () => {
    expect(writeText(doc).split('\n')).toEqual([
      '测试区2023年度法治政府建设情况报告',
      '某市人民政府：',
      '现将有关情况报告如下：',
      '一、主要举措和成效',
      '（一）标题。正文<script>alert(1)</script>*强调*',
      '（二）单独成行',
      '测试区人民政府',
      '2024年3月19日',
      '',
    ]);
  });

  it('md: headings by level, run-in heading bold, data escaped', () => {
    const md = writeMarkdown(doc);
    expect(md).toContain('# 测试区2023年度法治政府建设情况报告\n');
    expect(md).toContain('## 一、主要举措和成效\n');
    expect(md).toContain('### （二）单独成行\n');
    // What a Markdown reader shows (markdown-commonmark.test.ts parses it): the run-in heading bold, the data as text.
    expect(md).toContain('**（一）标题**。正文\\<script\\>alert(1)\\</script\\>\\*强调\\*');
  });

  it('html: A4 GB/T 9704 page, numbered blocks, data escaped, no script element', () => {
    const html = writeHtml(doc);
    expect(html).toContain('size: A4; margin: 37mm 26mm 35mm 28mm;');
    expect(html).toContain('calc(225mm / 22)');
    expect(html).toContain('counter(page)');
    const tags: string[] = [];
    const blocks: string[] = [];
    new Parser({ onopentag: (name, attrs) => { tags.push(name); if (attrs['data-block']) blocks.push(attrs['data-block']); } }).end(html);
    expect(tags).not.toContain('script');
    expect(blocks).toEqual(['0', '1', '2', '3', '4', '5', '6']);
    expect(html).toContain('正文&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('html preview: each block says where it came from', () => {
    const html = writeHtml(doc, { preview: true });
    expect(html).toContain('<h1 data-block="0" data-src-start="0" data-src-end="5">');
    expect(html).toContain('.fz-active');
  });

  it('html page in pieces: one element per block, each parsing alone, the page writeHtml prints', () => {
    const page = htmlPage({ ...doc, blocks: [...doc.blocks, { kind: 'paragraph', role: 'closing', runs: [{ text: '特此报告\u202e。' }] }] }, true);
    expect(page.lang).toBe('zh-Hans');
    expect(page.blocks).toHaveLength(8);
    page.blocks.forEach((block, i) => {
      const opened: string[] = [];
      let depth = 0;
      new Parser({ onopentag: (name) => (depth++ === 0 ? opened.push(name) : undefined), onclosetag: () => depth-- }).end(block);
      expect(opened).toHaveLength(1); // one top-level element
      expect(block).toContain(`data-block="${i}"`);
    });
    expect(page.blocks[7]).toContain('特此报告。'); // control characters dropped here too
    expect(writeHtml(doc, { preview: true })).toContain(`<style>${page.style}</style>\n</head>\n<body>\n<main class="report">\n${htmlPage(doc, true).blocks.join('\n')}\n</main>`);
  });
});

describe('writers and control characters', () => {
  const dirty: ReportDocument = {
    ...doc,
    blocks: [{ kind: 'paragraph', role: 'body', runs: [{ text: '甲\u0000乙\u0007丙\u001bc丁\r戊\u007f己\t庚\n辛', heading: 2 }, { text: '\u000b壬' }] }],
  };
  it.each([
    ['txt', writeText],
    ['md', writeMarkdown],
    ['html', (d: ReportDocument) => writeHtml(d)],
  ])('%s drops C0 controls and DEL but keeps tab and line feed', (_name, write) => {
    const out = write(dirty);
    expect(out).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out).toContain('甲乙丙c丁戊己\t庚\n辛');
  });
});
