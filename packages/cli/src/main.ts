import { parseCommandArgs } from './args.js';
import { COMMANDS } from './commands/index.js';
import { UserError } from './errors.js';
import { commandHelp, mainHelp } from './help/format-help.js';
import { pickLang, t } from './i18n.js';
import { VERSION } from './version.js';
import { cleanUpOnSignals } from './interruption.js';

/** Runs the CLI and returns the exit code; never lets an exception reach the terminal as a stack trace. */
export async function main(argv: string[]): Promise<number> {
  const langFlag = argv.find((_, i) => argv[i - 1] === '--lang') ?? argv.find((a) => a.startsWith('--lang='))?.slice(7);
  const lang = pickLang(langFlag);
  const args = [...argv];
  // `fazhi --lang en check …`: the language may come before the command.
  while (args[0] === '--lang' || args[0]?.startsWith('--lang=')) args.splice(0, args[0] === '--lang' ? 2 : 1);
  const [name, ...rest] = args;
  if (name === '--version' || name === '-v' || name === '-V') {
    process.stdout.write(`${VERSION}\n`);
    return 0;
  }
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? rest.find((a, i) => !a.startsWith('-') && rest[i - 1] !== '--lang') : undefined;
    if (!topic) {
      process.stdout.write(mainHelp(lang));
      return name ? 0 : 2;
    }
    const command = COMMANDS.find((c) => c.name === topic);
    if (command) {
      process.stdout.write(commandHelp(command, lang));
      return 0;
    }
    process.stderr.write(t(lang, `没有“${topic}”这个命令。\n\n`, `Unknown command "${topic}".\n\n`) + mainHelp(lang));
    return 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(t(lang, `没有“${name}”这个命令。\n\n`, `Unknown command "${name}".\n\n`) + mainHelp(lang));
    return 2;
  }
  try {
    const { values, positionals } = parseCommandArgs(command, rest, lang);
    if (values.help) {
      process.stdout.write(commandHelp(command, lang));
      return 0;
    }
    cleanUpOnSignals(lang);
    return await command.run(values, positionals, lang);
  } catch (err) {
    if (err instanceof UserError) {
      process.stderr.write(`${err.message}\n`);
      return err.exitCode;
    }
    process.stderr.write(
      t(lang, `fazhi 内部出错，这是程序的缺陷，请报告：${(err as Error).message}\n`, `fazhi failed unexpectedly; this is a bug, please report it: ${(err as Error).message}\n`),
    );
    if (process.env.FAZHI_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return 70;
  }
}
