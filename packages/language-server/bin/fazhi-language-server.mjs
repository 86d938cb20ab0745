#!/usr/bin/env node
// The Fazhi report language server over stdio: `fazhi-language-server --stdio`. Runs the build, bundled into
// one file for a quick start and a smaller footprint (pnpm build; scripts/bundle.mjs).
// Started by hand without a transport (how an editor talks to it), it says how it is meant to be started
// instead of failing with vscode-languageserver's stack trace.
const args = process.argv.slice(2);
const transport = args.some((a) => a === '--stdio' || a === '--node-ipc' || /^--(socket|pipe)=/.test(a));
if (transport) {
  await import('../dist/bundle/server.js');
} else {
  process.stderr.write(
    'fazhi-language-server：法治政府建设年度报告数据文件的语言服务器，由编辑器启动：fazhi-language-server --stdio（也可用 --node-ipc 或 --socket=<端口>）。\n' +
      'fazhi-language-server: the language server for Fazhi report data files, started by an editor: fazhi-language-server --stdio (or --node-ipc, --socket=<port>).\n',
  );
  process.exitCode = args.includes('--help') || args.includes('-h') ? 0 : 2;
}
