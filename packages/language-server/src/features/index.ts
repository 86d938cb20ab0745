import { codeActions } from './code-actions.js';
import { completion } from './completion.js';
import { definition } from './definition.js';
import { diagnostics } from './diagnostics.js';
import type { Feature } from './feature.js';
import { folding } from './folding.js';
import { hover } from './hover.js';
import { importFeature } from './import.js';
import { manifests } from './manifests.js';
import { packs } from './packs.js';
import { render } from './render.js';
import { symbols } from './symbols.js';
import { yearOverYear } from './year-over-year.js';
import { templatesEditor } from '../templates-editor/feature.js';

/** Every feature the server offers; each lives in its own module. */
export const FEATURES: readonly Feature[] = [diagnostics, completion, hover, codeActions, symbols, folding, definition, render, importFeature, packs, yearOverYear, manifests, templatesEditor];
