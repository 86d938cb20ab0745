import type Handlebars from 'handlebars';

/** What a template file's output may depend on besides the context it is called with. */
export interface TemplateFacts {
  /** `@…` variables it reads (`@index`, `@root`, …). */
  dataVariables: Set<string>;
  /** Partials it calls by name; `dynamic` when one is chosen at run time (`{{> (lookup …)}}`). */
  partials: Set<string>;
  dynamicPartial: boolean;
  /** It calls a helper that reads the whole view (`figure` reads `@root.report.stats`). */
  readsRoot: boolean;
  /** Inline partials, decorators or partial blocks: the partials a call sees then depend on its caller. */
  callerScoped: boolean;
}

/** Helpers that read the whole view through `options.data.root` rather than their arguments. */
const ROOT_HELPERS = new Set(['figure']);

export function templateFacts(ast: ReturnType<typeof Handlebars.parse>): TemplateFacts {
  const facts: TemplateFacts = { dataVariables: new Set(), partials: new Set(), dynamicPartial: false, readsRoot: false, callerScoped: false };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (typeof node !== 'object' || node === null) return;
    const n = node as { type?: string; data?: boolean; parts?: string[]; head?: unknown; original?: unknown; name?: { type?: string; original?: unknown } };
    if (n.type === 'PathExpression') {
      const first = String(n.parts?.[0] ?? n.original ?? '');
      if (n.data) facts.dataVariables.add(first);
      else if (ROOT_HELPERS.has(first)) facts.readsRoot = true;
    } else if (n.type === 'PartialStatement') {
      if (n.name?.type === 'PathExpression') facts.partials.add(String(n.name.original));
      else facts.dynamicPartial = true;
    } else if (n.type === 'PartialBlockStatement' || n.type === 'DecoratorBlock' || n.type === 'Decorator') {
      facts.callerScoped = true;
    }
    for (const [key, value] of Object.entries(node)) if (key !== 'loc' && typeof value === 'object') visit(value);
  };
  visit(ast);
  return facts;
}

/** `@…` values a memoised call may depend on: what `{{#each}}` sets, all of them plain values. */
const FRAME_VARIABLES = new Set(['index', 'first', 'last', 'key']);

/**
 * For each partial whose output is a function of its context and the `@index`-like variables it (or what it calls)
 * reads, those variables; partials that read `@root`, call a helper reading the whole view or depend on their caller's
 * partials are absent. None at all when any file of the pack uses inline partials, decorators or partial blocks.
 */
export function memoisablePartials(files: ReadonlyMap<string, TemplateFacts>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if ([...files.values()].some((f) => f.callerScoped)) return out;
  const partials = new Map([...files].filter(([file]) => file.startsWith('partials/')).map(([file, facts]) => [file.slice('partials/'.length, -'.hbs'.length), facts]));
  for (const name of partials.keys()) {
    const seen = new Set<string>();
    const todo = [name];
    let pure = true;
    while (todo.length && pure) {
      const facts = partials.get(todo.pop() as string);
      if (!facts) continue; // an unknown partial fails when called, memo or not
      if (facts.readsRoot || [...facts.dataVariables].some((v) => !FRAME_VARIABLES.has(v))) pure = false;
      const calls = facts.dynamicPartial ? [...partials.keys()] : [...facts.partials];
      for (const call of calls) if (!seen.has(call)) (seen.add(call), todo.push(call));
      for (const v of facts.dataVariables) seen.add(`@${v}`);
    }
    if (pure) out.set(name, [...seen].filter((s) => s.startsWith('@')).map((s) => s.slice(1)).sort());
  }
  return out;
}
