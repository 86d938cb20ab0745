import fc from 'fast-check';

/**
 * Block-style YAML texts for the fast-path comparison: random trees written out the way people write
 * report files (compact `- key: value` items, lists aligned with their key or indented, block scalars with
 * each chomping, comments and blank lines anywhere), then sometimes jolted (a line's indentation shifted, a
 * character inserted) so that the edge between the subset and everything else is crossed often.
 */
type Tree = { scalar: string } | { block: string[] } | { map: Array<[string, Tree]> } | { seq: Tree[] };

/** Mostly what report files hold, sometimes what trips a parser: the comparison needs both. */
const usual = <T>(common: fc.Arbitrary<T>, odd: fc.Arbitrary<T>) => fc.oneof({ weight: 12, arbitrary: common }, { weight: 1, arbitrary: odd });

const key = usual(fc.constantFrom('a', 'b', 'c', 'title', 'text', '标题', '要点 一', 'x-y', 'k:v'), fc.constantFrom('true', '1', 'a #b', '~', '__proto__', 'constructor'));
const plain = usual(
  fc.constantFrom('1', '-2', '98.50', '0.0', 'true', 'False', '~', 'null', '2024-03-19', '中文内容', '加强“放管服”改革，全年办结 ${cases.received} 件。', 'a#b', 'x:y', '-5', 'a, b', 'say "hi"', 'a  '),
  fc.constantFrom('1e3', '0x1F', '0o17', '.inf', '.NaN', 'NULL', 'a #b', 'x: y', 'ends:', '- x', '-', '?', '? x', ':x', '[1]', '{a: 1}', '&a x', '*a', '!t x', '%x', '@x', '`x', ',x'),
);
const quoted = usual(
  fc.constantFrom('"d"', '""', '"a: b # c"', "'s'", "''", "'it''s'", "'q' #c"),
  fc.constantFrom("'a''", '"a', '"x" y', '"\\n"', '"tab\\t"', '"k": v'),
);
const blockHeader = usual(fc.constantFrom('|', '|-', '|+', '>', '>-', '>+'), fc.constantFrom('|2', '> # c', '>- '));
const contentLine = usual(fc.constantFrom('第一行', 'line two', '# not a comment', 'a: b', '- item', ''), fc.constantFrom('  more indented', '   ', '  '));

const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.oneof({ weight: 3, arbitrary: plain }, { weight: 1, arbitrary: quoted }).map((scalar) => ({ scalar })),
    fc.record({ header: blockHeader, lines: fc.array(contentLine, { minLength: 1, maxLength: 5 }) }).map(({ header, lines }) => ({ block: [header, ...lines] })),
    // Keys mostly unique (a repeated key sends the whole text to yaml); the noise below adds repeats too.
    fc.uniqueArray(fc.tuple(key, tie('node')), { selector: ([k]) => k, minLength: 1, maxLength: 4 }).map((map) => ({ map })),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }).map((seq) => ({ seq })),
  ),
})).node;

const sp = (n: number) => ' '.repeat(n);

/** Lines for `node` as the value after `lead` (a `key:` or `-` already written at `indent`). */
function valueLines(lead: string, node: Tree, indent: number, aligned: boolean): string[] {
  if ('scalar' in node) return [`${lead} ${node.scalar}`];
  if ('block' in node) {
    const [header, ...content] = node.block;
    return [`${lead} ${header}`, ...content.map((l) => (l.trim() === '' ? l : sp(indent + 2) + l))];
  }
  if ('map' in node && node.map.length === 0) return [lead];
  if ('seq' in node && node.seq.length === 0) return [lead];
  const inner = 'seq' in node && aligned && lead.endsWith(':') ? indent : indent + 2;
  return [lead, ...treeLines(node, inner, aligned)];
}

function treeLines(node: Tree, indent: number, aligned: boolean): string[] {
  if ('map' in node) return node.map.flatMap(([k, v]) => valueLines(`${sp(indent)}${k}:`, v, indent, aligned));
  if ('seq' in node) {
    return node.seq.flatMap((item) => {
      // A map item starts on the dash's line: `- key: value`, its other keys under the first.
      if ('map' in item && item.map.length > 0) {
        const [first, ...rest] = treeLines(item, indent + 2, aligned);
        return [`${sp(indent)}- ${(first as string).trimStart()}`, ...rest];
      }
      return valueLines(`${sp(indent)}-`, item, indent, aligned);
    });
  }
  return valueLines(`${sp(indent)}k:`, node, indent, aligned);
}

const noise = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('comment', 'blank', 'spaces', 'shift', 'unshift', 'insert'),
  indent: fc.nat({ max: 8 }),
  insert: fc.constantFrom(' ', ':', '#', '"', "'", '-', '\t', '：', '　'),
});

export const blockLines: fc.Arbitrary<string> = fc
  .record({
    root: fc.oneof(fc.uniqueArray(fc.tuple(key, tree), { selector: ([k]) => k, minLength: 1, maxLength: 5 }).map((map) => ({ map }) as Tree), tree),
    aligned: fc.boolean(),
    noise: fc.oneof({ weight: 3, arbitrary: fc.constant([]) }, { weight: 1, arbitrary: fc.array(noise, { maxLength: 3 }) }),
    finalNewline: fc.boolean(),
  })
  .map(({ root, aligned, noise: edits, finalNewline }) => {
    const lines = treeLines(root, 0, aligned);
    for (const e of edits) {
      const i = e.at % (lines.length + 1);
      const line = lines[i] ?? '';
      if (e.kind === 'comment') lines.splice(i, 0, `${sp(e.indent)}# 注释`);
      else if (e.kind === 'blank') lines.splice(i, 0, '');
      else if (e.kind === 'spaces') lines.splice(i, 0, sp(e.indent));
      else if (e.kind === 'shift') lines[i] = ` ${line}`;
      else if (e.kind === 'unshift') lines[i] = line.replace(/^ /, '');
      else lines[i] = line.slice(0, e.indent) + e.insert + line.slice(e.indent);
    }
    const text = lines.join('\n');
    return finalNewline ? `${text}\n` : text;
  });
