import { strFromU8, unzipSync } from 'fflate';
import { DomUtils, parseDocument } from 'htmlparser2';

type Element = ReturnType<typeof DomUtils.findAll>[number];

/** A produced .docx opened as Word would: the zip's parts, each XML part parsed. */
export interface OpenedDocx {
  parts: Record<string, string>;
  xml(part: string): Element;
}

export function openDocx(bytes: Uint8Array): OpenedDocx {
  const parts = Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));
  return {
    parts,
    xml(part) {
      const text = parts[part];
      if (text === undefined) throw new Error(`no part ${part} in the docx; parts: ${Object.keys(parts).join(', ')}`);
      return parseDocument(text, { xmlMode: true }) as unknown as Element;
    },
  };
}

export const all = (root: Element, tag: string): Element[] => DomUtils.findAll((e) => e.name === tag, [root]);
export const first = (root: Element, tag: string): Element | undefined => DomUtils.findOne((e) => e.name === tag, [root]) ?? undefined;
export const attr = (root: Element | undefined, tag: string, name: string): string | undefined => {
  const e = root && (root.name === tag ? root : first(root, tag));
  return e?.attribs[name];
};
export const num = (root: Element | undefined, tag: string, name: string): number => Number(attr(root, tag, name));

/** One w:p as the tests read it: alignment, indents, and each run's text, fonts, size and weight. */
export interface ReadParagraph {
  text: string;
  jc?: string;
  ind: Record<string, number>;
  runs: { text: string; fonts: Record<string, string>; size?: number; bold: boolean }[];
}

export function readParagraphs(root: Element): ReadParagraph[] {
  return all(root, 'w:p').map((p) => {
    const pPr = DomUtils.getChildren(p).find((c) => (c as Element).name === 'w:pPr') as Element | undefined;
    const ind = Object.fromEntries(Object.entries(pPr ? (first(pPr, 'w:ind')?.attribs ?? {}) : {}).map(([k, v]) => [k.replace('w:', ''), Number(v)]));
    const runs = all(p, 'w:r').map((r) => {
      const rPr = first(r, 'w:rPr');
      const fonts = Object.fromEntries(Object.entries(rPr ? (first(rPr, 'w:rFonts')?.attribs ?? {}) : {}).map(([k, v]) => [k.replace('w:', ''), v]));
      const b = rPr && first(rPr, 'w:b');
      const sz = rPr && attr(rPr, 'w:sz', 'w:val');
      return { text: all(r, 'w:t').map((t) => DomUtils.textContent(t)).join(''), fonts, size: sz ? Number(sz) : undefined, bold: !!b && b.attribs['w:val'] !== 'false' && b.attribs['w:val'] !== '0' };
    });
    return { text: runs.map((r) => r.text).join(''), jc: pPr ? attr(pPr, 'w:jc', 'w:val') : undefined, ind, runs };
  });
}
