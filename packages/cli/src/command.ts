import type { ParseArgsConfig } from 'node:util';
import type { Message } from '@fazhi/core';
import type { Lang } from './i18n.js';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** One option as `fazhi <command> --help` shows it. */
export interface OptionHelp {
  /** The value's placeholder (`--format <格式>`); none for a flag. */
  value?: Message;
  text: Message;
  /** What applies when the option is not given. */
  default?: Message;
}

/** A command's help: what follows its name, every option (test/conventions.test.ts checks none is missing), examples. */
export interface CommandHelp {
  /** The arguments after `fazhi <name>`, e.g. `<数据文件…> [选项]`. */
  args: Message;
  options: Record<string, OptionHelp>;
  /** At least two, each a command line that runs as shown from the repository root. */
  examples: Array<{ command: string; text: Message }>;
}

/** One `fazhi` subcommand: its help, its options (node:util parseArgs) and what it does. */
export interface Command {
  name: string;
  summary: Message;
  help: CommandHelp;
  options: CommandOptions;
  /** Returns the exit code. Throws UserError for anything the user must fix. */
  run(values: Record<string, unknown>, positionals: string[], lang: Lang): number | Promise<number>;
}

/** A repeatable string option's values. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);

/** The --templates option every command that reads packs takes, and its help. */
export const TEMPLATES_OPTION = { templates: { type: 'string', multiple: true } } as const satisfies CommandOptions;
export const TEMPLATES_HELP: Record<'templates', OptionHelp> = {
  templates: {
    value: { zh: '目录', en: 'folder' },
    text: { zh: '另找模板的文件夹，可重复，先列的优先', en: 'another folder of template packs; repeatable, earlier ones win' },
    default: { zh: '当前文件夹的 templates/，再是内置模板', en: 'templates/ in the current folder, then the built-in packs' },
  },
};
