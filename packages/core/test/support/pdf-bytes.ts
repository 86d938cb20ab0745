import { zlibSync } from 'fflate';

// PDFs written byte by byte for the tests: a page a text reader finds empty, and a page whose content is any bytes.

/** A one-page PDF whose page draws nothing (a scan without its text layer looks the same to a text reader). */
export function pdfWithoutText(): Uint8Array {
  return pdfOf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>']);
}

/**
 * A one-page PDF whose content stream is `content` compressed with Flate: many bytes of zeros make a stream bomb
 * (50 MB compress to about 50 KB), a few bytes of drawing a page a reader opens at once.
 */
export function pdfWithContent(content: Uint8Array): Uint8Array {
  const compressed = zlibSync(content, { level: 9 });
  // A placeholder as long as the stream keeps every offset of the xref right; the bytes then go in its place.
  const placeholder = 'X'.repeat(compressed.length);
  const out = pdfOf([
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    `<< /Length ${compressed.length} /Filter /FlateDecode >>\nstream\n${placeholder}\nendstream`,
  ]);
  out.set(compressed, new TextDecoder('latin1').decode(out).indexOf(placeholder));
  return out;
}

function pdfOf(objects: string[]): Uint8Array {
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(out);
}


/** A stream bomb: an 80 MB content stream of zeros in a PDF of about 80 KB (issue 12 item 4, the PDF half). */
export const pdfBomb = (): Uint8Array => pdfWithContent(new Uint8Array(80 * 1024 * 1024));
