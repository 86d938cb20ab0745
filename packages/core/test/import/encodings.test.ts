import { describe, expect, it } from 'vitest';
import { decodeText, readPublishedReport, UnreadableFileError } from '../../src/index.js';
import { big5Bytes, gb18030Bytes } from '../support/legacy-encodings.js';

/**
 * Big5 bytes are valid GB18030 byte for byte, so a Big5 file used to decode silently into mojibake. It is now
 * refused with a message (data files and .txt import alike), while GBK/GB18030 files still read.
 */
/** A report's opening in simplified script, as a GBK editor would save it. */
const SIMPLIFIED = 'template: national\nyear: 2023\njurisdiction:\n  name: 万源市\npreamble: 2023年，万源市坚持依法行政，推进法治政府建设，规范行政执法，化解矛盾纠纷。\n';
const TRADITIONAL = '法治政府建設年度報告：一、主要舉措和成效。堅持黨的全面領導，推進依法行政，規範行政執法。';

describe('encodings we cannot read with confidence', () => {
  it('refuses a Big5 data file with a message naming the file and what to do', () => {
    expect(() => decodeText(big5Bytes(`title: ${TRADITIONAL}\n`.repeat(5)), 'report.yaml', 'zh')).toThrow(UnreadableFileError);
    expect(() => decodeText(big5Bytes(`title: ${TRADITIONAL}\n`), 'report.yaml', 'zh')).toThrow(/report\.yaml：无法确定文件的编码.*Big5.*UTF-8/);
  });

  it('refuses a Big5 .txt on import', async () => {
    await expect(readPublishedReport(big5Bytes(TRADITIONAL.repeat(20)), '報告.txt', 'en')).rejects.toThrow(/報告\.txt: the encoding cannot be told/);
  });

  it('still reads GBK/GB18030, saying so', () => {
    const { text, notes } = decodeText(gb18030Bytes(SIMPLIFIED), 'report.yaml', 'zh');
    expect(text).toContain('  name: 万源市');
    expect(notes.join()).toContain('GBK/GB18030');
  });
});
