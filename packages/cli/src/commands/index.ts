import type { Command } from '../command.js';
import { checkCommand } from './check.js';
import { compareCommand } from './compare.js';
import { reviewCommand } from './review.js';
import { importCommand } from './import.js';
import { newCommand } from './new.js';
import { fontsCommand } from './fonts.js';
import { renderCommand } from './render.js';
import { schemaCommand } from './schema.js';
import { templatesCommand } from './templates.js';

/** Every `fazhi` subcommand, in the order `fazhi --help` lists them. */
export const COMMANDS: readonly Command[] = [checkCommand, renderCommand, fontsCommand, importCommand, newCommand, schemaCommand, templatesCommand, compareCommand, reviewCommand];
