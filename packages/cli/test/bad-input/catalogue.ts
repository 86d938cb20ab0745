import { OUTPUT_CASES } from './output-cases.js';
import { ALIAS_WIDE_AT, aliasBomb, aliasWide, binary, DEEP_BLOCK_AT, DEEP_FLOW_AT, deepBlock, deepFlow, gb18030, huge, manyFullwidthColons, manyUnknownKeys, utf16 } from './generate.js';

/** What one command should do with one bad input. */
export interface Expect {
  /** 2: refused as a usage error, before anything is read or written. */
  exit: 0 | 1 | 2;
  /** The diagnostic the user must see (absent when the whole file is refused before parsing). */
  code?: string;
  /** Where it points, as 1-based line:col in the data file. */
  at?: string;
  /** Words of the message that say what to do about it (or what is wrong, for a refused file). */
  says: string;
  /** A pack file location the message must name (template faults), e.g. `pack-x/report.hbs:2:12`. */
  where?: string;
}

export interface RenderExpect extends Expect {
  /** What a successful render's HTML must contain, and must not. */
  has?: string[];
  lacks?: Array<string | RegExp>;
  /** An --out target other than a pre-existing file (the output-path cases); gets the case's temp folder. */
  out?: (dir: string) => string;
  /** Fills the case's folder before the run (data files, a device, a FIFO, links). */
  setup?: (dir: string) => void;
  /** The data files rendered, when not the case's one file. */
  inputs?: (dir: string) => string[];
  /** More arguments for `fazhi render` (e.g. `--format`). */
  args?: string[];
  /** For an output-path case that succeeds: the file that must now hold the report (`has` is checked there). */
  written?: (dir: string) => string;
}

export interface BadInputCase {
  id: string;
  /** For docs/security.md: the input, and what the user sees (English). */
  input: string;
  sees: string;
  /** Generated at test time (too big, binary or dangerous to commit); else `fixtures/<id>.yaml`. */
  generate?: () => string | Uint8Array;
  /** Another fixture to use as the data file (the output-path cases use the valid report). */
  fixture?: string;
  /** Pass `--templates packs`: the case is about a test template pack. */
  packs?: boolean;
  /** Other diagnostics `check` must also show, as code@line:col. */
  alsoChecks?: string[];
  check: Expect;
  render: RenderExpect;
}

const same = (e: Expect): { check: Expect; render: RenderExpect } => ({ check: e, render: e });
const ok = (says: string, render: Omit<RenderExpect, 'exit' | 'says'> = {}): { check: Expect; render: RenderExpect } => ({
  check: { exit: 0, says },
  render: { exit: 0, says: '已生成', ...render },
});

