import { parseArgs } from 'node:util';
import { closest } from '@fazhi/core';
import type { Command, CommandOptions } from './command.js';
import { UserError } from './errors.js';
import { COMMON_OPTIONS, usageLine } from './help/format-help.js';
import { t, type Lang } from './i18n.js';

/**
 * A command's arguments, checked first token by token so that a mistake gets a message in the writer's language
 * naming the option, the closest real one and where the help is, not node:util's English parser error.
 */
export function parseCommandArgs(command: Command, args: string[], lang: Lang): { values: Record<string, unknown>; positionals: string[] } {
  const options: CommandOptions = { ...command.options, ...COMMON_OPTIONS };
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const names = Object.keys(options).map((n) => `--${n}`);
  const refuse = (zh: string, en: string) =>
    new UserError(`${t(lang, zh, en)}\n${t(lang, '用法：', 'Usage: ')}${usageLine(command, lang)}\n${t(lang, `说明：fazhi help ${command.name}`, `Help: fazhi help ${command.name}`)}`, 2);
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const spec = options[token.name];
    if (!spec) {
      const near = closest(`--${token.name}`, names);
      const listed = names.join(t(lang, '、', ', '));
      throw refuse(
        `fazhi ${command.name} 没有 ${token.rawName} 这个选项。${near ? `是不是 ${near}？` : ''}可用的选项：${listed}。`,
        `fazhi ${command.name} has no option ${token.rawName}.${near ? ` Did you mean ${near}?` : ''} Options: ${listed}.`,
      );
    }
    if (spec.type === 'string' && (token.value === undefined || (!token.inlineValue && token.value.startsWith('-') && token.value !== '-'))) {
      throw refuse(`${token.rawName} 后面要写一个值，例如 ${token.rawName} ${example(command, token.name)}。`, `${token.rawName} needs a value, e.g. ${token.rawName} ${example(command, token.name)}.`);
    }
    if (spec.type === 'boolean' && token.inlineValue) {
      throw refuse(`${token.rawName} 是开关，后面不带值：直接写 --${token.name}。`, `${token.rawName} is a switch and takes no value: write --${token.name}.`);
    }
  }
  const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
  return { values, positionals };
}

/** A value the option takes, from the command's own examples (else its placeholder). */
function example(command: Command, name: string): string {
  for (const e of command.help.examples) {
    const m = new RegExp(`--${name}[ =](\\S+)`).exec(e.command);
    if (m?.[1]) return m[1];
  }
  return `<${command.help.options[name]?.value?.zh ?? name}>`;
}
