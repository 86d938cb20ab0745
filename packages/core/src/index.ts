export { collectionKeyRanges } from './parse/collection-keys.js';
export { parseYamlDocument } from './parse/yaml-document.js';
export { parseReport, MAX_ALIAS_COUNT, MAX_ALIASED_CHARS, MAX_REPORT_CHARS, MAX_SYNTAX_ERRORS, type ParsedReport, type ParseOptions } from './parse/parse-report.js';
export { MAX_NESTING_DEPTH } from './parse/nesting-depth.js';
export {
  firstKeyRange,
  keyNodeAt,
  keyOf,
  nodeAt,
  pairIn,
  rangeOf,
  reportRange,
  visitScalars,
  type Path,
} from './parse/yaml-nodes.js';
export { validateReport, type ValidateOptions } from './validate/validate-report.js';
export { localize as localizeFinding, ruleContext, runRule, SLIP_CODES } from './validate/rule-runner.js';
export type { Diagnostic, Fix, Locale, Message, Range, RelatedLocation, Severity, TextEdit } from './validate/diagnostic.js';
export type { Rule, RuleContext, Finding, ProseScalar } from './validate/rule.js';
export { ALL_RULES } from './validate/rules/index.js';
export { PLACEHOLDER } from './validate/rules/placeholder.js';
export { REQUIRED_PARTS } from './validate/rules/missing-part.js';
export { isProsePath } from './validate/prose-paths.js';
export { LineIndex, type Position } from './text/line-index.js';
export { valueOffsets } from './text/scalar-offsets.js';
export { chineseNumeral, containsHan, isChineseText, isHan, FULLWIDTH_OF } from './text/cjk.js';
export { closest, levenshtein } from './text/suggest.js';
export { unknownTemplate } from './templates/unknown-template.js';
export { scanFigureReferences, isFigureName, type FigureReference } from './figures/references.js';
export { formatFigure, listFigures, lookupFigure, type FigureEntry } from './figures/figures.js';
export type { TemplateHost } from './host.js';
export { TemplateCatalog, templateProblemLocation, type TemplateProblem, type TemplateResolution } from './templates/catalog.js';
export {
  LABEL_KEYS,
  MANIFEST_DEFAULTS,
  PART_KEYS,
  type LabelKey,
  type Layout,
  type PartKey,
  type ResolvedManifest,
  type Show,
  type TemplateManifest,
  FACES,
  NUMBER_STYLES,
  isStandardPart,
  type Face,
  type Numbering,
  type NumberStyle,
} from './templates/manifest.js';
export { manifestSchema } from './templates/manifest-schema.js';
export {
  paragraphText,
  type Block,
  type DocumentMeta,
  type HeadingBlock,
  type HeadingLevel,
  type ParagraphBlock,
  type ReportDocument,
  type Run,
  type RunFigure,
  type Script,
  type SalutationBlock,
  type SignatureBlock,
  type TitleBlock,
  blockText,
  type AttachmentListBlock,
  type PrintedByBlock,
  type TableBlock,
  type TextLineBlock,
} from './document/report-document.js';
export { renderReport, type RenderOptions, type RenderResult } from './render/render-report.js';
export { RenderMemo } from './render/render-memo.js';
export { compilePack, packFiles, type CompiledPack } from './render/compile-pack.js';
export { TemplateError } from './render/template-error.js';
export { TEMPLATE_HELPERS, chineseDate, type HelperParam, type TemplateHelper } from './render/helpers/index.js';
export { buildViewModel, type ViewModel, type Unit, type ItemView, type PointView } from './render/view-model.js';
export { readReportHtml } from './render/read-html.js';
export { traditional } from './render/script.js';
export { CONTROL_CHARS, INVISIBLE_CLASS, stripControlChars } from './text/control-chars.js';
export { toFullwidthPunctuation, halfwidthHits } from './text/halfwidth.js';
export { writeText } from './write/text.js';
export { writeMarkdown } from './write/markdown.js';
export { htmlPage, writeHtml, type HtmlOptions, type HtmlPage } from './write/html.js';
export { DOCUMENT_WRITERS, documentWriter, outputFileName, type DocumentWriter } from './write/document-writers.js';
export { escapeHtml } from './write/html-escape.js';
export { FONT_STACKS } from './write/html-style.js';
export { lintPack, type PackFinding } from './templates/lint/lint-pack.js';
export { HELPER_NAMES, lintTemplateFiles, type TemplateFinding } from './templates/lint/lint-templates.js';
export { templateScopes, type Scope as TemplateScope } from './templates/lint/check-paths.js';
export { VIEW_SHAPE, childShape, elementShape, keysOf, type Shape as ViewShape } from './templates/lint/view-shape.js';
export { checkManifest, type ManifestCheck, type ManifestCheckOptions } from './templates/lint/check-manifest.js';
export { checkRequiredPath } from './templates/lint/check-requires.js';
export { LABEL_VARIABLES } from './render/labels.js';
export { importReport, type ImportOptions, type ImportResult } from './import/import-report.js';
export { readPublishedReport, type ImportConverters } from './import/read-published.js';
export { MAX_DOCX_UNZIPPED, unzipWithin } from './import/docx-size.js';
export { decodeText, UnreadableFileError, type DecodedText } from './text/decode-text.js';
export { scaffoldReport, type ScaffoldOptions } from './scaffold/scaffold-report.js';
export { writeDocx } from './write/docx/write-docx.js';
export { DOCX_FONTS, docxFaces, type FontRole } from './write/docx/fonts.js';
export { titleLines } from './write/title-lines.js';
export { fixReport, type AppliedFix, type FixResult } from './validate/fix-report.js';
export { kindOf } from './import/jurisdiction.js';
export { compareYears, reportFacts, COMPARED_PARTS, type YearComparison, type ReportFacts } from './years/compare-years.js';
export { findPrevious, readPrevious, joinPath, type PreviousHost, type FindPreviousOptions } from './years/find-previous.js';
export { DEFAULT_JUMP_FACTOR, type PreviousLookup, type PreviousReport, type YearOverYearOptions } from './years/previous-report.js';
export type { FigureChange } from './years/figures-over-time.js';
export type { PlanFollowUp } from './years/plans-followed.js';
export type { RecycledPassage, RecycledText } from './years/recycled.js';
export { compareHtml } from './years/compare-html.js';
export { catalogWithPacks, importedPackId, inferManifest, manifestYaml } from './import/learn-format.js';
