export { reportSchema } from './report-schema.js';
export {
  field,
  BASIS,
  EN_DESCRIPTION,
  EN_TITLE,
  ENUM_TITLES,
  type FieldDoc,
  type SchemaNode,
} from './annotate.js';
export { JURISDICTION_KINDS, type JurisdictionKind } from './defs/jurisdiction.js';
export { FIGURE_NAME_PATTERN } from './defs/stats.js';
export { branchesOf, childSchema, deref, objectBranch, propertiesAt, requiredAt, schemaAt, type DataPath } from './schema-walk.js';
export { describeNode, type FieldDescription } from './describe.js';
export type * from './generated/report-types.js';
export { looksLikeReportText, templateIdOf } from './report-file.js';
export { isPackId, PACK_ID_PATTERN, packFileAt } from './pack-id.js';
