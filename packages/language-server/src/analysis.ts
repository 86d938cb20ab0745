import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport, validateReport, type Diagnostic, type Locale, type ParsedReport } from '@fazhi/core';
import { ChunkedParser } from './parse/chunked-parse.js';
import { IncrementalValidator } from './validate/incremental-validate.js';
import type { Workspace } from './workspace.js';
import type { PreviousReports } from './years/previous-reports.js';

/** What the server knows about one version of one document. Built once per version, shared by every feature. */
export interface Analysis {
  uri: string;
  version: number;
  /** Undefined for documents that are not report data files: they get nothing from this server. */
  parsed?: ParsedReport;
  /** Core diagnostics (with fixes), computed on first use. */
  diagnostics(): Diagnostic[];
}

/**
 * One entry per open document, replaced when its version changes: a document is parsed once per version
 * and validated at most once per version, however many requests ask.
 */
export class AnalysisCache {
  private readonly entries = new Map<string, Analysis>();
  /** Bumped when templates or settings change, so every cached result is rebuilt. */
  private generation = 0;
  private readonly generations = new Map<string, number>();
  /**
   * Per document, from its first edit on: the pieces of the last version, so an edit reparses only what it
   * touched, and the findings of unchanged strings, so it re-checks only what it touched.
   */
  private readonly incremental = new Map<string, { parser: ChunkedParser; validator: IncrementalValidator }>();

  constructor(
    private readonly workspace: Workspace,
    private readonly locale: () => Locale,
    /** Last year's reports; without it (tests of other features) the year-over-year checks stay silent. */
    private readonly previous?: PreviousReports,
  ) {}

  get(document: TextDocument): Analysis {
    const cached = this.entries.get(document.uri);
    if (cached && cached.version === document.version && this.generations.get(document.uri) === this.generation) return cached;
    const analysis = this.analyse(document);
    this.entries.set(document.uri, analysis);
    this.generations.set(document.uri, this.generation);
    return analysis;
  }

  forget(uri: string): void {
    this.previous?.forget(uri);
    this.entries.delete(uri);
    this.generations.delete(uri);
    this.incremental.delete(uri);
  }

  invalidateAll(): void {
    this.generation++;
  }

  private analyse(document: TextDocument): Analysis {
    const text = document.getText();
    const { uri, version } = document;
    if (!this.workspace.isReport(uri, text)) return { uri, version, diagnostics: () => [] };
    const locale = this.locale();
    // A document's first version is parsed and checked whole, which is quickest; the pieces and per-string
    // findings that make edits cheap are built by the first edit, when they start to pay (and not at all for
    // a file that is only read). At 3.1 MB: first diagnostics ~390 → ~340 ms (median of 5, docs/performance.md).
    const incremental = this.incremental.get(uri);
    if (!incremental) this.incremental.set(uri, { parser: new ChunkedParser(), validator: new IncrementalValidator() });
    const parsed = incremental ? incremental.parser.parse(text, { source: uri, locale }) : parseReport(text, { source: uri, locale });
    this.previous?.ensure(uri, parsed.data);
    const previous = this.previous?.get(uri);
    const options = { locale, templates: this.workspace.catalogFor(uri), ...(previous ? { previous } : {}), jumpFactor: this.workspace.settings.jumpFactor };
    let diagnostics: Diagnostic[] | undefined;
    return {
      uri,
      version,
      parsed,
      diagnostics: () => (diagnostics ??= incremental ? incremental.validator.validate(parsed, options) : validateReport(parsed, options)),
    };
  }
}
