import { isAbsolute, join } from 'node:path';
import * as vscode from 'vscode';
import { OUTPUT_FORMATS, type OutputFormat } from '@fazhi/language-server/protocol-constants';
import { messageLanguage } from './i18n.js';

/** The packs shipped inside the .vsix (copied from the repository's templates/ by scripts/bundle.mjs). */
export function builtinTemplatesDir(context: vscode.ExtensionContext): string {
  return context.asAbsolutePath('templates');
}

/** What the server needs at start (initializationOptions); later changes arrive as configuration changes. */
export function serverSettings(context: vscode.ExtensionContext): Record<string, unknown> {
  const config = vscode.workspace.getConfiguration('fazhi');
  return {
    builtinTemplatesDir: builtinTemplatesDir(context),
    files: reportGlobs(),
    templatesFolder: config.get<string>('templatesFolder', 'templates'),
    messageLanguage: messageLanguage(),
  };
}

/** `fazhi.files`: globs of report data files, relative to a workspace folder. */
export function reportGlobs(): string[] {
  const value = vscode.workspace.getConfiguration('fazhi').get<unknown>('files');
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : ['**/*.report.yaml'];
}

export function defaultFormat(): OutputFormat {
  const value = vscode.workspace.getConfiguration('fazhi').get<string>('defaultFormat', 'docx');
  return (OUTPUT_FORMATS as readonly string[]).includes(value) ? (value as OutputFormat) : 'docx';
}

/** The folder rendered files go to: the configured one, or beside the data file. */
export function outputDirFor(doc: vscode.Uri): string | undefined {
  const folder = vscode.workspace.getConfiguration('fazhi').get<string>('outputFolder', '');
  if (!folder) return undefined;
  if (isAbsolute(folder)) return folder;
  const root = vscode.workspace.getWorkspaceFolder(doc) ?? vscode.workspace.workspaceFolders?.[0];
  return root ? join(root.uri.fsPath, folder) : undefined;
}
