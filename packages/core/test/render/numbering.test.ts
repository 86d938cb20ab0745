import { lintPack } from '@fazhi/core';
import { describe, expect, it } from 'vitest';
import { source } from '../helpers.js';
import { catalogWith } from './pack-host.js';
import { documentOf, outline } from './render-helpers.js';

// Numbering declared in a manifest, per level and per part: no partial is involved in any of these packs.
const pack = (yaml: string) => catalogWith({ t: { 'template.yaml': `id: t\nname: 测试\nextends: national\n${yaml}` } });

const data = (extra = '') => source`
template: t
year: 2023
jurisdiction: { name: 某街道, kind: street-office }
measures:
  items:
    - title: 强化组织领导
      text: 研究法治工作4次。
      points:
        - title: 健全制度
          text: 制定规则。
        - 开展培训
shortcomings:
  intro: 主要有：
  points: [力量薄弱, 宣传不够]
${extra}
`;

describe('numbering declared in the manifest', () => {
  it('1. items run in, （1） points one paragraph each (a street office)', () => {
    const doc = documentOf(data(), pack('numbering:\n  item: { style: 1., layout: run-in }\n  point: { style: （1）, layout: paragraphs }\n'));
    expect(outline(doc.blocks).slice(1)).toEqual([
      'h1: 一、2023年度推进法治政府建设的主要举措和成效',
      'p.body: ⟨1.强化组织领导。⟩研究法治工作4次。',
      'p.body: ⟨（1）健全制度。⟩制定规则。',
      'p.body: （2）开展培训。',
      'h1: 二、2023年度推进法治政府建设存在的不足和原因',
      'p.body: 主要有：',
      'p.body: （1）力量薄弱。',
      'p.body: （2）宣传不够。',
    ]);
    // 1. is 仿宋加粗 by GB/T 9704's 层次: data-level 3.
    expect(doc.blocks[2]).toMatchObject({ kind: 'paragraph', runs: [{ heading: 3 }, {}] });
  });

  it('（1） as the third level on its own lines, and a part numbered differently from the rest', () => {
    const doc = documentOf(
      data(),
      pack(`numbering:
  item: { layout: own-line }
  point: { style: （1）, layout: own-line }
parts:
  shortcomings:
    numbering: { point: { style: 一是, layout: inline } }
`),
    );
    expect(outline(doc.blocks).slice(1)).toEqual([
      'h1: 一、2023年度推进法治政府建设的主要举措和成效',
      'h2: （一）强化组织领导',
      'p.body: 研究法治工作4次。',
      'h3: （1）健全制度',
      'p.body: 制定规则。',
      'p.body: （2）开展培训。',
      'h1: 二、2023年度推进法治政府建设存在的不足和原因',
      'p.body: 主要有：一是力量薄弱；二是宣传不够。',
    ]);
    // Third in the outline, set in （1）'s face (仿宋, data-level 4) as GB/T 9704 gives it.
    expect(doc.blocks.find((b) => b.kind === 'heading' && b.level === 3)).toMatchObject({ face: 4 });
  });

  it('faces: an item in 黑体 run in, points in bold, parts without numbers', () => {
    const doc = documentOf(data(), pack('numbering:\n  part: { style: none }\n  item: { face: heiti }\n  point: { face: fangsong-bold }\n'));
    const lines = outline(doc.blocks);
    expect(lines[1]).toBe('h1: 2023年度推进法治政府建设的主要举措和成效');
    expect(lines[2]).toBe('p.body: ⟨（一）强化组织领导。⟩研究法治工作4次。⟨一是健全制度。⟩制定规则。二是开展培训。');
    expect(doc.blocks[2]).toMatchObject({ runs: [{ heading: 1 }, {}, { heading: 3 }, {}] });
  });

  it('the older layout shorthands still work and a child pack overrides its parent level by level', () => {
    const catalog = catalogWith({
      a: { 'template.yaml': 'id: a\nname: A\nextends: national\nnumbering:\n  item: { style: 1．, layout: own-line }\n' },
      b: { 'template.yaml': 'id: b\nname: B\nextends: a\nlayout:\n  item_heading: run-in\n' },
    });
    const doc = documentOf(data().replace('template: t', 'template: b'), catalog);
    expect(outline(doc.blocks)[2]).toBe('p.body: ⟨1．强化组织领导。⟩研究法治工作4次。一是健全制度。制定规则。二是开展培训。');
  });

  it.each([
    ['一、', '一、', '二、'], ['（一）', '（一）', '（二）'], ['一是', '一是', '二是'], ['第一，', '第一，', '第二，'], ['1.', '1.', '2.'],
    ['1．', '1．', '2．'], ['1、', '1、', '2、'], ['（1）', '（1）', '（2）'], ['①', '①', '②'], ['none', '', ''],
  ])('every style real reports use, from the manifest alone: %s', (style, first, second) => {
    const doc = documentOf(data(), pack(`numbering:\n  point: { style: '${style}' }\n`));
    expect(outline(doc.blocks)[2]?.replace(/[⟨⟩]/g, '')).toBe(`p.body: （一）强化组织领导。研究法治工作4次。${first}健全制度。制定规则。${second}开展培训。`);
  });

  it('an unquoted `style: 1.` (a YAML number) means the style 1.', () => {
    const doc = documentOf(data(), pack('numbering:\n  item: { style: 1. }\n'));
    expect(outline(doc.blocks)[2]).toMatch(/^p\.body: ⟨1\.强化组织领导。⟩/);
  });
});

