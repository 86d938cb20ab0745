import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseReport, validateReport, type Diagnostic, type Locale, type ParsedReport } from '@fazhi/core';
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
  }

  invalidateAll(): void {
    this.generation++;
  }

  private analyse(document: TextDocument): Analysis {
    const text = document.getText();
    const { uri, version } = document;
    if (!this.workspace.isReport(uri, text)) return { uri, version, diagnostics: () => [] };
    const locale = this.locale();
    const parsed = parseReport(text, { source: uri, locale });
    let diagnostics: Diagnostic[] | undefined;
    const catalog = this.workspace.catalog;
    return {
      uri,
      version,
      parsed,
      diagnostics: () => (diagnostics ??= validateReport(parsed, { locale, templates: catalog })),
    };
  }
}
