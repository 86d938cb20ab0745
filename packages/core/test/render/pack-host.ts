import { TemplateCatalog, type TemplateHost } from '@fazhi/core';
import { catalog as builtin } from '../helpers.js';

/** Packs written in the test, seen in front of the repo's real packs (so a test pack can extend `national`). */
export function catalogWith(packs: Record<string, Record<string, string>>): TemplateCatalog {
  const base = builtin.host;
  const host: TemplateHost = {
    listTemplates: () => [...new Set([...Object.keys(packs), ...base.listTemplates()])],
    readTemplateFile: (id, file) => (packs[id] ? packs[id][file] : base.readTemplateFile(id, file)),
    listTemplateFiles: (id, dir) =>
      packs[id]
        ? Object.keys(packs[id]).filter((f) => f.startsWith(`${dir}/`)).map((f) => f.slice(dir.length + 1))
        : base.listTemplateFiles(id, dir),
    displayPath: (id, file) => (packs[id] ? `templates/${id}/${file}` : base.displayPath(id, file)),
  };
  return new TemplateCatalog(host);
}
