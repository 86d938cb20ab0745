import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseReport, renderReport, type Locale, type ParsedReport, type RenderResult } from '@fazhi/core';
import type { ServerContext } from '../context.js';
import { pathOf } from '../workspace.js';
import type { PackState } from './pack-state.js';

export interface PackRender {
  /** The report rendered through the pack. */
  reportUri: string;
  parsed: ParsedReport;
  result: RenderResult;
}

const renders = new WeakMap<PackState, Map<string, PackRender | undefined>>();

/**
 * A report rendered through the pack as the editor holds it: the one asked for (the report open beside the pack),
 * else the pack's example.yaml, else the example of the parent that has one. Kept per pack state and report
 * version, so diagnostics and the preview share one render per edit.
 */
export function renderThroughPack(context: ServerContext, state: PackState, locale: Locale, reportUri?: string): PackRender | undefined {
  const report = reportUri ? readReport(context, reportUri) : exampleOf(state);
  if (!report) return undefined;
  const key = `${report.uri}@${report.version}@${locale}`;
  let cache = renders.get(state);
  if (!cache) renders.set(state, (cache = new Map()));
  if (cache.has(key)) return cache.get(key);
  const parsed = parseReport(report.text, { source: report.uri, locale });
  const render = { reportUri: report.uri, parsed, result: renderReport(parsed, state.catalog, { locale, pack: state.pack.packId, markFigures: true }) };
  cache.set(key, render);
  return render;
}

/** example.yaml along the chain, as the pack state reads it (an open buffer counts). */
function exampleOf(state: PackState): { uri: string; version: string; text: string } | undefined {
  if (!state.manifest) return undefined;
  const found = state.catalog.readFile(state.manifest, 'example.yaml');
  const path = found && state.pathOf(found.id, 'example.yaml');
  return found && path ? { uri: pathToFileURL(path).href, version: 'pack', text: found.text } : undefined;
}

function readReport(context: ServerContext, uri: string): { uri: string; version: string; text: string } | undefined {
  const open = context.documents.get(uri);
  if (open) return { uri, version: String(open.version), text: open.getText() };
  const path = pathOf(uri);
  if (!path) return undefined;
  try {
    return { uri, version: 'disk', text: readFileSync(path, 'utf8') };
  } catch {
    return undefined;
  }
}
