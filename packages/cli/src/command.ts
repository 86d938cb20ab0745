import type { ParseArgsConfig } from 'node:util';
import type { Lang } from './i18n.js';

export type CommandOptions = NonNullable<ParseArgsConfig['options']>;

/** One `fazhi` subcommand: its help, its options (node:util parseArgs) and what it does. */
export interface Command {
  name: string;
  summary: { zh: string; en: string };
  usage: string;
  options: CommandOptions;
  /** Returns the exit code. Throws UserError for anything the user must fix. */
  run(values: Record<string, unknown>, positionals: string[], lang: Lang): number | Promise<number>;
}

/** A repeatable string option's values. */
export const list = (v: unknown): string[] => (Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : []);
