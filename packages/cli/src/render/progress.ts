import { t, type Lang } from '../i18n.js';
import { terminalSafe } from '../output/terminal-safe.js';

/**
 * A progress bar on stderr when it is a terminal (redrawn in place below the messages); plain
 * “[3/40] file” lines otherwise, so CI logs stay readable.
 */
export class Progress {
  private done_ = 0;
  private readonly tty = process.stderr.isTTY === true;

  constructor(
    private readonly total: number,
    private readonly lang: Lang,
  ) {}

  report(name: string, text: string): void {
    this.done_++;
    // A file name found by expanding a folder may hold escape sequences: shown, never obeyed.
    const file = terminalSafe(name);
    if (this.tty) process.stderr.write('\r\u001b[2K');
    process.stdout.write(text);
    if (this.tty) process.stderr.write(this.bar(file));
    else process.stderr.write(`[${this.done_}/${this.total}] ${file}\n`);
  }

  done(): void {
    if (this.tty) process.stderr.write('\r\u001b[2K');
  }

  private bar(file: string): string {
    const width = 24;
    const filled = Math.round((this.done_ / this.total) * width);
    return `${'█'.repeat(filled)}${'░'.repeat(width - filled)} ${this.done_}/${this.total} ${t(this.lang, '已完成', 'done')} ${file}`;
  }
}
