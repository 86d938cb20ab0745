/**
 * The value of a `|` or `>` block scalar whose content lines have been collected, as YAML 1.2 defines it
 * (chapter 8.1): literal keeps line breaks, folded joins lines with a space and turns each empty line
 * into a line break; chomping `-` strips the final breaks, none keeps one, `+` keeps them all.
 * More-indented lines in folded scalars have their own rules; the reader leaves those files to yaml.
 */
export interface BlockLines {
  /** Content lines with the block's indentation removed. */
  lines: string[];
  /** Empty lines before each content line (index i: before lines[i]); the first is always 0. */
  emptyBefore: number[];
  /** Empty lines after the last content line, before whatever ends the scalar. */
  trailingEmpty: number;
}

export function blockScalarValue(style: '|' | '>', chomp: '' | '-' | '+', block: BlockLines): string {
  const { lines, emptyBefore } = block;
  let value = lines[0] ?? '';
  for (let i = 1; i < lines.length; i++) {
    const empties = emptyBefore[i] ?? 0;
    const join = style === '|' ? '\n'.repeat(empties + 1) : empties === 0 ? ' ' : '\n'.repeat(empties);
    value += join + lines[i];
  }
  if (chomp === '-') return value;
  if (chomp === '') return `${value}\n`;
  return `${value}\n${'\n'.repeat(block.trailingEmpty)}`;
}
