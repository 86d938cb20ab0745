import type { Block } from '../document/report-document.js';
import type { CompiledPack } from './compile-pack.js';
import type { ReadBlock } from './read-html.js';
import type { ReadChunk } from './read-html-chunks.js';

/**
 * A map that keeps what the last render used: each render looks up, what it finds or makes is kept for the next one
 * (`turn`), and whatever it did not use is dropped then. So memory stays at about one render's worth.
 */
export class RecentCache<K, V> {
  private readonly entries = new Map<K, { value: V; used: number }>();
  private render = 0;
  /** Entries the render since the last `turn` had to make (for tests and benchmarks: what an edit cost). */
  made = 0;

  get(key: K): V | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    entry.used = this.render;
    return entry.value;
  }

  set(key: K, value: V): void {
    this.made++;
    this.entries.set(key, { value, used: this.render });
  }

  /** A new render begins: what the one before the last did not use goes. */
  turn(): void {
    this.made = 0;
    for (const [key, entry] of this.entries) if (entry.used < this.render) this.entries.delete(key);
    this.render++;
  }

  clear(): void {
    this.entries.clear();
  }
}

/** A prose value as printed, and the figures it names that `stats` lacks (validation reports them). */
export interface PrintedProse {
  text: string;
  unknownFigures: string[];
}

/**
 * What one document's renders keep for the next, so that an edit re-renders only the parts of the report it changed
 * (a language server keeps one per open report it previews; `renderReport(…, { memo })`). Each stage reuses what the
 * stage made before from the same input, compared by content, so a render with a memo prints exactly what one without
 * it prints (test/render/render-memo.test.ts renders random edits both ways):
 * - prose values as printed (figures filled in), while `stats` is the same;
 * - a partial's output for the same context and `@index`-like variables (partials that read `@root` or a helper that
 *   does are always run), while the pack is the same compiled pack;
 * - the blocks read from the same stretch of the template's output (read-html-chunks.ts);
 * - a read block converted to its script and its figure marks resolved, while the pack and `stats` are the same.
 */
export class RenderMemo {
  readonly prose = new RecentCache<string, PrintedProse>();
  readonly partials = new RecentCache<string, string>();
  readonly chunks = new RecentCache<string, ReadChunk>();
  /** A read block as printed (script converted, figures unmarked), without its source range. */
  finished = new WeakMap<ReadBlock, Block>();
  /** Each context object's key, for one render (a partial's context is often its caller's). */
  private keys = new WeakMap<object, string | null>();
  /**
   * Values by content: each distinct string, and each distinct object or array as the keys of what it holds, gets a
   * number of its own, so a context's key is short however much text it holds, and two keys are equal exactly when the
   * contents are. Numbers are never reused, so a key the memo dropped cannot come to mean something else.
   */
  private readonly strings = new RecentCache<string, string>();
  private readonly shapes = new RecentCache<string, string>();
  private nextId = 0;
  private madeWith: { pack: CompiledPack; markFigures: boolean; stats: string } | undefined;

  /** Before a render: what no longer holds is dropped (another pack or template generation, marking, stats). */
  begin(pack: CompiledPack, markFigures: boolean, stats: unknown): void {
    const statsKey = JSON.stringify(stats ?? null);
    const samePack = this.madeWith?.pack === pack && this.madeWith.markFigures === markFigures;
    if (!samePack) {
      this.partials.clear();
      this.chunks.clear();
    }
    if (!samePack || this.madeWith?.stats !== statsKey) {
      this.prose.clear();
      this.finished = new WeakMap();
    }
    this.madeWith = { pack, markFigures, stats: statsKey };
    this.prose.turn();
    this.partials.turn();
    this.chunks.turn();
    this.strings.turn();
    this.shapes.turn();
    this.keys = new WeakMap();
  }

  /**
   * The key of a partial call: its name, the frame variables it reads and its context, all by content; undefined when
   * the context is the whole view or holds something JSON cannot tell apart (undefined, NaN, a Date, a function).
   */
  partialKey(name: string, variables: readonly string[], context: unknown, data: Record<string, unknown> | undefined): string | undefined {
    if (context !== null && typeof context === 'object' && context === data?.root) return undefined;
    let frame = '';
    for (const v of variables) {
      const value = data?.[v];
      if (value !== null && typeof value === 'object') return undefined;
      const json = value === undefined ? 'undefined' : faithfulJson(value);
      if (json === undefined) return undefined;
      frame += `${json},`;
    }
    const key = this.contextKey(context);
    return key === undefined ? undefined : `${name}\u0000${frame}\u0000${key}`;
  }

  private contextKey(context: unknown): string | undefined {
    try {
      return this.valueKey(context, 0);
    } catch (error) {
      if (error instanceof NotFaithful) return undefined;
      throw error;
    }
  }

  /** A value's key: what a template can tell apart, nothing more (no undefined, NaN, Date, function: NotFaithful). */
  private valueKey(value: unknown, depth: number): string {
    switch (typeof value) {
      case 'string':
        // By the string itself: the printed prose a memo kept is the same string each render, its hash computed once.
        return this.intern(this.strings, value);
      case 'boolean':
        return value ? 't' : 'f';
      case 'number':
        if (!isFaithfulNumber(value)) throw new NotFaithful();
        return `n${value}`;
      case 'object': {
        if (value === null) return 'z';
        const kept = this.keys.get(value);
        if (kept !== undefined) {
          if (kept === null) throw new NotFaithful();
          return kept;
        }
        const proto = Object.getPrototypeOf(value) as unknown;
        const array = Array.isArray(value);
        if (depth > 64 || (!array && proto !== Object.prototype && proto !== null)) {
          this.keys.set(value, null);
          throw new NotFaithful();
        }
        let shape = array ? '[' : '{';
        try {
          if (array) for (const item of value as unknown[]) shape += `${this.valueKey(item, depth + 1)},`;
          else for (const [k, v] of Object.entries(value)) shape += `${this.intern(this.strings, k)}:${this.valueKey(v, depth + 1)},`;
        } catch (error) {
          this.keys.set(value, null);
          throw error;
        }
        const key = this.intern(this.shapes, shape);
        this.keys.set(value, key);
        return key;
      }
      default:
        throw new NotFaithful();
    }
  }

  private intern(table: RecentCache<string, string>, content: string): string {
    let id = table.get(content);
    if (id === undefined) table.set(content, (id = `#${(this.nextId++).toString(36)}`));
    return id;
  }
}

class NotFaithful extends Error {}

/** JSON of a plain value (a frame variable: a number, string or boolean); undefined for anything JSON would blur. */
function faithfulJson(value: unknown): string | undefined {
  if (typeof value === 'string' || typeof value === 'boolean') return JSON.stringify(value);
  if (typeof value === 'number' && isFaithfulNumber(value)) return String(value);
  return undefined;
}

/** A number whose text a template prints tells it apart from every other (not NaN, ±Infinity or -0). */
function isFaithfulNumber(value: number): boolean {
  return Number.isFinite(value) && !Object.is(value, -0);
}
