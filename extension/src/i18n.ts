import * as vscode from 'vscode';

export type MessageLanguage = 'zh' | 'en';

/** The language of our messages: the `fazhi.messageLanguage` setting, or VS Code's display language for `auto`. */
export function messageLanguage(): MessageLanguage {
  const setting = vscode.workspace.getConfiguration('fazhi').get<string>('messageLanguage', 'auto');
  if (setting === 'zh' || setting === 'en') return setting;
  return vscode.env.language.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

/** Picks the Chinese or English text; both sit side by side in the code so they stay in step. */
export function t(zh: string, en: string): string {
  return messageLanguage() === 'zh' ? zh : en;
}
