/**
 * The core does no I/O. Whoever runs it (the CLI, the language server, a test) supplies template packs
 * through this interface; Node's fs lives in those hosts.
 */
export interface TemplateHost {
  /** Ids of every template pack the host can see (folder names under its templates directories). */
  listTemplates(): string[];
  /** Text of a file inside a pack, e.g. ('national', 'template.yaml'); undefined when absent. */
  readTemplateFile(id: string, file: string): string | undefined;
  /** Files directly inside a folder of a pack, e.g. ('national', 'partials') → ['item.hbs']. */
  listTemplateFiles(id: string, dir: string): string[];
  /** How to show a pack file to a person: a path relative to where they work, or a URI. */
  displayPath(id: string, file: string): string;
  /**
   * Files or folders of a pack (pack-relative) that are symbolic links leading outside it: never read, and
   * reported by `templates lint`. Hosts without links need not implement it.
   */
  linksOutside?(id: string): string[];
}
