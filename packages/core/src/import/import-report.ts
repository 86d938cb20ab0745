import type { TemplateCatalog } from '../templates/catalog.js';
import type { ResolvedManifest } from '../templates/manifest.js';
import type { Locale, Message } from '../validate/diagnostic.js';
import { PLACEHOLDER } from '../validate/rules/placeholder.js';
import type { Evidence } from './body.js';
import { choosePack } from './choose-pack.js';
import { learnFormat } from './learn-format.js';
import type { PageFacts } from './metadata.js';
import { looksLikeOrganization } from './headings.js';
import { kindOf, nameFromIssuer, nameFromPreamble, superiorFrom, titleFacts, yearIn } from './jurisdiction.js';
import { normaliseText } from './normalise.js';
import { outline as findOutline, type Outline } from './outline.js';
import { splitRunTogether } from './run-together.js';
import { shiftYear, staleWarnings } from './shift-year.js';
import { dataComments, toData } from './to-data.js';
import { writeYaml } from './write-yaml.js';

export interface ImportOptions {
  catalog: TemplateCatalog;
  /** The file the text came from, named in the YAML's header comment. */
  fileName?: string;
  /** Use this pack instead of choosing one. */
  template?: string;
  /** For the year fallback; defaults to now. */
  today?: Date;
  /** The language of the warnings; Chinese unless told. */
  locale?: Locale;
  /**
   * The year the new report is for, when last year's report is imported as its start: the year moves, titles and
   * headings follow, and every sentence that still names the old year is flagged.
   */
  year?: number;
  /**
   * When no pack prints the report as published, infer one (its template.yaml is returned as `newPack`, and the
   * data names it); `id` names it. Off unless asked: the host decides where packs are written.
   */
  learnFormat?: { id: string };
}

export interface ImportResult {
  yaml: string;
  templateId: string;
  /** What the writer should check: unplaced text, guesses, garbled characters, layout the pack changes. */
  warnings: string[];
  data: Record<string, unknown>;
  /** What the page's metadata said: 发布日期 (→ `published`), 文号, 发布机构. */
  facts: PageFacts;
  /** Every line taken out as page furniture (metadata, navigation, widgets, watermarks, a duplicate page heading). */
  dropped: string[];
  /** The pack inferred from the report (`learnFormat`), for the host to write into a templates folder. */
  newPack?: { id: string; yaml: string };
  /**
   * With `learnFormat`: how closely the chosen pack (before any was inferred) prints the report, 1 when word for
   * word with the same paragraph breaks (then nothing is inferred).
   */
  packCloseness?: number;
}

/**
 * A published report (text copied from a web page, Word or a text file) → a data file. Nothing is
 * dropped silently: page chrome is recognised by its wording, and whatever else cannot be placed goes
 * under `unplaced:` with a warning.
 */
