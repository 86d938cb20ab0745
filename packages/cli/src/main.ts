import { parseArgs } from 'node:util';
import type { CommandOptions } from './command.js';
import { COMMANDS } from './commands/index.js';
import { UserError } from './errors.js';
import { pickLang, t, type Lang } from './i18n.js';
import { cleanUpOnSignals } from './interruption.js';
import { terminalSafe } from './output/terminal-safe.js';

const COMMON: CommandOptions = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
};

function help(lang: Lang): string {
  const rows = COMMANDS.map((c) => `  ${c.name.padEnd(10)} ${c.summary[lang]}`);
  return [
    t(lang, 'fazhi：法治政府建设年度报告工具', 'fazhi: annual law-based government report tool'),
    '',
    t(lang, '用法：fazhi <命令> [参数]', 'Usage: fazhi <command> [options]'),
    '',
    ...rows,
    '',
    t(lang, '每个命令的说明：fazhi <命令> --help；英文信息：--lang en', 'Per-command help: fazhi <command> --help; Chinese messages: --lang zh'),
  ].join('\n');
}

/** Runs the CLI and returns the exit code; never lets an exception reach the terminal as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const langFlag = argv.find((_, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang = pickLang(langFlag);
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help(lang) + '\n');
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(t(lang, `没有“${name}”这个命令。\n\n`, `Unknown command "${name}".\n\n`) + help(lang) + '\n');
    return 2;
  }
  try {
    const { values, positionals } = parseArgs({ args: rest, options: { ...COMMON, ...command.options }, allowPositionals: true, strict: true });
    if (values.help) {
      process.stdout.write(`${command.summary[lang]}\n\n${t(lang, '用法：', 'Usage: ')}${command.usage}\n`);
      return 0;
    }
    cleanUpOnSignals(lang);
    return await command.run(values, positionals, lang);
  } catch (err) {
    if (err instanceof UserError) {
      // Messages name files and folders the user's glob or folder found: their control characters are shown, not obeyed.
      process.stderr.write(`${terminalSafe(err.message)}\n`);
      return err.exitCode;
    }
    const code = (err as { code?: string }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(`${(err as Error).message}\n${t(lang, '用法：', 'Usage: ')}${command.usage}\n`);
      return 2;
    }
    process.stderr.write(
      t(lang, `fazhi 内部出错，这是程序的缺陷，请报告：${(err as Error).message}\n`, `fazhi failed unexpectedly; this is a bug, please report it: ${(err as Error).message}\n`),
    );
    if (process.env.FAZHI_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 70;
  }
}
