#!/usr/bin/env node
// The `fazhi` command. Runs the built CLI (pnpm build); see packages/cli/README.md.
import { main } from '../dist/main.js';

process.exitCode = await main(process.argv.slice(2));
