#!/usr/bin/env node
// The `fazhi` command. Runs the built CLI, bundled into one file for a quick start (pnpm build; scripts/bundle.mjs);
// the commands are described in the repository's README.md.
import { main } from '../dist/bundle/main.js';

// A reader that stops early (`fazhi check … | head`) closes the pipe. Output then has nowhere to go, so it
// is dropped, but the command still finishes what it started (a render completes its files) and keeps its
// exit code, instead of dying on the write with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

process.exitCode = await main(process.argv.slice(2));
