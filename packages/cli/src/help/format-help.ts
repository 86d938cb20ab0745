import type { Command, CommandOptions, OptionHelp } from '../command.js';
import { COMMANDS } from '../commands/index.js';
import { t, type Lang } from '../i18n.js';
import { displayWidth } from '../output/display-width.js';
import { VERSION } from '../version.js';

/** The options every command takes. */
export const COMMON_OPTIONS = {
  lang: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies CommandOptions;

const COMMON_HELP: Record<keyof typeof COMMON_OPTIONS, OptionHelp> = {
  lang: {
    value: { zh: 'zh|en', en: 'zh|en' },
    text: { zh: '信息的语言', en: 'the language of messages' },
    default: { zh: '环境变量 FAZHI_LANG，否则 zh', en: 'the FAZHI_LANG environment variable, else zh' },
  },
  help: { text: { zh: '显示本说明', en: 'show this help' } },
};

/** `fazhi render <文件…> [选项]`: the usage line, in the reader's language. */
export function usageLine(command: Command, lang: Lang): string {
  return `fazhi ${command.name} ${command.help.args[lang]}`;
}

/** `fazhi <command> --help` and `fazhi help <command>`. */
export function commandHelp(command: Command, lang: Lang): string {
  const options: CommandOptions = { ...command.options, ...COMMON_OPTIONS };
  const help: Record<string, OptionHelp> = { ...command.help.options, ...COMMON_HELP };
  const rows = Object.entries(options).map(([name, spec]) => {
    const h = help[name];
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${h?.value ? ` <${h.value[lang]}>` : ''}`;
    const text = h ? `${h.text[lang]}${h.default ? t(lang, `（默认：${h.default.zh}）`, ` (default: ${h.default.en})`) : ''}` : '';
    return [flag, text] as const;
  });
  const width = Math.max(...rows.map(([flag]) => displayWidth(flag)));
  return [
    `fazhi ${command.name}${t(lang, '：', ': ')}${command.summary[lang]}`,
    '',
    `${t(lang, '用法：', 'Usage: ')}${usageLine(command, lang)}`,
    '',
    t(lang, '选项：', 'Options:'),
    ...rows.map(([flag, text]) => `  ${flag}${' '.repeat(width - displayWidth(flag) + 3)}${text}`),
    '',
    t(lang, '示例：', 'Examples:'),
    ...command.help.examples.flatMap((e) => [`  ${e.command}`, `      ${e.text[lang]}`]),
    '',
  ].join('\n');
}

/** `fazhi`, `fazhi --help`, `fazhi help`. */
export function mainHelp(lang: Lang): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    t(lang, `fazhi ${VERSION}：法治政府建设年度报告工具`, `fazhi ${VERSION}: annual law-based government report tool`),
    '',
    t(lang, '用法：fazhi <命令> [参数] [选项]', 'Usage: fazhi <command> [arguments] [options]'),
    '',
    t(lang, '命令：', 'Commands:'),
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width + 3)}${c.summary[lang]}`),
    '',
    t(lang, '每个命令的选项和示例：fazhi help <命令>（或 fazhi <命令> --help）', "A command's options and examples: fazhi help <command> (or fazhi <command> --help)"),
    t(lang, '版本：fazhi --version　英文信息：--lang en（或 FAZHI_LANG=en）', 'Version: fazhi --version   Chinese messages: --lang zh'),
    '',
  ].join('\n');
}
