import { parseReport, validateReport } from '@fazhi/core';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerContext } from './context.js';
import { AnalysisCache } from './analysis.js';
import { toLspDiagnostic } from './features/diagnostics.js';
import { completionsAt } from './features/completion.js';
import { PREWARM_MAX_CHARS, type Prewarm } from './protocol.js';
import { startupStep } from './startup-clock.js';
import { Workspace } from './workspace.js';

// Block style, as report files are written: the sample goes through core's fast path, not yaml's parser.
const SAMPLE = `template: national
year: 2023
jurisdiction:
  name: 示例县
  kind: county
measures:
  items:
    - title: 坚持党的领导
      text: 会前学法\${study}次,全面落实“七五”普法规划
      points:
        - 一是强化组织领导
shortcomings:
  points:
    - 基层执法力量仍然薄弱
stats:
  study: 12
`;

const WARM_UP_URI = 'untitled:fazhi-warm-up.report.yaml';

/**
 * Where the sample is completed: a key, and a figure name inside `${`. Not the template id: its items carry the
 * pack names' pinyin initials, and ICU's pinyin collation (~3 MiB) is built only when a writer first asks there.
 */
function samplePositions(): Array<{ line: number; character: number }> {
  const lines = SAMPLE.split('\n');
  const at = (pattern: string, offset: number) => {
    const line = lines.findIndex((l) => l.includes(pattern));
    return { line, character: (lines[line] as string).indexOf(pattern) + offset };
  };
  return [at('name:', 0), at('${study}', 2)];
}

/**
 * Right after start-up, while the editor is still busy, the server checks a small report once and asks for
 * completions in it: the template manifests are read, the validation and completion code is loaded and
 * compiled, so the writer's first file and first completion do not pay for that (a first completion took
 * 4–9 ms cold, against under 1 ms warm).
 */
export function warmUp(context: ServerContext): void {
  const { workspace } = context;
  const locale = context.locale();
  try {
    const parsed = parseReport(SAMPLE, { locale });
    validateReport(parsed, { locale, templates: workspace.catalog });
    for (const id of workspace.catalog.ids()) workspace.catalog.resolve(id);
    const document = TextDocument.create(WARM_UP_URI, 'yaml', 0, SAMPLE);
    const positions = samplePositions();
    for (let i = 0; i < 20; i++) for (const position of positions) completionsAt(context, document, position);
  } catch {
    // Warming up is an optimisation; a broken pack is reported when a file uses it.
  } finally {
    context.analyses.forget(WARM_UP_URI);
  }
}

/**
 * Before `initialize`, in a server its editor started ahead (the VS Code extension starts its worker while VS Code
 * loads the extension, 0.2–1 s before activating it): the workspace the editor will name is made, and the reports
 * open in it are checked once as the editor will ask, then forgotten. `initialize` takes that workspace when it names
 * the same folders and packs (start-server.ts), its packs read and compiled, and the first real check runs compiled
 * code: 5–10 ms instead of 40–100 at 15 KB (docs/performance.md, cold start).
 */
export function prewarm({ folders, builtinTemplatesDir, documents }: Prewarm): Workspace {
  const workspace = new Workspace(folders, builtinTemplatesDir);
  const analyses = new AnalysisCache(workspace, () => 'zh');
  for (const { uri, text } of documents) {
    if (text.length > PREWARM_MAX_CHARS) continue;
    try {
      const analysis = analyses.get(TextDocument.create(uri, 'yaml', 1, text));
      if (analysis.parsed) for (const d of analysis.diagnostics()) toLspDiagnostic(d, analysis.parsed.lines);
    } catch {
      // An optimisation, as the warm-up.
    }
  }
  startupStep('checked ahead');
  return workspace;
}
