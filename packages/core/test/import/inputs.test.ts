import { describe, expect, it } from 'vitest';
import { readPublishedReport, UnreadableFileError } from '../../src/index.js';
import { pdfParagraphs, type PdfTextItem } from '../../src/import/pdf-paragraphs.js';
import { pdfBomb, pdfWithContent, pdfWithoutText } from '../support/pdf-bytes.js';

const bytes = (s: string) => new TextEncoder().encode(s);

/** Items of one line of 16-point text starting at x, one item per run. */
const line = (y: number, x: number, ...runs: string[]): PdfTextItem[] => {
  let at = x;
  return runs.map((str) => {
    const item = { str, x: at, y, width: [...str].length * 16, height: 16 };
    at += item.width;
    return item;
  });
};

// Generous limits: the first PDF, .mht or .docx read loads its library (pdf.js is large), and the machine running
// the tests may be shared and loaded.
describe('reading a PDF', { timeout: 60_000 }, () => {
  it('makes paragraphs from lines: an indented line starts one, a full line goes on, page numbers are dropped', () => {
    const full = '一二三四五六七八九十一二三四五六七八九十一二三四五六七八';
    const page1 = [...line(700, 112, '一、主要举措'), ...line(670, 80, full), ...line(640, 112, '2023 年，示例县', '审 查 重 大 事 项', '十一二三四'), ...line(610, 80, full), ...line(60, 280, '— 1 —')];
    const page2 = [...line(700, 80, '接着上一页。'), ...line(670, 112, '巴山画屏 红城万源。')];
    expect(pdfParagraphs([page1, page2]).split('\n')).toEqual(['一、主要举措', full, `2023年，示例县审查重大事项十一二三四${full}接着上一页。`, '巴山画屏 红城万源。']);
  });

  it('refuses a PDF without a text layer, saying it is probably a scan', async () => {
    const error = await readPublishedReport(pdfWithoutText(), 'scan.pdf', 'zh').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(/scan\.pdf：这个 PDF 里没有文字.*扫描件/);
  });

  it('refuses a stream bomb before pdf.js inflates it, quickly and naming the file (issue 12, item 4 for PDF)', async () => {
    const bomb = pdfBomb();
    expect(bomb.length).toBeLessThan(200_000);
    const t0 = performance.now();
    const error = await readPublishedReport(bomb, 'bomb.pdf', 'zh').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(/^bomb\.pdf：其中的压缩内容解压后超过 64 MB/);
    // Refused at the count, not after pdf.js read 80 MB (22 s once): generous for a shared machine.
    expect(performance.now() - t0).toBeLessThan(10_000);
  });

  it('reads a page whose small stream inflates within the limit as before (the count does not refuse it)', async () => {
    const page = pdfWithContent(new Uint8Array(1000));
    const error = await readPublishedReport(page, 'blank.pdf', 'zh').catch((e: unknown) => e);
    expect((error as Error).message).toMatch(/blank\.pdf：这个 PDF 里没有文字/);
  });

  it('refuses a damaged PDF with a message naming the file', async () => {
    const error = await readPublishedReport(bytes('%PDF-1.4 garbage'), 'bad.pdf', 'en').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UnreadableFileError);
    expect((error as Error).message).toMatch(/^bad\.pdf: cannot read this PDF/);
  });
});

describe('reading a saved web page (.mht)', { timeout: 60_000 }, () => {
  const mht = (encoding: string, body: string, charsetInHeader = '') => `From: <Saved by Blink>
MIME-Version: 1.0
Content-Type: multipart/related; type="text/html"; boundary="----B"

------B
Content-Type: text/html${charsetInHeader}
Content-Transfer-Encoding: ${encoding}
Content-Location: http://example.gov.cn/a.html

${body}
------B
Content-Type: image/png
Content-Transfer-Encoding: base64

iVBORw0KGgo=
------B--
`;

  it('decodes a quoted-printable GBK page whose charset only its <meta> names', async () => {
    // “示例县” in GBK: CA BE C0 FD CF D8.
    const page = '<html><head><meta charset=3D"gbk"><title>x</title></head><body><p>=CA=BE=C0=FD=CF=D8</p><p>=\n=CA=BE</p></body></html>';
    const { text } = await readPublishedReport(bytes(mht('quoted-printable', page)), 'page.mht', 'zh');
    expect(text).toBe('示例县\n示');
  });

  it('decodes a base64 UTF-8 page', async () => {
    const page = Buffer.from('<html><body><p>一、主要举措</p><script>no</script><p>（一）标题。</p></body></html>').toString('base64');
    const { text } = await readPublishedReport(bytes(mht('base64', page, '; charset="utf-8"')), 'page.mhtml', 'zh');
    expect(text).toBe('一、主要举措\n（一）标题。');
  });

  it('refuses a file that holds no page', async () => {
    await expect(readPublishedReport(bytes('just text'), 'x.mht', 'zh')).rejects.toThrow(/x\.mht：不是有效的 \.mht/);
  });
});

describe('reading .doc and .wps', { timeout: 60_000 }, () => {
  it('asks the host to convert them, and refuses them with advice when it cannot', async () => {
    await expect(readPublishedReport(bytes('x'), 'old.wps', 'zh')).rejects.toThrow(/另存为”\.docx/);
    const seen: string[] = [];
    const error = await readPublishedReport(bytes('x'), 'old.doc', 'zh', {
      officeToDocx: async (_b, name) => {
        seen.push(name);
        return bytes('not a zip');
      },
    }).catch((e: unknown) => e);
    expect(seen).toEqual(['old.doc']);
    expect((error as Error).message).toMatch(/old\.doc：不是有效的 \.docx/);
  });
});
