/** ANSI colours, only when writing to a terminal that wants them. */
export interface Style {
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  dim(s: string): string;
  bold(s: string): string;
}

const wrap = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;

export function colorOn(stream: NodeJS.WriteStream): boolean {
  return stream.isTTY === true && !process.env.NO_COLOR && process.env.TERM !== 'dumb';
}

export function styleFor(stream: NodeJS.WriteStream): Style {
  return styleWith(colorOn(stream));
}

/** Colours on or off, for output produced away from the terminal (a worker thread) but printed on it. */
export function styleWith(on: boolean): Style {
  const id = (s: string) => s;
  return on
    ? { red: wrap(31, 39), yellow: wrap(33, 39), cyan: wrap(36, 39), dim: wrap(2, 22), bold: wrap(1, 22) }
    : { red: id, yellow: id, cyan: id, dim: id, bold: id };
}
