// Which documents the extension hands to the language server (no `vscode` import: the unit tests read it).
import type { DocumentSelector } from 'vscode-languageclient';

/** The language mode of report data files (see report-files.ts). */
export const REPORT_LANGUAGE = 'fazhi-report';

/**
 * The server receives every YAML file and answers only for report data files (a `template:` key or the `fazhi.files`
 * glob; those are in the report mode once the extension has seen them, plain YAML for a moment before) and for
 * template packs' template.yaml manifests (in a templates folder, or with a top-level `id:` and `name:`). Other YAML,
 * and a template.yaml of another kind (CloudFormation, SAM), gets nothing from it. template.yaml is named on its own
 * so that a manifest reaches the server whatever mode another extension puts it in.
 */
export const DOCUMENT_SELECTOR: DocumentSelector = [
  { scheme: 'file', language: REPORT_LANGUAGE },
  { scheme: 'untitled', language: REPORT_LANGUAGE },
  { scheme: 'file', language: 'yaml' },
  { scheme: 'untitled', language: 'yaml' },
  { scheme: 'file', pattern: '**/template.yaml' },
  // A template pack's templates (the server answers only where the folder holds a template.yaml).
  { scheme: 'file', language: 'handlebars', pattern: '**/{report.hbs,partials/*.hbs}' },
];
