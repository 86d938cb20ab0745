import type { ReportDocument } from '@fazhi/core';

/**
 * Hand-made documents with the structure of the seeds: seed 000's long title and run-in （一） headings, seed 001's
 * salutation, a 1. and a （1） heading, a closing and a signature; and seed 002's traditional script.
 */
export const simplified: ReportDocument = {
  script: 'zh-Hans',
  templateId: 'haian-dev-zone',
  meta: { year: 2023, jurisdiction: '海安高新技术产业开发区', title: '海安高新技术产业开发区2023年法治政府建设情况报告' },
  blocks: [
    { kind: 'title', text: '海安高新技术产业开发区2023年法治政府建设情况报告' },
    { kind: 'salutation', text: '中共海安市委、海安市人民政府：' },
    { kind: 'paragraph', role: 'preamble', runs: [{ text: '2023年，高新区坚持以习近平新时代中国特色社会主义思想为指导。现将工作情况报告如下：' }] },
    { kind: 'heading', level: 1, text: '一、2023年度推进法治政府建设的主要举措和成效' },
    { kind: 'paragraph', role: 'body', runs: [{ text: '（一）坚持规范执法，提高工作效能。', heading: 2 }, { text: '一是树立用人导向，强化行政执法队伍建设。二是树立创新导向。' }] },
    { kind: 'heading', level: 2, text: '（二）深化法治宣传' },
    { kind: 'heading', level: 3, text: '1.开展“八五”普法' },
    { kind: 'heading', level: 4, text: '（1）送法进企业' },
    { kind: 'paragraph', role: 'body', runs: [{ text: '全年开展送法进企业活动12场，覆盖企业300余家。' }] },
    { kind: 'paragraph', role: 'closing', runs: [{ text: '2024年，高新区将继续深入推进法治政府建设。' }] },
    { kind: 'signature', organization: '海安高新技术产业开发区管理委员会', date: '2024年3月19日' },
  ],
};

export const traditional: ReportDocument = {
  script: 'zh-Hant',
  templateId: 'ludu-street-office',
  meta: { year: 2023, jurisdiction: '陸渡街道辦事處', title: '陸渡街道辦事處2023年度法治政府建設年度報告' },
  blocks: [
    { kind: 'title', text: '陸渡街道辦事處2023年度法治政府建設年度報告' },
    { kind: 'paragraph', role: 'preamble', runs: [{ text: '2023年，在太倉市委、市政府的正確領導下，陸渡街道加強組織領導。' }] },
    { kind: 'heading', level: 1, text: '一、夯實基礎，全面依法治街機構體系進一步健全' },
    { kind: 'paragraph', role: 'body', runs: [{ text: '一是召開黨工委全面依法治街委員會專題研究會議。' }] },
    { kind: 'signature', organization: '陸渡街道辦事處', date: '2024年1月5日' },
  ],
};
