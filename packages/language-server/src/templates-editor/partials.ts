import type { PackState } from './pack-state.js';

/** The partials a pack's templates can call: its own and its parents' (the nearest pack's file wins). */
export function partialNames(state: PackState): Array<{ name: string; id: string; doc?: string }> {
  return [...state.files()]
    .filter(([file]) => file.startsWith('partials/'))
    .map(([file, { id, text }]) => ({ name: file.slice('partials/'.length, -'.hbs'.length), id, doc: leadingComment(text) }));
}

/** A partial's opening `{{!-- … --}}`: national's partials say there what they print and in what context. */
export function leadingComment(text: string): string | undefined {
  const m = /^\s*\{\{!(?:--([\s\S]*?)--|([\s\S]*?))\}\}/.exec(text);
  const comment = (m?.[1] ?? m?.[2])?.trim();
  return comment || undefined;
}
