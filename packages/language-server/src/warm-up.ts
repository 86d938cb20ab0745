import { parseReport, validateReport, type Locale } from '@fazhi/core';
import type { Workspace } from './workspace.js';

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

// Block style, as report files are written: the sample goes through core's fast path, not yaml's parser.
/**
 * Right after start-up, while the editor is still busy, the server checks a small report once: the
 * template manifests are read, the validation code is loaded and compiled, so the
 * writer's first file does not pay for that.
 */
export function warmUp(workspace: Workspace, locale: Locale): void {
  try {
    const parsed = parseReport(SAMPLE, { locale });
    validateReport(parsed, { locale, templates: workspace.catalog });
    for (const id of workspace.catalog.ids()) workspace.catalog.resolve(id);
  } catch {
    // Warming up is an optimisation; a broken pack is reported when a file uses it.
  }
}
