import { isMap, isPair, isScalar, isSeq, type Node } from 'yaml';
import { isProsePath, keyOf, type ProseScalar } from '@fazhi/core';

type Path = ProseScalar['path'];

/**
 * Every prose scalar of a document, as core's validation collects them, but remembered per collection
 * node: the chunked parser hands back the very same node objects for unchanged pieces, so after an edit
 * only the changed subtrees are walked again.
 */
export class ProseIndex {
  private memo = new WeakMap<object, { pathKey: string; prose: ProseScalar[] }>();

  collect(root: unknown): ProseScalar[] {
    const out: ProseScalar[] = [];
    this.walk(root, [], out);
    return out;
  }

  private walk(node: unknown, path: Path, out: ProseScalar[]): void {
    if (isScalar(node)) {
      if (typeof node.value === 'string' && isProsePath(path)) out.push({ node, path, value: node.value });
      return;
    }
    if (!isMap(node) && !isSeq(node)) {
      if (isPair(node)) this.walk(node.value, path, out);
      return;
    }
    const pathKey = path.join('\u0000');
    const hit = this.memo.get(node);
    if (hit && hit.pathKey === pathKey) {
      for (const p of hit.prose) out.push(p);
      return;
    }
    const own: ProseScalar[] = [];
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = keyOf(pair);
        if (key !== undefined) this.walk(pair.value as Node, [...path, key], own);
      }
    } else {
      node.items.forEach((item, i) => this.walk(item, [...path, i], own));
    }
    this.memo.set(node, { pathKey, prose: own });
    for (const p of own) out.push(p);
  }
}
