import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { replaceFileAtomically } from '@fazhi/core/node';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { escapeHtml } from '@fazhi/core';
import { allDocxFaces, fallbacksFor, genericFor } from './font-fallbacks.js';

/**
 * A fontconfig file that includes the system's configuration and adds, for each face the Word file names, the
 * faces to use in its place. LibreOffice finds fonts through fontconfig on Linux, so with this file a missing
 * 仿宋_GB2312 becomes a Song/FangSong-like serif (Noto Serif CJK from fonts-noto-cjk) rather than whatever sans
 * face fontconfig would pick for Chinese, and 黑体 becomes a sans face. `fc-match` asked under the same file
 * says what the PDF will use, which is what `fazhi fonts` reports.
 */
export function fontconfigXml(): string {
  const aliases = allDocxFaces().map((face) => {
    const prefer = [...fallbacksFor(face), genericFor(face)].map((f) => `<family>${escapeHtml(f)}</family>`).join('');
    return `  <alias binding="same"><family>${escapeHtml(face)}</family><prefer>${prefer}</prefer></alias>`;
  });
  return [
    '<?xml version="1.0"?>',
    '<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">',
    '<fontconfig>',
    '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>',
    ...aliases,
    '</fontconfig>',
    '',
  ].join('\n');
}

let written: string | undefined;

/**
 * The environment that makes fontconfig (fc-match, LibreOffice) read the file above. The file is named by its
 * content's hash in the temp folder, so every run and every worker thread shares one file and none is left behind
 * per run; it is written to a private name first and renamed, so a reader never sees half of it.
 */
export function fontconfigEnv(): NodeJS.ProcessEnv {
  if (!written) {
    const xml = fontconfigXml();
    const path = join(tmpdir(), `fazhi-fonts-${createHash('sha256').update(xml).digest('hex').slice(0, 12)}.conf`);
    if (!existsSync(path)) replaceFileAtomically(path, xml);
    written = path;
  }
  return { ...process.env, FONTCONFIG_FILE: written };
}

/** Runs a fontconfig tool; undefined when it is not installed (Windows, macOS without it). */
export function fontconfigTool(tool: 'fc-list' | 'fc-match', args: string[]): string | undefined {
  const r = spawnSync(tool, args, { encoding: 'utf8', env: fontconfigEnv(), timeout: 30_000 });
  if (r.error || r.status !== 0) return undefined;
  return r.stdout;
}
