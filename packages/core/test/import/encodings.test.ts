import { describe, expect, it } from 'vitest';
import { decodeText, readPublishedReport, UnreadableFileError } from '../../src/index.js';
import { big5, gb18030 } from '../../../cli/test/bad-input/generate.js';

/**
 * Big5 bytes are valid GB18030 byte for byte, so a Big5 file used to decode silently into mojibake. It is now
 * refused with a message (data files and .txt import alike), while GBK/GB18030 files still read.
 */
const TRADITIONAL = '法治政府建設年度報告：一、主要舉措和成效。堅持黨的全面領導，推進依法行政，規範行政執法。';

describe('encodings we cannot read with confidence', () => {
  it('refuses a Big5 data file with a message naming the file and what to do', () => {
    expect(() => decodeText(big5(), 'report.yaml', 'zh')).toThrow(UnreadableFileError);
    expect(() => decodeText(big5(`title: ${TRADITIONAL}\n`), 'report.yaml', 'zh')).toThrow(/report\.yaml：无法确定文件的编码.*Big5.*UTF-8/);
  });

  it('refuses a Big5 .txt on import', async () => {
    await expect(readPublishedReport(big5(TRADITIONAL.repeat(20)), '報告.txt', 'en')).rejects.toThrow(/報告\.txt: the encoding cannot be told/);
  });

  it('still reads GBK/GB18030, saying so', () => {
    const { text, notes } = decodeText(gb18030(), 'report.yaml', 'zh');
    expect(text).toContain('  name: 万源市');
    expect(notes.join()).toContain('GBK/GB18030');
  });
});
