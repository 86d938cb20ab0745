import type { FazhiExperimentalCapabilities } from '@fazhi/language-server/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';

/** The formats the running server writes (it announces them in `capabilities.experimental.fazhiRenderFormats`). */
export function serverFormats(client: LanguageClient): string[] | undefined {
  const experimental = client.initializeResult?.capabilities.experimental as FazhiExperimentalCapabilities | undefined;
  const formats: unknown = experimental?.fazhiRenderFormats;
  return Array.isArray(formats) ? formats.map(String) : undefined;
}
