/** A large report in the shape writers use: many measures, each with points. */
export function bigReport(measures: number): string {
  const lines = ['# 大文件', 'template: national', 'year: 2023', 'jurisdiction:', '  name: 示例县', '  kind: county', 'measures:', '  intro: 总体情况', '  items:'];
  for (let i = 0; i < measures; i++) {
    // Some strings have problems (half-width comma, an unknown figure, a typed enumerator, a stale plan name).
    const slip = i % 7 === 0 ? ',' : '，';
    const figure = i % 11 === 0 ? '${nothing}' : '${study}';
    const title = i % 13 === 0 ? `（一）第${i}项举措` : `第${i}项举措`;
    lines.push(`  - title: ${title}`, `    text: 全面落实行政执法“三项制度”${slip}办理案件${figure}件，落实“七五”普法规划${'。'.repeat(i % 3)}`, '    points:');
    for (let p = 0; p < 3; p++) lines.push(`      - title: 要点${p}`, `        text: "引号里的文字${i}-${p}，很长很长的一段话${'法治'.repeat(40)}"`);
    if (i % 50 === 0) lines.push('    # 一条注释', '');
  }
  lines.push('plans:', '  points:', '    - 持续推进', 'stats:', '  study: 12', '');
  return lines.join('\n');
}

