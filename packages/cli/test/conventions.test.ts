import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../src/args.js';
import { COMMANDS } from '../src/commands/index.js';
import { commandHelp } from '../src/help/format-help.js';
import { VERSION } from '../src/version.js';
import { cliDir, runCli } from './run-cli.js';

// The conventions a command-line user expects: --version, help per command with every option, its default
// and examples, `fazhi help <command>`, and mistakes in options said in the user's language.
const HAN = /[\u4e00-\u9fff]/;

describe('fazhi --version', () => {
  it("prints the package's version", () => {
    expect(VERSION).toBe(JSON.parse(readFileSync(`${cliDir}package.json`, 'utf8')).version);
    const r = runCli(['--version']);
    expect(r).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });
});

describe.each(COMMANDS.map((c) => [c.name, c] as const))('fazhi %s --help', (name, command) => {
  it('documents every option, and has at least two examples that parse', () => {
    expect(Object.keys(command.help.options).sort()).toEqual(Object.keys(command.options).sort());
    expect(command.help.examples.length).toBeGreaterThanOrEqual(2);
    for (const example of command.help.examples) {
      const [fazhi, sub, ...args] = example.command.split(' ');
      expect([fazhi, sub]).toEqual(['fazhi', name]);
      expect(() => parseCommandArgs(command, args, 'en')).not.toThrow();
    }
  });

  it('lists each option with its default and the examples, in Chinese and in English', () => {
    const zh = commandHelp(command, 'zh');
    const en = commandHelp(command, 'en');
    for (const [option, help] of Object.entries(command.help.options)) {
      expect(zh).toContain(`--${option}`);
      expect(en).toContain(`--${option}`);
      if (help.default) expect(en).toContain(`(default: ${help.default.en})`);
      if (help.default) expect(zh).toContain(`（默认：${help.default.zh}）`);
    }
    for (const example of command.help.examples) expect(en).toContain(`  ${example.command}\n      ${example.text.en}\n`);
    // English help is English, apart from the example command lines, which may name Chinese files.
    expect(en.split('\n').filter((l) => !l.trimStart().startsWith('fazhi ') && HAN.test(l))).toEqual([]);
  });
});

describe('fazhi help <command>', () => {
  it('is the command\'s --help, in either language', () => {
    const zh = runCli(['render', '--help']);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain('选项：');
    expect(runCli(['help', 'render']).stdout).toBe(zh.stdout);
    expect(runCli(['help', 'render', '--lang', 'en']).stdout).toBe(runCli(['render', '-h', '--lang', 'en']).stdout);
  });

  it('without a command lists the commands, the version and how to get a command\'s help', () => {
    const r = runCli(['help', '--lang', 'en']);
    expect(r.code).toBe(0);
    for (const c of COMMANDS) expect(r.stdout).toContain(`  ${c.name} `);
    expect(r.stdout).toContain(`fazhi ${VERSION}`);
    expect(r.stdout).toContain('fazhi help <command>');
  });
});

describe('options the command does not have', () => {
  it('are refused in Chinese, naming the closest option and where the help is', () => {
    const r = runCli(['check', 'examples/', '--formt', 'json']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('fazhi check 没有 --formt 这个选项。是不是 --format？');
    expect(r.stderr).toContain('fazhi help check');
    expect(r.stderr).not.toMatch(/Unknown option|ERR_PARSE_ARGS/);
  });

  it('are refused in English with --lang en, and so are a missing value and a value given to a switch', () => {
    const unknown = runCli(['render', 'x.yaml', '--outt', 'a', '--lang', 'en']);
    expect(unknown.stderr).toContain('fazhi render has no option --outt. Did you mean --out?');
    const missing = runCli(['render', 'x.yaml', '--lang', 'en', '--format']);
    expect(missing.stderr).toContain('--format needs a value, e.g. --format docx.');
    const flag = runCli(['new', '--force=yes', '--lang', 'en']);
    expect(flag.stderr).toContain('--force is a switch and takes no value');
    for (const r of [unknown, missing, flag]) {
      expect(r.code).toBe(2);
      expect(r.stderr).not.toMatch(HAN);
    }
  });
});

describe('--lang en', () => {
  it('says usage errors in English, with an English usage line', () => {
    for (const args of [['new', '--jurisdiction', 'X', '--year', '24'], ['import'], ['templates'], ['check'], ['render'], ['help', 'nosuch']]) {
      const r = runCli([...args, '--lang', 'en']);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).not.toMatch(HAN);
    }
  });

  it('may come before the command', () => {
    expect(runCli(['--lang', 'en', 'help', 'check']).stdout).toContain('Usage: fazhi check');
  });
});
