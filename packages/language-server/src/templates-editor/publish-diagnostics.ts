import { basename, dirname, join } from 'node:path';
import { existsSync } from 'node:fs';
import type { ServerContext } from '../context.js';
import { pathOf } from '../workspace.js';
import { onFirstUse } from '../on-first-use.js';
import { packFileOf } from './pack-file.js';
import type { PackStates } from './pack-state.js';

/** Edits closer together than this are one burst of typing: checked once it pauses. */
const DEBOUNCE_MS = 120;

/**
 * Keeps every open pack template's diagnostics current. An edit to any file of any pack (a template, a manifest,
 * an example) may change what another file's lint says (a partial's context comes from its callers), so all open
 * templates are checked again; each pack is linted once per state, however many of its files are open.
 */
export function publishPackDiagnostics(context: ServerContext, states: PackStates): void {
  const published = new Set<string>();
  let timer: NodeJS.Timeout | undefined;

  // The lint (and the renderer its examples go through) is read when the first pack template is open.
  const lint = onFirstUse(() => import('./hbs-diagnostics.js'));
  const publishAll = () => {
    timer = undefined;
    const templates = context.documents.all().flatMap((document) => {
      const pack = packFileOf(document.uri);
      return pack?.file.endsWith('.hbs') ? [{ document, pack }] : [];
    });
    if (templates.length === 0) return;
    void lint(({ hbsDiagnostics }) => {
      for (const { document, pack } of templates) {
        if (context.documents.get(document.uri) !== document) continue; // closed while the lint was read
        const diagnostics = hbsDiagnostics(context, states.get(pack), pack, document, context.locale());
        published.add(document.uri);
        void context.connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics });
      }
    });
  };
  const schedule = (delay: number) => {
    clearTimeout(timer);
    timer = setTimeout(publishAll, delay);
  };
  const concernsPacks = (uri: string) => packFileOf(uri) !== undefined || isExample(uri);

  context.documents.onDidOpen((e) => {
    if (concernsPacks(e.document.uri)) schedule(0);
  });
  context.documents.onDidChangeContent((e) => {
    if (concernsPacks(e.document.uri)) schedule(DEBOUNCE_MS);
  });
  context.documents.onDidClose((e) => {
    if (published.delete(e.document.uri)) void context.connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
    // A closed buffer's unsaved text no longer counts: the others are checked against the file on disk.
    if (concernsPacks(e.document.uri)) schedule(DEBOUNCE_MS);
  });
  context.onWorldChanged(() => schedule(0));
}

/** A pack's example.yaml (rendered by the checks above, so its edits count too). */
function isExample(uri: string): boolean {
  const path = pathOf(uri);
  return path !== undefined && basename(path) === 'example.yaml' && existsSync(join(dirname(path), 'template.yaml'));
}
