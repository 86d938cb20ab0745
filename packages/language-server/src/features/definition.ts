import { isScalar } from 'yaml';
import { keyNodeAt, rangeOf } from '@fazhi/core';
import { reportAnalysis } from '../context.js';
import { figureAt } from '../cursor/figure-at.js';
import { locate } from '../cursor/locate.js';
import { toLspRange } from '../positions.js';
import { manifestUri } from '../templates.js';
import type { Feature } from './feature.js';

/** A template id opens its manifest; a figure reference jumps to its definition under `stats`. */
export const definition: Feature = {
  capabilities: { definitionProvider: true },
  register(context) {
    context.connection.onDefinition((params) => {
      const parsed = reportAnalysis(context, params.textDocument.uri)?.parsed;
      if (!parsed) return null;
      const offset = parsed.lines.offsetAt(params.position);
      const at = locate(parsed.doc, offset);
      if (!at || at.onKey || !isScalar(at.scalar)) return null;
      if (at.path.length === 1 && at.path[0] === 'template' && typeof at.scalar.value === 'string') {
        const uri = manifestUri(context.workspace, at.scalar.value);
        return uri ? { uri, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } } : null;
      }
      const ref = figureAt(parsed, at.scalar, offset);
      if (!ref) return null;
      const target = rangeOf(keyNodeAt(parsed.doc, ['stats', ...ref.name.split('.')]));
      return target ? { uri: params.textDocument.uri, range: toLspRange(parsed.lines, target) } : null;
    });
  },
};
