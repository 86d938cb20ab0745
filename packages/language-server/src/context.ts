import type { Connection, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Locale, ParsedReport } from '@fazhi/core';
import type { Analysis, AnalysisCache } from './analysis.js';
import type { Workspace } from './workspace.js';
import type { PreviousReports } from './years/previous-reports.js';

/** Everything a feature needs; each feature module registers its handlers on it. */
export interface ServerContext {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  analyses: AnalysisCache;
  /** Last year's report of each open report (looked up on disk, asynchronously). */
  previous: PreviousReports;
  workspace: Workspace;
  locale(): Locale;
  /** Called after templates or settings changed and every open document must be checked again. */
  onWorldChanged(listener: () => void): void;
}

/** Chinese unless the client asked for English. */
export const pick = (locale: Locale, zh: string, en: string): string => (locale === 'en' ? en : zh);

/** The analysis of an open report data file; undefined for a document that is not open or not a report. */
export function reportAnalysis(context: ServerContext, uri: string): (Analysis & { parsed: ParsedReport }) | undefined {
  const document = context.documents.get(uri);
  const analysis = document && context.analyses.get(document);
  return analysis?.parsed ? (analysis as Analysis & { parsed: ParsedReport }) : undefined;
}
