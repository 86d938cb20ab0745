import { DOCX_FONTS, FONT_STACKS, type FontRole, type Script } from '@fazhi/core';

/** Which of the print HTML's font stacks stands for each role a Word face plays: one list of fallbacks for both. */
const STACK_OF: Record<FontRole, keyof typeof FONT_STACKS> = { title: 'song', fang: 'fang', kai: 'kai', hei: 'hei', pageNumber: 'pageNumber' };

const GENERIC = new Set(['serif', 'sans-serif', 'monospace']);

/**
 * The faces that may stand in for a named face, best first: its stack from the print HTML without the face itself
 * and the CSS generic family (“仿宋_GB2312” → 仿宋, FangSong, STFangsong, Noto Serif CJK SC, …).
 */
export function fallbacksFor(face: string): string[] {
  for (const script of Object.keys(DOCX_FONTS) as Script[]) {
    for (const [role, named] of Object.entries(DOCX_FONTS[script]) as [FontRole, string][]) {
      if (named === face) return stackFamilies(FONT_STACKS[STACK_OF[role]]).filter((f) => f !== face);
    }
  }
  return [];
}

export function stackFamilies(stack: string): string[] {
  return stack
    .split(',')
    .map((f) => f.trim().replace(/^"|"$/g, ''))
    .filter((f) => f && !GENERIC.has(f));
}

/** The generic family a face belongs to, so a machine with none of the fallbacks still gets the right kind. */
export function genericFor(face: string): 'serif' | 'sans-serif' {
  return Object.values(DOCX_FONTS).some((faces) => faces.hei === face) ? 'sans-serif' : 'serif';
}

/** Every face either script names, each once. */
export function allDocxFaces(): string[] {
  return [...new Set(Object.values(DOCX_FONTS).flatMap((faces) => Object.values(faces)))];
}