export function importReport(text: string, options: ImportOptions): ImportResult {
  const normalised = normaliseText(text);
  const outline = findOutline(splitRunTogether(normalised.paragraphs));
  const warnings: Message[] = [...normalised.warnings, ...outline.warnings];
  const facts = normalised.facts;
  // A report signed with a date only: the organ that issued it (发布机构) is the one that signs.
  if (outline.signature && !outline.signature.organization && facts.issuer && looksLikeOrganization(facts.issuer)) {
    outline.signature.organization = facts.issuer;
  }
  const base = reportBase(outline, facts, options.today ?? new Date(), warnings);
  const dropped = [...normalised.dropped, ...outline.duplicates];

  let manifest: ResolvedManifest | undefined;
  if (options.template) {
    manifest = options.catalog.resolve(options.template).manifest;
    if (!manifest) warnings.push({ zh: `模板“${options.template}”不存在或有错误，改为自动选择。`, en: `Template “${options.template}” is missing or broken; choosing one instead.` });
  }
  manifest ??= choosePack(options.catalog, { outline, traditional: normalised.traditional, data: base })?.manifest;
  if (!manifest) throw new Error('importReport: the template catalog offers no usable pack');
  let newPack: ImportResult['newPack'];
  let closenessOfPack: number | undefined;
  if (options.learnFormat && !options.template) {
    // The text as it came, line breaks and all (before the run-together reader split run-in headings off), so a
    // pack that breaks paragraphs elsewhere does not count as reproducing it.
    const source = normalised.paragraphs.filter((p) => !outline.unplaced.includes(p) && !outline.duplicates.includes(p)).join('\n');
    const tried = learnFormat(options.learnFormat.id, manifest, { outline, traditional: normalised.traditional, base, source }, options.catalog, (m) => toData(outline, m, base).data);
    closenessOfPack = tried.before;
    const learned = tried.learned;
    if (learned) {
      const pct = (x: number) => `${(x * 100).toFixed(1)}%`;
      warnings.push({
        zh: `没有一个模板能原样印出这份报告（最接近的“${manifest.id}”与原文相似度 ${pct(learned.before)}），已按原文推断出新模板“${learned.pack.id}”（相似度 ${pct(learned.after)}），数据文件使用它。`,
        en: `No pack prints this report as published (the closest, “${manifest.id}”, is ${pct(learned.before)} similar); a new pack “${learned.pack.id}” was inferred from it (${pct(learned.after)}), and the data file uses it.`,
      });
      manifest = learned.manifest;
      newPack = learned.pack;
    }
  }

  if (normalised.traditional) {
    warnings.push(
      manifest.script === 'zh-Hant'
        ? { zh: `原文是繁体字：数据已转为简体，模板“${manifest.id}”渲染时转回繁体。`, en: `The report is in traditional script: the data is simplified; “${manifest.id}” prints it traditional again.` }
        : { zh: `原文是繁体字：数据已转为简体，但没有合适的繁体模板，“${manifest.id}”会印成简体。`, en: `The report is in traditional script, but no traditional-script pack fits: “${manifest.id}” prints it simplified.` },
    );
  }
  warnings.push(...layoutMismatches(outline.evidence, manifest), ...numberingMismatches(outline, manifest));
  const { data } = toData(outline, manifest, base);
  const from = base.year as number;
  const stale = options.year !== undefined && options.year !== from ? shiftYear(data, from, options.year) : [];
  const comments = dataComments(data, manifest);
  if (options.year !== undefined && options.year !== from) {
    warnings.push({ zh: `报告年度已从 ${from} 年改为 ${options.year} 年；标题和各部分标题随之改动，落款日期顺延，发布日期已删除。`, en: `The report year moved from ${from} to ${options.year}; titles and headings follow, the signature date moved, the publication date was dropped.` });
    warnings.push(...staleWarnings(stale, from, options.year));
    for (const key of new Set(stale.map((s) => s.key))) {
      const n = stale.filter((s) => s.key === key).length;
      comments.keys = { ...comments.keys, [key]: `${comments.keys?.[key] ?? key}\n⚠ 这一部分有 ${n} 句仍写着${from}年的情况，请改写为${options.year}年的：${stale.filter((s) => s.key === key).map((s) => s.sentence.slice(0, 30)).join(' / ')}` };
    }
  }
  const source = options.fileName ? `从 ${options.fileName} ` : '';
  comments.header = `由 fazhi import ${source}导入，按“${manifest.name}”（${manifest.id}）的格式。\n请逐项核对；用 fazhi check 检查，用 fazhi render 生成报告。${pageFacts(facts)}`;
  if (dropped.length) {
    comments.trailer = `导入时去掉的网页内容（不是报告正文）：\n${dropped.map((line) => `  ${line}`).join('\n')}`;
    warnings.push({ zh: `去掉了 ${dropped.length} 行网页内容（信息公开目录、导航、按钮、水印、重复的页面标题），列在数据文件末尾的注释里。`, en: `${dropped.length} line(s) of page furniture (metadata, navigation, widgets, watermarks, a repeated page heading) were dropped; they are listed in a comment at the end of the data file.` });
  }
  const locale = options.locale ?? 'zh';
  return {
    yaml: writeYaml(data, comments),
    templateId: manifest.id,
    warnings: warnings.map((w) => w[locale]),
    data,
    facts,
    dropped,
    ...(newPack ? { newPack } : {}),
    ...(closenessOfPack !== undefined ? { packCloseness: closenessOfPack } : {}),
  };
}

/** Where the chosen pack will lay the text out differently from the original, and how to keep the original. */
function layoutMismatches(ev: Evidence, m: ResolvedManifest): Message[] {
  const out: Message[] = [];
  const fix = `如需保持原样，可用 fazhi templates new <编号> --extends ${m.id} 建一个模板并设置 layout。`;
  const fixEn = `To keep the original, make a pack with fazhi templates new <id> --extends ${m.id} and set its layout.`;
  if (ev.pointsParagraphs + ev.numbered > ev.pointsInline && m.layout.points === 'inline') {
    out.push({ zh: `原文的“一是”要点各自成段，模板“${m.id}”把它们接排在一段里（layout.points: inline）。${fix}`, en: `The original puts each 一是 point in its own paragraph; “${m.id}” runs them together (layout.points: inline). ${fixEn}` });
  }
  if (ev.ownLine > ev.runIn && m.layout.item_heading === 'run-in') {
    out.push({ zh: `原文的“（一）”标题单独成行，模板“${m.id}”把它们接排在段首（layout.item_heading: run-in）。${fix}`, en: `The original puts （一） headings on their own lines; “${m.id}” runs them into their paragraphs (layout.item_heading: run-in). ${fixEn}` });
  } else if (ev.runIn > ev.ownLine && m.layout.item_heading === 'own-line') {
    out.push({ zh: `原文的“（一）”标题接排在段首，模板“${m.id}”让它们单独成行（layout.item_heading: own-line）。${fix}`, en: `The original runs （一） headings into their paragraphs; “${m.id}” puts them on their own lines (layout.item_heading: own-line). ${fixEn}` });
  }
  return out;
}

