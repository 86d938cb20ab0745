// Generated from the report JSON Schema by scripts/generate-types.mjs. Do not edit by hand.

/**
 * 要点：“一是”“二是”……式的要点。可以直接写一句话，也可以写成小标题加正文。序号由模板生成，不要自己写“一是”。
 *
 * A “一是/二是” point: plain text, or a title plus text. The template numbers it; do not type the enumerator.
 */
export type Point = string | PointWithATitle;
/**
 * 数字：一个数字（或“200余”这样的文字），也可以是一组数字。
 *
 * A number (or a text such as “200余”), a value with unit, or a group of figures.
 */
export type Figure = number | string | FigureWithUnit | GroupOfFigures;

/**
 * 法治政府建设年度报告数据文件：一份法治政府建设年度报告的全部内容；用模板渲染成报告全文。
 *
 * Everything in one annual report on building a law-based government; a template renders it.
 */
export interface ReportData {
  /**
   * 模板：按哪个地方的格式渲染，填模板编号（见 fazhi templates list）。
   *
   * Which jurisdiction format renders this report: a template pack id.
   */
  template: string;
  /**
   * 报告年度：报告的是哪一年的工作（通常是上一年）。
   *
   * The year the report covers (usually last year).
   */
  year: number;
  jurisdiction: Jurisdiction;
  /**
   * 上一年度报告：去年报告的文件（数据文件或已发布的 .docx/.html/.txt），写相对本文件的路径。不写时在同一文件夹里按地区和年度查找。用于检查照搬去年的文字、去年安排的落实和数字的变化。
   *
   * Last year’s report (a data file or a published .docx/.html/.txt), as a path relative to this file. Without it, the same folder is searched by jurisdiction and year. Used to find recycled text, unanswered plans and figures that jumped.
   */
  previous?: string;
  /**
   * 发布日期：向社会公开的日期。应在报告年度结束之后、次年4月1日之前。
   *
   * When the report is made public: after the report year, before 1 April of the next year.
   */
  published?: string;
  /**
   * 发文字号：发文字号（文号），如“鄂政文〔2024〕12号”；模板印出时居中排在标题上方。发布页上的“文号”也填在这里。
   *
   * The document number (文号), e.g. 鄂政文〔2024〕12号; printed above the title where the template shows it.
   */
  document_number?: string;
  /**
   * 主送机关：向上级报送时的称呼，渲染为称呼行（如“中共达州市委、达州市人民政府：”），不写冒号。
   *
   * The addressee when reporting to the level above; rendered as the salutation line.
   */
  recipient?: string;
  preamble?: Preamble;
  measures?: MeasuresAndResults;
  responsibility?: FirstResponsiblePersonDuties;
  shortcomings?: ShortcomingsAndCauses;
  plans?: PlansForNextYear;
  others?: OtherMatters;
  /**
   * 结束语：正文最后的结束段落（模板决定是否印出）。
   *
   * The closing paragraph after the last part (the template decides whether it is printed).
   */
  closing?: string;
  signature?: Signature;
  extra_parts?: ExtraParts;
  /**
   * 附件：随报告附上的材料（如统计表）。正文后印“附件：1. ……”说明，每个附件另起一页，左上角印“附件1”。
   *
   * Attachments: listed after the body (附件：1. …), each printed on a new page headed 附件1.
   */
  attachments?: Attachment[];
  /**
   * 抄送机关：版记中的抄送机关，如“市人大常委会办公室，市政协办公室”；印成“抄送：……。”。
   *
   * The organisations copied, printed in the imprint as “抄送：……。”.
   */
  copy_to?: string;
  printed_by?: PrintedBy;
  stats?: Figures;
  /**
   * 未归类内容：导入旧报告时未能归入任何部分的文字，请移到合适位置后删除本项。不会被渲染。
   *
   * Text the importer could not place; move it into the right part, then delete this key. Never rendered.
   */
  unplaced?: string[];
}
/**
 * 报告单位：撰写报告的地方或部门。
 *
 * The place or department that writes the report.
 */
export interface Jurisdiction {
  /**
   * 名称：全称，如“海安高新技术产业开发区”。
   *
   * Full name.
   */
  name: string;
  /**
   * 简称：正文中的简称，如“高新区”。
   *
   * The short name used in prose.
   */
  short_name?: string;
  /**
   * 类别：地方或部门的类别，决定适用的模板和报送对象。
   *
   * What kind of jurisdiction this is.
   */
  kind?:
    | 'province'
    | 'city'
    | 'county'
    | 'county-city'
    | 'district'
    | 'street-office'
    | 'township'
    | 'development-zone'
    | 'department';
  /**
   * 所在省份：所在省（自治区、直辖市）。
   *
   * The province it belongs to.
   */
  province?: string;
  /**
   * 上级：上一级党委政府或主管部门，如“达州市”。
   *
   * The level above it.
   */
  superior?: string;
}
/**
 * 导语：标题之后的开头段落，通常以“现将……报告如下：”结尾。
 *
 * The opening paragraph, usually ending with “现将……报告如下：”.
 */
