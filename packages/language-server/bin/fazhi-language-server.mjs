#!/usr/bin/env node
// The Fazhi report language server over stdio: `fazhi-language-server --stdio`. Runs the build (pnpm build).
import '../dist/server.js';
