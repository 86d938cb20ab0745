#!/usr/bin/env bash
# Builds a real, headless VS Code (code-server from the npm registry) for the end-to-end test, once, in a cache
# folder outside the repo that later runs reuse. Recipe and the two downloads it avoids: docs/extension.md.
# Prints the folder on its last line. Needs g++, make, python3, ripgrep, libkrb5-dev (install-system-deps.sh).
set -euo pipefail
VERSION=4.100.3                      # the last code-server line that declares Node 20
CACHE="${FAZHI_E2E_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/fazhi-e2e}"
DIR="$CACHE/code-server-$VERSION"
if [ -f "$DIR/.complete" ]; then echo "$DIR"; exit 0; fi

for tool in rg g++ make python3; do
  command -v "$tool" >/dev/null || { echo "setup-code-server: '$tool' is missing; run scripts/install-system-deps.sh" >&2; exit 1; }
done

# Build beside the final folder and rename at the end, so an interrupted build never looks complete.
BUILD="$CACHE/.building-$$"
rm -rf "$BUILD"; mkdir -p "$BUILD"; cd "$BUILD"
trap 'rm -rf "$BUILD"' EXIT
echo '{"private":true}' > package.json
# --ignore-scripts: the install scripts would download prebuilt binaries from GitHub, unreachable here.
npm install --no-audit --no-fund --ignore-scripts "code-server@$VERSION" >&2
cd node_modules/code-server/lib/vscode
npm install --no-audit --no-fund --omit=dev --ignore-scripts >&2
# ripgrep's postinstall downloads a binary; Debian's rg in bin/ makes it skip.
mkdir -p node_modules/@vscode/ripgrep/bin && cp "$(command -v rg)" node_modules/@vscode/ripgrep/bin/rg
npm_config_yes=true npm rebuild >&2                  # node-pty, spdlog, kerberos… compiled from source
ln -sfn node_modules node_modules.asar
(cd extensions && npm install --no-audit --no-fund --omit=dev >&2)
cd "$BUILD"
npm rebuild --build-from-source >&2 || true          # argon2 (its prebuilt download fails); a later error is harmless
node node_modules/code-server/out/node/entry.js --version >&2
touch .complete
trap - EXIT
rm -rf "$DIR"; mv "$BUILD" "$DIR"
echo "$DIR"
