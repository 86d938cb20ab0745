import { ResponseError } from 'vscode-languageserver';
import { kindOf, scaffoldReport, unknownTemplate } from '@fazhi/core';
import { pick, type ServerContext } from '../context.js';
import { manifestUri } from '../templates.js';
import { JurisdictionKindRequest, type FazhiExperimentalCapabilities, ScaffoldRequest, TemplatesRequest, type PackSummary, type ScaffoldResult } from '../protocol.js';
import type { Feature } from './feature.js';

/**
 * `fazhi/templates` lists the packs the server uses (so the editor's pickers show exactly those, resolved
 * along `extends`), and `fazhi/scaffold` writes a new report's data file with core's scaffoldReport, the same
 * text as `fazhi new`. The editor keeps no second reading of packs or scaffold of its own.
 */
export const packs: Feature = {
  capabilities: { experimental: { fazhiTemplates: true, fazhiScaffold: true } satisfies FazhiExperimentalCapabilities },
  register(context) {
    context.connection.onRequest(TemplatesRequest, (): PackSummary[] => listPacks(context));
    // The kind a jurisdiction's name shows (示例县 → county), for 新建报告 to offer first.
    context.connection.onRequest(JurisdictionKindRequest, (params) => ({ kind: kindOf(params.name) }));
    context.connection.onRequest(ScaffoldRequest, (params): ScaffoldResult => {
      const locale = context.locale();
      const catalog = context.workspace.catalog;
      if (!catalog.has(params.template)) {
        const { zh, en } = unknownTemplate(params.template, catalog.ids());
        throw new ResponseError(1, pick(locale, zh, en));
      }
      try {
        const options = {
          templateId: params.template,
          year: params.year,
          jurisdiction: params.jurisdiction,
          ...(params.kind ? { kind: params.kind } : {}),
          ...(params.writtenIn ? { writtenIn: params.writtenIn } : {}),
        };
        return { text: scaffoldReport(options, catalog) };
      } catch (err) {
        throw new ResponseError(1, (err as Error).message);
      }
    });
  },
};

function listPacks(context: ServerContext): PackSummary[] {
  const locale = context.locale();
  const { workspace } = context;
  const out: PackSummary[] = [];
  for (const id of workspace.catalog.ids()) {
    const manifest = workspace.catalog.resolve(id).manifest;
    if (!manifest) continue; // a broken pack: reported where a file uses it
    out.push({
      id,
      name: pick(locale, manifest.name, manifest.name_en || manifest.name),
      description: pick(locale, manifest.description, manifest.description_en || manifest.description),
      suits: manifest.suits,
      manifestUri: manifestUri(workspace, id),
    });
  }
  return out;
}