describe('parts: thematic anywhere, parts the regulation does not name', () => {
  it('any part may have sections; extra_parts print where order puts them, under their label', () => {
    const doc = documentOf(
      data(`plans:
  sections:
    - title: 聚焦主责主业，深化法治街道建设
      intro: 下一步……
extra_parts:
  other_notes:
    intro: 无。
`),
      pack('order: [measures, other_notes, shortcomings, plans]\nlabels:\n  other_notes: 其他需要说明的情况\n'),
    );
    expect(outline(doc.blocks).filter((l) => l.startsWith('h1'))).toEqual([
      'h1: 一、2023年度推进法治政府建设的主要举措和成效',
      'h1: 二、其他需要说明的情况',
      'h1: 三、2023年度推进法治政府建设存在的不足和原因',
      'h1: 四、聚焦主责主业，深化法治街道建设',
    ]);
  });
});

describe('numbering: compact and continuous forms', () => {
  it('a part heading run into its paragraph with the points (“一、标题。一是……二是……”)', () => {
    const doc = documentOf(data(), pack('numbering:\n  part: { layout: run-in }\n'));
    expect(outline(doc.blocks)).toContain('p.body: ⟨二、2023年度推进法治政府建设存在的不足和原因。⟩主要有：一是力量薄弱；二是宣传不够。');
  });

  it('points numbered on through the part (1. 2. under （一）, 3. under （二）)', () => {
    const two = data().replace('shortcomings:', '    - title: 严格执法\n      points: [落实三项制度]\nshortcomings:');
    const doc = documentOf(two, pack('numbering:\n  item: { layout: own-line }\n  point: { style: 1., layout: paragraphs, continuous: true }\n'));
    expect(outline(doc.blocks).slice(2, 8)).toEqual([
      'h2: （一）强化组织领导',
      'p.body: 研究法治工作4次。',
      'p.body: ⟨1.健全制度。⟩制定规则。',
      'p.body: 2.开展培训。',
      'h2: （二）严格执法',
      'p.body: 3.落实三项制度。',
    ]);
  });
});

describe('overrides are a few lines', () => {
  it('a one-line part.hbs branches with eq on the part and keeps every other behaviour inherited', () => {
    // “（一）” headings of the plans part on their own line, every other part's run in: one partial, no copy of national's logic.
    const catalog = catalogWith({
      t: {
        'template.yaml': 'id: t\nname: 测试\nextends: national\n',
        'partials/part.hbs': '<section>{{> part-heading}}{{#if intro}}<p data-src="{{src}}">{{intro}}</p>{{/if}}{{> points}}{{#each items}}{{#if (eq ../key "plans")}}<h3 data-src="{{src}}">{{number}}{{title}}</h3><p data-src="{{src}}">{{text}}</p>{{else}}{{> item}}{{/if}}{{/each}}</section>\n',
      },
    });
    const doc = documentOf(data('plans:\n  items:\n    - { title: 深化执法改革, text: 推进综合执法。 }\n'), catalog);
    const lines = outline(doc.blocks);
    expect(lines).toContain('p.body: ⟨（一）强化组织领导。⟩研究法治工作4次。一是健全制度。制定规则。二是开展培训。');
    expect(lines.slice(-2)).toEqual(['h2: （一）深化执法改革', 'p.body: 推进综合执法。']);
  });

  it('the signature hook: one line prints 落款 without its date, the rest inherited', () => {
    const catalog = catalogWith({
      t: {
        'template.yaml': 'id: t\nname: 测试\nextends: national\n',
        'partials/signature.hbs': '<address data-src="signature"><span class="organization">{{signature.organization}}</span></address>\n',
      },
    });
    expect(lintPack(catalog, 't')).toEqual([]);
    const doc = documentOf(data('signature: { organization: 某街道办事处, date: 2024-03-20 }\n'), catalog);
    expect(outline(doc.blocks).slice(-2)).toEqual(['p.body: 主要有：一是力量薄弱；二是宣传不够。', 'signature: 某街道办事处 / ']);
  });
});
