#!/usr/bin/env node
// The Fazhi report language server over stdio: `fazhi-language-server --stdio`. Runs the build, bundled into
// one file for a quick start and a smaller footprint (pnpm build; scripts/bundle.mjs).
import '../dist/bundle/server.js';
