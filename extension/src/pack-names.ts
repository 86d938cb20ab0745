import type { LanguageClient } from 'vscode-languageclient/node';
import { TemplatesRequest } from '@fazhi/language-server/protocol';
import { shortPackName } from './report-text.js';

/**
 * The Chinese names of the template packs the server knows, for the status bar: a writer reads 海安高新区格式, not
 * haian-dev-zone. Asked once the server runs; until then (or for an unknown id) the caller shows the id.
 */
export class PackNames {
  private names = new Map<string, string>();
  private loading: Promise<void> | undefined;

  constructor(
    private readonly client: () => LanguageClient | undefined,
    private readonly loaded: () => void,
  ) {}

  nameOf(id: string): string | undefined {
    if (!this.loading) this.load();
    return this.names.get(id);
  }

  private load(): void {
    const client = this.client();
    if (!client?.isRunning()) return;
    this.loading = Promise.resolve(client.sendRequest(TemplatesRequest)).then(
      (packs) => {
        this.names = new Map(packs.map((p) => [p.id, shortPackName(p.name)]));
        this.loaded();
      },
      () => {
        this.loading = undefined; // asked again at the next refresh
      },
    );
  }
}