/** Enumerators the chosen pack prints otherwise than the report (1. items as （一）, （1） points as 一是), once per style. */
function numberingMismatches(outline: Outline, m: ResolvedManifest): Message[] {
  const said = new Set<string>();
  const out: Message[] = [];
  for (const part of outline.parts) {
    const n = m.partNumbering[part.key === 'section' ? 'measures' : part.key] ?? m.numbering;
    for (const [level, seen, printed] of [['item', part.body.seen.item.top()?.style, n.item.style], ['point', part.body.seen.point.top()?.style, n.point.style]] as const) {
      if (seen === undefined || seen === printed || said.has(`${seen}→${printed}`)) continue;
      said.add(`${seen}→${printed}`);
      const what = level === 'item' ? { zh: '标题', en: 'headings' } : { zh: '要点', en: 'points' };
      out.push({
        zh: `原文的${what.zh}以“${seen}”编号，模板“${m.id}”印作“${printed}”。如需保持原样，可用 fazhi templates new <编号> --extends ${m.id} 建一个模板并设置 numbering。`,
        en: `The original numbers its ${what.en} “${seen}”; “${m.id}” prints “${printed}”. To keep the original, make a pack with fazhi templates new <id> --extends ${m.id} and set its numbering.`,
      });
    }
  }
  return out;
}

/** The 文号 and 发布机构 the page gave, also in the header comment, so the writer sees where they came from. */
function pageFacts(facts: PageFacts): string {
  const said = [facts.documentNumber && `文号 ${facts.documentNumber}`, facts.issuer && `发布机构 ${facts.issuer}`, facts.published && `发布日期 ${facts.published}`].filter(Boolean);
  return said.length ? `\n网页标明：${said.join('；')}。` : '';
}

/**
 * The jurisdiction a page's 发布机构 names, when it is a government (示例县人民政府, its 办公室, a 街道办事处 or
 * 管委会): a department that only posted the report (示例县司法局) would be a wrong guess, so it gives none.
 */
function governmentNamed(issuer: string | undefined): string | undefined {
  const organ = issuer?.replace(/(人民政府|政府)(办公室|办公厅)$/, '$1');
  return organ && /(人民政府|政府|办事处|管委会|管理委员会)$/.test(organ) ? nameFromIssuer(organ.replace(/(管委会|管理委员会)$/, '')) : undefined;
}

function reportBase(outline: Outline, facts: PageFacts, today: Date, warnings: Message[]): Record<string, unknown> {
  const published = facts.published;
  // Joint issuers' lines read as one issuer list (“中共某某街道工作委员会 某某街道办事处关于……”).
  const fromTitle = outline.title ? titleFacts(outline.title.replaceAll('\n', ' ')) : undefined;
  const preamble = outline.preamble.join('');
  const signedBy = outline.signature?.organization ? nameFromIssuer(outline.signature.organization) : undefined;
  let name =
    fromTitle?.name ??
    signedBy ??
    nameFromPreamble(preamble, [...outline.preamble, ...outline.parts.map((p) => p.heading), outline.signature?.organization ?? ''].join('\n')) ??
    governmentNamed(facts.issuer);
  if (!name) {
    warnings.push({ zh: '没能从标题或导语中找到报告单位名称，请填写 jurisdiction.name。', en: 'No jurisdiction name in the title or preamble: fill in jurisdiction.name.' });
    name = PLACEHOLDER;
  }
  const plansYear = outline.parts.find((p) => p.key === 'plans')?.heading;
  let year = fromTitle?.year ?? yearIn(preamble) ?? (plansYear && yearIn(plansYear) ? (yearIn(plansYear) as number) - 1 : undefined);
  if (!year) {
    year = today.getFullYear() - 1;
    warnings.push({ zh: `没能找到报告年度，暂定为 ${year} 年，请核对 year。`, en: `No report year found; assumed ${year}: check year.` });
  }
  const superior = outline.recipient ? superiorFrom(outline.recipient) : undefined;
  const kind = name === PLACEHOLDER ? undefined : kindOf(name, superior);
  return {
    year,
    jurisdiction: { name, ...(kind ? { kind } : {}), ...(superior ? { superior } : {}) },
    ...(published ? { published } : {}),
    ...(facts.documentNumber ? { document_number: facts.documentNumber } : {}),
  };
}