export interface Preamble {
  /**
   * 导语正文：导语全文。
   *
   * The preamble text.
   */
  text: string;
  /**
   * 依据文件：导语中引用的文件名，不带书名号。
   *
   * Titles of the documents the preamble cites, without 《》.
   */
  cites?: string[];
}
/**
 * 主要举措和成效：上一年度推进法治政府建设的主要举措和成效。一般写成若干“（一）”条目；以主题作一级标题的报告写 sections。
 *
 * Main measures taken and results achieved in the report year: items, or thematic sections.
 */
export interface MeasuresAndResults {
  /**
   * 导语：“一、”标题之后、条目之前的正文。
   *
   * Text after the part heading and before its items.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 条目：“（一）”级条目：标题、可选的正文和要点。
 *
 * A “（一）” item: a title, optional text and points.
 */
export interface Item {
  /**
   * 条目正文：标题之后、要点之前的正文；空一行另起一段。
   *
   * Text after the item title and before its points; a blank line starts a new paragraph.
   */
  text?: string;
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
}
/**
 * 带小标题的要点：“一是……。”式要点：小标题加正文，渲染为“一是{小标题}。{正文}”。
 *
 * A point with a run-in title: rendered “一是{title}。{text}”.
 */
export interface PointWithATitle {
  /**
   * 要点正文：紧随小标题的正文。
   *
   * The text that follows the point title.
   */
  text?: string;
}
/**
 * 专题部分：以主题作一级标题的举措部分（如“一、夯实基础，全面依法治街机构体系进一步健全”）。
 *
 * A measures section with its own thematic first-level heading.
 */
export interface ThematicSection {
  /**
   * 导语：本部分标题之后的正文。
   *
   * Text after the section heading.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
}
/**
 * 第一责任人职责：党政主要负责人履行推进法治建设第一责任人职责、加强法治政府建设的有关情况。
 *
 * How the principal Party and government leaders carried out their duty as first responsible persons.
 */
export interface FirstResponsiblePersonDuties {
  /**
   * 导语：本部分开头的总述。
   *
   * Opening paragraph of the part.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 存在的不足和原因：上一年度推进法治政府建设存在的不足和原因，通常是一段导语加“一是……二是……”。
 *
 * Shortcomings in the report year and their causes: usually an intro and points.
 */
export interface ShortcomingsAndCauses {
  /**
   * 导语：要点之前的导语。
   *
   * The sentence before the points.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 下一年度主要安排：下一年度推进法治政府建设的主要安排。
 *
 * Main plans for the next year.
 */
export interface PlansForNextYear {
  /**
   * 导语：本部分开头的总述。
   *
   * Opening paragraph of the part.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 其他需要报告的情况：其他需要报告的情况，没有可以不写。
 *
 * Other matters to report; optional.
 */
export interface OtherMatters {
  /**
   * 导语：本部分正文。
   *
   * The text of the part.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 落款：发文机关署名和成文日期，印在正文之后右侧。
 *
 * The issuing organisation and the date of writing, printed at the end on the right.
 */
export interface Signature {
  /**
   * 发文机关：署名的机关全称。联合行文用“|”分行写，每个机关一行，主办机关在前。
   *
   * The signing organisation. Joint issuers: one per line with “|”, the organiser first.
   */
  organization: string;
  /**
   * 成文日期：成文日期，印成“2024年2月28日”。
   *
   * The date of writing.
   */
  date: string;
}
/**
 * 模板另设的部分：模板在五个标准部分之外另设的一级部分（如“其他需要说明的情况”），键名见模板的 order；写法与其他部分相同。
 *
 * First-level parts a template adds beyond the standard five (keys as in its `order`); written like any part.
 */
export interface ExtraParts {
  [k: string]: Part | undefined;
}
/**
 * 部分：一个一级部分：导语、条目、要点或专题。
 *
 * A first-level part: intro, items, points or sections.
 */
export interface Part {
  /**
   * 导语：本部分正文。
   *
   * The text of the part.
   */
  intro?: string;
  /**
   * 条目列表：依次渲染为“（一）”“（二）”……
   *
   * Rendered in order as “（一）”, “（二）” …
   */
  items?: Item[];
  /**
   * 要点列表：依次渲染为“一是……二是……”。
   *
   * Rendered in order as “一是……二是……”.
   */
  points?: Point[];
  /**
   * 专题部分：每个专题作为一个一级标题（“一、”“二、”……），代替本部分的标准标题。
   *
   * Each section becomes a first-level heading of its own, instead of the part’s standard heading.
   */
  sections?: ThematicSection[];
}
/**
 * 附件：一个附件：标题，以及正文和（或）表格。
 *
 * One attachment: a title, then text and/or tables.
 */
export interface Attachment {
  /**
   * 附件正文：表格之前的文字；空一行另起一段。
   *
   * Text before the tables; a blank line starts a new paragraph.
   */
  text?: string;
  /**
   * 表格：附件里的表格，依次印出。
   *
   * The attachment’s tables, in order.
   */
  tables?: Table[];
}
/**
 * 表格：一张表：可选的表题、表头一行（header）和若干数据行（rows）。单元格可用 ${名称} 引用数字。
 *
 * A table: an optional title, one header row and data rows. Cells may reference figures as ${name}.
 */
export interface Table {
  /**
   * 表头：表头一行，每列一个名称；表格跨页时每页重复。
   *
   * The header row, one name per column; repeated on every page.
   *
   * @minItems 1
   *
   * Items: 单元格：一个单元格：文字或数字，可用 ${名称} 引用 stats 里的数字。
   *
   * One cell: text or a number; may reference a figure as ${name}.
   */
  header: [string | number, ...(string | number)[]];
  /**
   * 数据行：每行是一个列表，单元格个数与表头相同。
   *
   * Each row a list with as many cells as the header.
   */
  rows: (string | number)[][];
}
/**
 * 印发机关和印发日期：版记末行：左为印发机关，右为“2024年3月20日印发”。
 *
 * The last line of the imprint: the printing office at the left, the date printed at the right.
 */
export interface PrintedBy {
  /**
   * 印发机关：印发机关名称（一般是办公厅、办公室）。
   *
   * The printing office.
   */
  organization: string;
  /**
   * 印发日期：印发日期，印成“2024年3月20日印发”。
   *
   * The date printed.
   */
  date: string;
}
/**
 * 数字：报告中要用到的数字，集中写在这里，正文里用 ${名称} 引用，数字只需改一处。
 *
 * Figures the prose uses, kept in one place and referenced from prose as ${name}.
 */
export interface Figures {
  reconsideration?: AdministrativeReconsideration;
  litigation?: AdministrativeLitigation;
  [k: string]: Figure | AdministrativeReconsideration | AdministrativeLitigation | undefined;
}
/**
 * 行政复议：行政复议案件数。应满足：受理 ≤ 收到，审结 ≤ 受理。
 *
 * Administrative reconsideration cases. Must hold: accepted ≤ received, concluded ≤ accepted.
 */
export interface AdministrativeReconsideration {
  /**
   * 收到：收到的行政复议申请数。
   *
   * Applications received.
   */
  received?: number;
  /**
   * 受理：依法受理的案件数。
   *
   * Cases accepted.
   */
  accepted?: number;
  /**
   * 审结：已审结的案件数。
   *
   * Cases concluded.
   */
  concluded?: number;
  [k: string]: Figure | number | undefined;
}
/**
 * 带单位的数字：数值加单位和说明，说明会在悬停时显示。
 *
 * A value with its unit and a label shown on hover.
 */
export interface FigureWithUnit {
  /**
   * 数值：数值，如 447 或“200余”。
   *
   * The value, e.g. 447 or “200余”.
   */
  value: number | string;
  /**
   * 单位：如“件”“人次”。
   *
   * E.g. 件, 人次.
   */
  unit?: string;
  /**
   * 说明：这个数字是什么。
   *
   * What the figure counts.
   */
  label?: string;
}
/**
 * 数字分组：一组相关的数字，引用时写 ${分组.名称}。
 *
 * A group of related figures, referenced as ${group.name}.
 */
export interface GroupOfFigures {
  [k: string]: Figure | undefined;
}
/**
 * 行政应诉：行政诉讼应诉案件数和行政机关负责人出庭应诉数。应满足：出庭应诉 ≤ 开庭审理。
 *
 * Administrative lawsuits defended; heads of agencies appearing in court must not exceed hearings.
 */
export interface AdministrativeLitigation {
  /**
   * 应诉案件：行政诉讼应诉案件数。
   *
   * Lawsuits defended.
   */
  cases?: number;
  /**
   * 开庭审理：开庭审理的案件数。
   *
   * Cases heard in court.
   */
  hearings?: number;
  /**
   * 负责人出庭：行政机关负责人出庭应诉的案件数。
   *
   * Hearings attended by the head of the agency.
   */
  heads_appeared?: number;
  [k: string]: Figure | number | undefined;
}
