import { docxFaces, type Script } from '@fazhi/core';
import { t, type Lang } from '../i18n.js';
import { fontconfigTool } from './fontconfig.js';

export interface FontStatus {
  face: string;
  /** undefined when this machine cannot tell (no fontconfig). */
  installed?: boolean;
  /** The face fontconfig (and so LibreOffice) uses for it. */
  substitute?: string;
}

/** Whether each face is installed and, if not, what stands in for it. One fc-list for all, one fc-match each. */
export function fontReport(faces: string[]): FontStatus[] {
  const listing = fontconfigTool('fc-list', ['--format', '%{family}\n']);
  if (listing === undefined) return faces.map((face) => ({ face }));
  // fc-list prints every name of a family (“仿宋,FangSong”), so split them and compare each.
  const families = new Set(listing.split('\n').flatMap((l) => l.split(',')).map((f) => f.trim().toLowerCase()));
  return faces.map((face) => {
    if (families.has(face.toLowerCase())) return { face, installed: true };
    const matched = fontconfigTool('fc-match', ['--format', '%{family}', `${face}:lang=zh-cn`]);
    return { face, installed: false, substitute: matched?.split(',')[0]?.trim() || undefined };
  });
}

/** One line for `fazhi render`: only what is missing, or that all faces are there. */
export function fontSummary(report: FontStatus[], lang: Lang): string {
  if (report.length && report.every((r) => r.installed === undefined)) {
    return t(lang, '字体：无法检查本机字体（没有 fc-list）；在 Word/WPS 中打开时由其替换缺少的字体。', 'Fonts: cannot check the local fonts (no fc-list); Word/WPS substitute missing faces when opening.');
  }
  const missing = report.filter((r) => r.installed === false);
  if (!missing.length) return t(lang, '字体：文档使用的字体本机都已安装。', 'Fonts: every face the document names is installed.');
  const list = missing.map((r) => `${r.face}→${r.substitute ?? '?'}`).join(t(lang, '，', ', '));
  return t(lang, `字体：本机缺少 ${missing.length} 种（${list}），PDF 用替代字体；运行 fazhi fonts 查看详情。`, `Fonts: ${missing.length} missing here (${list}); the PDF uses substitutes. Run fazhi fonts for details.`);
}

/** The summary line for the faces Word files in these scripts name. */
export function fontsLine(scripts: string[], lang: Lang): string {
  const faces = [...new Set(scripts.flatMap((s) => docxFaces(s as Script)))];
  return fontSummary(fontReport(faces), lang);
}
