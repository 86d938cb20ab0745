import { existsSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { packFileAt } from '@fazhi/schema';
import type * as vscode from 'vscode';

/**
 * The template pack a document belongs to: `<pack>/report.hbs`, `<pack>/partials/*.hbs` or `<pack>/template.yaml`
 * where `<pack>` holds a template.yaml (the server's packFileOf asks the same packFileAt). Other .hbs files are not ours.
 */
export function packDirOf(doc: vscode.TextDocument): string | undefined {
  if (doc.uri.scheme !== 'file') return undefined;
  const dir = packFileAt(doc.uri.fsPath)?.packDir;
  return dir && existsSync(join(dir, 'template.yaml')) ? dir : undefined;
}

/** A template or partial of a pack: what the language server completes and checks. */
export function isPackTemplate(doc: vscode.TextDocument): boolean {
  return doc.uri.path.endsWith('.hbs') && packDirOf(doc) !== undefined;
}

/** Any file of a pack that changes what it renders: its templates, its manifest, its example. */
export function packDirOfAnyFile(doc: vscode.TextDocument): string | undefined {
  if (doc.uri.scheme === 'file' && basename(doc.uri.fsPath) === 'example.yaml') {
    const dir = dirname(doc.uri.fsPath);
    return existsSync(join(dir, 'template.yaml')) ? dir : undefined;
  }
  return packDirOf(doc);
}
