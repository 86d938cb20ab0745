import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BadInputCase } from './catalogue.js';

/**
 * The catalogue's cases about where a report is written (issue 12 items 1 and 8, issue 13 item 2): each runs in
 * its own folder, which `setup` fills (data files, special files) and which must afterwards hold exactly what it
 * held before when the render is refused, so "nothing written, nothing replaced" is checked, not assumed.
 */
const VALID = new URL('fixtures/valid-report.yaml', import.meta.url);
const checkOk = { exit: 0 as const, says: '0 个错误' };

/** Copies the valid report to each of `names` under `dir`. */
function data(dir: string, ...names: string[]): string[] {
  return names.map((n) => {
    mkdirSync(join(dir, n, '..'), { recursive: true });
    copyFileSync(VALID, join(dir, n));
    return join(dir, n);
  });
}

/** A character device like /dev/null made in the case's folder when we may (root), else /dev/null itself (never replaceable then). */
function device(dir: string): string {
  const own = join(dir, 'device.html');
  if (!existsSync(own)) spawnSync('mknod', [own, 'c', '1', '3']);
  return existsSync(own) ? own : '/dev/null';
}

export const OUTPUT_CASES: BadInputCase[] = [
  {
    id: 'out-batch-collision', fixture: 'valid-report', input: 'two data files of one name (`2023/report.yaml 2024/report.yaml --out o/`)', sees: 'refused before anything is written, naming both inputs and the output: the second would replace the first',
    check: checkOk, render: { exit: 2, says: '都会写到', setup: (d) => void data(d, '2023/report.yaml', '2024/report.yaml'), inputs: (d) => [join(d, '2023/report.yaml'), join(d, '2024/report.yaml')], out: (d) => `${d}/o/` },
  },
  {
    id: 'out-case-collision', fixture: 'valid-report', input: 'two data files whose outputs differ only in case (`Report.yaml`, `report.yaml`)', sees: 'refused: one file on Windows and macOS, which ignore case and Unicode form',
    check: checkOk, render: { exit: 2, says: '只差大小写', setup: (d) => void data(d, 'a/Report.yaml', 'b/report.yaml'), inputs: (d) => [join(d, 'a/Report.yaml'), join(d, 'b/report.yaml')], out: (d) => `${d}/o/` },
  },
  {
    id: 'out-over-data', fixture: 'valid-report', input: '`--out` naming the data file itself (`--format txt --out report.yaml`)', sees: 'refused: the output would replace the data file',
    check: checkOk, render: { exit: 2, says: '会覆盖数据文件', setup: (d) => void data(d, 'report.yaml'), inputs: (d) => [join(d, 'report.yaml')], out: (d) => join(d, 'report.yaml'), args: ['--format', 'txt'] },
  },
  {
    id: 'out-docx-by-name', fixture: 'valid-report', input: '`--out 报告.docx` without `--format`', sees: 'a Word file: the extension chooses the format (txt, md, html, docx, pdf)',
    check: checkOk, render: { exit: 0, says: '已生成', out: (d) => join(d, '报告.docx'), written: (d) => join(d, '报告.docx'), has: ['PK\u0003\u0004', 'word/document.xml'] },
  },
  {
    id: 'out-format-contradicts-name', fixture: 'valid-report', input: '`--format docx --out x.pdf`', sees: 'refused, naming both: drop --format or change the extension',
    check: checkOk, render: { exit: 2, says: '--format docx 与输出文件名', out: (d) => join(d, 'x.pdf'), args: ['--format', 'docx'] },
  },
  {
    id: 'out-unknown-extension', fixture: 'valid-report', input: '`--out x.doc` (an extension that is no output format)', sees: 'refused: the name does not say a format; the formats\' extensions are listed',
    check: checkOk, render: { exit: 2, says: '看不出格式', out: (d) => join(d, 'x.doc') },
  },
  {
    id: 'out-device', fixture: 'valid-report', input: '`--out /dev/null` (a character device)', sees: 'refused: a device is not a regular file, never replaced; use `--out -` for standard output',
    check: checkOk, render: { exit: 1, says: '设备文件', setup: (d) => void device(d), out: device },
  },
  {
    id: 'out-fifo', fixture: 'valid-report', input: '`--out` a named pipe (FIFO)', sees: 'refused without opening it (nothing blocks): not a regular file',
    check: checkOk, render: { exit: 1, says: '命名管道', setup: (d) => void spawnSync('mkfifo', [join(d, 'pipe.html')]), out: (d) => join(d, 'pipe.html') },
  },
  {
    id: 'out-stdout-link', fixture: 'valid-report', input: '`--out /dev/stdout` (a link to `/proc/self/fd/1`)', sees: 'refused: a link to an open file or standard output; use `--out -`',
    check: checkOk, render: { exit: 1, says: '--out -', setup: (d) => symlinkSync('/proc/self/fd/1', join(d, 'stdout.html')), out: (d) => join(d, 'stdout.html') },
  },
  {
    id: 'out-symlink', fixture: 'valid-report', input: '`--out` a symbolic link to a regular file', sees: 'written through: the link stays a link, its target is replaced atomically',
    check: checkOk,
    render: {
      exit: 0, says: '已生成', has: ['万源市2023年度法治政府建设情况报告'],
      setup: (d) => {
        mkdirSync(join(d, 'real'));
        writeFileSync(join(d, 'real', 'report.html'), 'last year\n');
        symlinkSync(join('real', 'report.html'), join(d, 'link.html'));
      },
      out: (d) => join(d, 'link.html'), written: (d) => join(d, 'real', 'report.html'),
    },
  },
  {
    id: 'out-dangling-symlink', fixture: 'valid-report', input: '`--out` a symbolic link to nothing', sees: 'refused: give the real file name or remove the link',
    check: checkOk, render: { exit: 1, says: '指向不存在', setup: (d) => symlinkSync('nowhere.html', join(d, 'dangling.html')), out: (d) => join(d, 'dangling.html') },
  },
  {
    id: 'markdown-in-data', input: 'Markdown syntax as prose (`- x` opening a paragraph, `~~x~~`, a paragraph `~~~`), rendered to md', sees: 'the md prints the text as written: no list, strike-through or code block (a CommonMark parser reads it back in packages/core/test/render/markdown-commonmark.test.ts)',
    check: checkOk, render: { exit: 0, says: '已生成', out: (d) => join(d, 'report.md'), has: ['\\- 2023年，\\~\\~万源市\\~\\~深入', '\n\\~\\~\\~\n'] },
  },
];