export const CASES: BadInputCase[] = [
  // Empty and malformed YAML
  { id: 'empty', input: 'an empty file', sees: 'error at 1:1: the file is empty, run `fazhi new`', ...same({ exit: 1, code: 'wrong-type', at: '1:1', says: 'fazhi new' }) },
  { id: 'only-comments', input: 'a file of comments only', sees: 'same as an empty file', ...same({ exit: 1, code: 'wrong-type', at: '1:1', says: 'fazhi new' }) },
  { id: 'syntax-unclosed-bracket', input: '`year: [2023` (bracket never closed)', sees: 'syntax error: a `[` above is not closed, add `]`', ...same({ exit: 1, code: 'syntax', at: '3:1', says: '补上“]”' }) },
  { id: 'syntax-unclosed-quote', input: 'a double quote never closed', sees: 'syntax error: quote or bracket not closed (at the end of the file, where the parser notices)', ...same({ exit: 1, code: 'syntax', at: '24:1', says: '没有闭合' }) },
  { id: 'syntax-bad-indent', input: 'a key indented one space too far', sees: 'indentation error at the line: it should be indented 2 spaces, lined up with the key above (with the fix)', ...same({ exit: 1, code: 'indentation', at: '5:1', says: '缩进 2 个空格' }) },
  { id: 'syntax-fullwidth-colon', input: '`year：2023` (full-width colon from a Chinese IME)', sees: 'error at the colon with a one-click fix to `: `', ...same({ exit: 1, code: 'fullwidth-colon', at: '2:5', says: '半角冒号' }) },
  { id: 'syntax-duplicate-key', input: 'the same key twice', sees: 'error at the second key: delete or merge one', ...same({ exit: 1, code: 'duplicate-key', at: '3:1', says: '删掉或合并' }) },
  { id: 'syntax-two-documents', input: 'a second `---` document', sees: 'error at the `---`: one report per file', ...same({ exit: 1, code: 'syntax', at: '24:1', says: '只能写一份报告' }) },
  { id: 'syntax-missing-colon', input: 'a part name without its colon', sees: 'syntax error: the line above may lack a colon', ...same({ exit: 1, code: 'syntax', at: '15:1', says: '漏了冒号' }) },
  { id: 'syntax-bad-escape', input: 'an invalid `\\q` escape in double quotes', sees: 'syntax error at the escape: remove the backslash or use single quotes', ...same({ exit: 1, code: 'syntax', at: '14:20', says: '去掉反斜杠' }) },
  { id: 'syntax-unknown-tag', input: '`!!binary 2023`', sees: 'warning at the tag (not needed, delete it); the value stays text, so `year` is reported as not an integer', alsoChecks: ['wrong-type@2:16'], ...same({ exit: 1, code: 'syntax', at: '2:7', says: '删掉即可' }) },
  { id: 'syntax-collection-key', input: '`[year]: 2023` (a list as a key)', sees: 'syntax error at the key: a key must be text (no runtime warning on the console)', ...same({ exit: 1, code: 'syntax', at: '2:1', says: '键必须是文字' }) },
  { id: 'syntax-undefined-alias', input: '`*city` with no `&city` anchor', sees: 'error at the alias: define the anchor or write the content out', ...same({ exit: 1, code: 'syntax', at: '4:9', says: '&city' }) },
  // Wrong types
  { id: 'wrong-type-root-list', input: 'a list instead of a mapping at the top', sees: 'error at 1:1: the top level must be keys', ...same({ exit: 1, code: 'wrong-type', at: '1:1', says: '下一层的键值' }) },
  { id: 'wrong-type-root-scalar', input: 'one line of prose and nothing else', sees: 'error at 1:1: the top level must be keys', ...same({ exit: 1, code: 'wrong-type', at: '1:1', says: '下一层的键值' }) },
  {
    id: 'wrong-types-everywhere',
    input: 'wrong types in every part (text for a number, a number for a part, a map for a list, …)',
    sees: 'one error per field, each at the value, saying the expected and the actual type',
    alsoChecks: ['wrong-type@3:15', 'invalid-value@4:12', 'wrong-type@5:11', 'wrong-type@6:11', 'wrong-type@9:5', 'wrong-type@12:7', 'missing-key@15:7', 'wrong-type@17:27', 'wrong-type@18:12'],
    ...same({ exit: 1, code: 'wrong-type', at: '2:7', says: '应当是整数' }),
  },
  // Encodings and whitespace
  { id: 'tab-indent', input: 'a tab used for indentation', sees: 'error at the tab: YAML only accepts spaces, indent this line by 2 spaces (with the fix)', ...same({ exit: 1, code: 'tab-indent', at: '4:1', says: '缩进 2 个空格' }) },
  { id: 'crlf', input: 'Windows line ends (CRLF)', sees: 'nothing: read as usual', ...ok('0 个错误', { has: ['万源市2023年度法治政府建设情况报告'] }) },
  { id: 'utf8-bom', input: 'UTF-8 with a byte-order mark', sees: 'nothing: read as usual', ...ok('0 个错误', { has: ['万源市2023年度法治政府建设情况报告'] }) },
  { id: 'gb18030', input: 'the report saved as GBK/GB18030', generate: gb18030, sees: 'a note that the file was read as GB18030 and should be saved as UTF-8; the report renders without mojibake', ...ok('GBK/GB18030 编码', { has: ['万源市2023年度法治政府建设情况报告'] }) },
  { id: 'utf16', input: 'the report saved as UTF-16 (Notepad\'s "Unicode")', generate: utf16, sees: 'a note that the file was read as UTF-16; the report renders', ...ok('UTF-16', { has: ['万源市2023年度法治政府建设情况报告'] }) },
  { id: 'binary', input: 'a Word document (zip bytes) given as the data file', generate: binary, sees: 'not a text file; import a Word document first', ...same({ exit: 1, says: '不是文本文件' }) },
  { id: 'control-characters', input: 'control characters pasted into prose (U+0001, BEL, ESC)', sees: 'a warning at each with a fix that deletes it; the output drops them; the terminal shows them as ␁ ␇ ␛', alsoChecks: ['control-character@14:21', 'control-character@14:23'], check: { exit: 0, code: 'control-character', at: '14:19', says: '删除控制字符' }, render: { exit: 0, code: 'control-character', at: '14:19', says: '已生成', lacks: [/[\u0001\u0007\u001b]/] } },
  // Resource exhaustion
  { id: 'alias-bomb', input: '"billion laughs": nine aliases of nine aliases, eight deep', generate: aliasBomb, sees: `error at the first alias: aliases expand more than 100 times, write the content out`, ...same({ exit: 1, code: 'alias-limit', at: '3:8', says: '直接写出内容' }) },
  { id: 'alias-wide', input: 'one alias copying a 1.2-million-character list', generate: aliasWide, sees: 'error at the alias: aliases copy more than 1,000,000 characters, write the content out', ...same({ exit: 1, code: 'alias-limit', at: ALIAS_WIDE_AT, says: '直接写出内容' }) },
  { id: 'huge-file', input: 'a 50 MB file', generate: huge, sees: 'refused before reading: over the 16 MB limit, probably the wrong file', ...same({ exit: 1, says: '16 MB 的上限' }) },
  { id: 'deep-nesting-block', input: '1,500 levels of indented mappings', generate: () => deepBlock(), sees: 'error where nesting passes 64 levels: check indentation', ...same({ exit: 1, code: 'nesting-limit', at: DEEP_BLOCK_AT, says: '检查缩进' }) },
  { id: 'deep-nesting-flow', input: '100,000 nested `[`', generate: () => deepFlow(), sees: 'error where nesting passes 64 levels: check brackets', ...same({ exit: 1, code: 'nesting-limit', at: DEEP_FLOW_AT, says: '括号是否没有闭合' }) },
  // Work that once grew faster than the input (issue 12)
  { id: 'many-unknown-keys', input: '20,000 unknown keys (`kN: N`)', generate: () => manyUnknownKeys(), sees: 'an unknown-key error at each, in about a second (linear: each key is found through an index, not a scan of the map)', ...same({ exit: 1, code: 'unknown-key', at: '3:1', says: '这里可以用' }) },
  { id: 'many-fullwidth-colons', input: '20,000 lines with a full-width colon', generate: () => manyFullwidthColons(), sees: 'a fullwidth-colon error with its fix at each line; the findings after the repair map back in linear time', ...same({ exit: 1, code: 'fullwidth-colon', at: '3:3', says: '半角冒号' }) },
  // Reaching outside the box
  { id: 'template-path-traversal', input: '`template: ../../etc/passwd`', sees: 'error at the id: not a template id (e.g. national); nothing is read', ...same({ exit: 1, code: 'invalid-value', at: '1:11', says: '"national"' }) },
  { id: 'template-absolute-path', input: '`template: /etc/passwd`', sees: 'error at the id: not a template id; nothing is read', ...same({ exit: 1, code: 'invalid-value', at: '1:11', says: '"national"' }) },
  { id: 'template-proto', input: '`template: __proto__`', sees: 'error at the id: not a template id', ...same({ exit: 1, code: 'invalid-value', at: '1:11', says: '"national"' }) },
  { id: 'template-constructor', input: '`template: constructor`', sees: 'error at the id: no such template, with the list of those available', ...same({ exit: 1, code: 'unknown-template', at: '1:11', says: '可用的模板' }) },
  { id: 'template-unknown', input: 'a misspelt template id', sees: 'error at the id with "did you mean national?" and a fix', ...same({ exit: 1, code: 'unknown-template', at: '1:11', says: '是不是 national' }) },
  { id: 'data-proto-keys', input: '`__proto__:` and `constructor:` keys in the data', sees: 'unknown-key errors listing the keys allowed; no prototype is touched', alsoChecks: ['unknown-key@26:1'], ...same({ exit: 1, code: 'unknown-key', at: '24:1', says: '这里可以用' }) },
  { id: 'html-in-data', input: '`<script>`, `<img onerror>` and `&amp;` in titles and prose', sees: 'nothing to fix: printed as the literal text, escaped in HTML', ...ok('0 个错误', { has: ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;img src=x onerror=alert(1)&gt;', '&amp;amp;'], lacks: ['<script', '<img', '<b '] }) },
  // Output paths
  { id: 'out-missing-folder', fixture: 'valid-report', input: '`--out` into a folder that does not exist', sees: 'cannot write: the folder does not exist, create it first', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, says: '不存在，请先创建它', out: (dir) => `${dir}/missing/report.html` } },
  { id: 'out-under-file', fixture: 'valid-report', input: '`--out` under a path that is a file (unwritable)', sees: 'cannot write: that is a file, not a folder', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, says: '不是文件夹', out: (dir) => `${dir}/a-file/report.html` } },
  { id: 'out-is-folder', fixture: 'valid-report', input: '`--out` into a folder where the output\'s name is taken by a folder', sees: 'cannot write: a folder of that name exists', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, says: '同名的文件夹', out: (dir) => `${dir}/a-folder/` } },
  ...OUTPUT_CASES,
  { id: 'missing-file', input: 'a data file that does not exist', fixture: 'no-such-file', sees: 'no such file', ...same({ exit: 1, says: '找不到这个文件' }) },
  // Template packs (a maintainer's code): faults are named in the pack's own files
  { id: 'pack-broken-manifest', packs: true, input: 'a pack whose template.yaml has a YAML syntax error', sees: 'error at the `template:` id naming the manifest file:line:col and the fault', ...same({ exit: 1, code: 'template-broken', at: '1:11', says: '没有闭合', where: 'pack-broken-manifest/template.yaml:4:1' }) },
  { id: 'pack-bad-manifest-types', packs: true, input: 'a pack whose manifest has a wrong type (`order: 3`)', sees: 'error naming the manifest file:line:col: order must be a list', ...same({ exit: 1, code: 'template-broken', at: '1:11', says: '应当是列表', where: 'pack-bad-manifest-types/template.yaml:5:8' }) },
  { id: 'pack-extends-loop', packs: true, input: 'two packs that extend each other', sees: 'error: the extends chain loops, with the chain shown', ...same({ exit: 1, code: 'template-broken', at: '1:11', says: '形成了循环', where: 'pack-extends-loop/template.yaml' }) },
  { id: 'pack-hbs-syntax', packs: true, input: 'a `.hbs` with a Handlebars syntax error', sees: 'error naming report.hbs:line:col (from check as well as render)', ...same({ exit: 1, code: 'template-broken', at: '1:11', says: '语法错误', where: 'pack-hbs-syntax/report.hbs:2:12' }) },
  { id: 'pack-prototype-access', packs: true, input: 'a template reading `title.constructor.name`', sees: 'render error at report.hbs:line:col: the field does not exist; internal properties are never readable', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, code: 'template-error', at: '1:11', says: '__proto__', where: 'pack-prototype-access/report.hbs:2:7' } },
  { id: 'pack-lookup-constructor', packs: true, input: 'a template using `lookup` for `__proto__` and `constructor`', sees: 'nothing leaks: Handlebars returns nothing for them and the report renders without', ...ok('0 个错误', { has: ['万源市2023年度法治政府建设情况报告'], lacks: ['function', '[object', 'Object'] }) },
  { id: 'pack-script-element', packs: true, input: 'a template emitting `<script>`', sees: 'render error at report.hbs:line:col: `<script>` is not in the template vocabulary', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, code: 'template-vocabulary', at: '1:11', says: '<script>', where: 'pack-script-element/report.hbs:3:1' } },
  { id: 'pack-partial-traversal', packs: true, input: 'a template including `{{> ../../../../etc/passwd}}`', sees: 'render error at report.hbs:line:col: partials come only from the pack\'s partials/ folder', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, code: 'template-error', at: '1:11', says: 'partials/', where: 'pack-partial-traversal/report.hbs:3:1' } },
  { id: 'pack-recursive-partial', packs: true, input: 'a partial that includes itself', sees: 'render error naming the partial: the template recurses without end (stopped by the stack, not a hang)', check: { exit: 0, says: '0 个错误' }, render: { exit: 1, code: 'template-error', at: '1:11', says: '引用了它自己', where: 'pack-recursive-partial/partials/again.hbs' } },
];
