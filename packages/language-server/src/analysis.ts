import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport, validateReport, type Diagnostic, type Locale, type ParsedReport } from '@fazhi/core';
import { ChunkedParser } from './parse/chunked-parse.js';
import { IncrementalValidator } from './validate/incremental-validate.js';
import type { Workspace } from './workspace.js';

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
  /** Per document: pieces of the last version, so an edit reparses only what it touched. */
  private readonly parsers = new Map<string, ChunkedParser>();
  /** Per document: findings of unchanged strings, so an edit re-checks only what it touched. */
  private readonly validators = new Map<string, IncrementalValidator>();

  constructor(
    private readonly workspace: Workspace,
    private readonly locale: () => Locale,
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
    this.entries.delete(uri);
    this.generations.delete(uri);
    this.parsers.delete(uri);
    this.validators.delete(uri);
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
    const first = !this.parsers.has(uri);
    let parser = this.parsers.get(uri);
    if (!parser) this.parsers.set(uri, (parser = new ChunkedParser()));
    const parsed = first ? parseReport(text, { source: uri, locale }) : parser.parse(text, { source: uri, locale });
    let diagnostics: Diagnostic[] | undefined;
    const catalog = this.workspace.catalog;
    let validator = this.validators.get(uri);
    if (!validator) this.validators.set(uri, (validator = new IncrementalValidator()));
    const validate = validator;
    const options = { locale, templates: catalog };
    return {
      uri,
      version,
      parsed,
      diagnostics: () => (diagnostics ??= first ? validateReport(parsed, options) : validate.validate(parsed, options)),
    };
  }
}
