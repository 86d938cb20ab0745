/** What a user can configure (VS Code settings `fazhi.*`, or initializationOptions in other editors). */
export interface Settings {
  /** Globs (relative to a workspace folder) of files that are report data even without a known `template:`. */
  files: string[];
  /** The workspace folder holding template packs, relative to the workspace root. */
  templatesFolder: string;
  /** A figure that changed by this factor from last year's report is a warning. */
  jumpFactor: number;
}

export const DEFAULT_SETTINGS: Settings = { files: ['**/*.report.yaml'], templatesFolder: 'templates', jumpFactor: 5 };

/** Accepts `{fazhi: {...}}`, `{'fazhi.files': ...}` or the bare section; ignores anything malformed. */
export function readSettings(raw: unknown, base: Settings = DEFAULT_SETTINGS): Settings {
  const record = (v: unknown): Record<string, unknown> | undefined =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : undefined;
  const top = record(raw);
  if (!top) return base;
  const section = record(top.fazhi) ?? top;
  const files = section.files ?? top['fazhi.files'];
  const folder = section.templatesFolder ?? top['fazhi.templatesFolder'];
  const factor = section.jumpFactor ?? top['fazhi.jumpFactor'];
  return {
    files: Array.isArray(files) && files.every((f) => typeof f === 'string') ? files : typeof files === 'string' ? [files] : base.files,
    templatesFolder: typeof folder === 'string' && folder.trim() !== '' ? folder : base.templatesFolder,
    jumpFactor: typeof factor === 'number' && factor > 1 ? factor : base.jumpFactor,
  };
}
