import type { Rule } from '../rule.js';
import { controlChars } from './control-chars.js';
import { dates } from './dates.js';
import { duplicateEnumerator } from './duplicate-enumerator.js';
import { figureConsistency } from './figure-consistency.js';
import { figureReference } from './figure-reference.js';
import { fullwidthColon } from './fullwidth-colon.js';
import { fullwidthIndent } from './fullwidth-indent.js';
import { fullwidthQuotes } from './fullwidth-quotes.js';
import { halfwidthPunctuation } from './halfwidth-punctuation.js';
import { measuresShape } from './measures-shape.js';
import { missingPart } from './missing-part.js';
import { missingSignature } from './missing-signature.js';
import { tabIndent } from './tab-indent.js';
import { colonInText } from './colon-in-text.js';
import { placeholder } from './placeholder.js';
import { reportYears } from './report-years.js';
import { schema } from './schema.js';
import { staleName } from './stale-name.js';
import { template } from './template.js';
import { titleFullStop } from './title-full-stop.js';
import { unbalancedPair } from './unbalanced-pair.js';

/** Every rule, in the order their findings are most useful to read. */
export const ALL_RULES: readonly Rule[] = [
  fullwidthColon,
  fullwidthIndent,
  tabIndent,
  colonInText,
  schema,
  template,
  measuresShape,
  missingPart,
  dates,
  reportYears,
  staleName,
  figureReference,
  figureConsistency,
  fullwidthQuotes,
  halfwidthPunctuation,
  unbalancedPair,
  duplicateEnumerator,
  titleFullStop,
  placeholder,
  controlChars,
  missingSignature,
];
