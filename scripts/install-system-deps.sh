#!/usr/bin/env bash
# Debian packages the system-level tests use (a browser, LibreOffice, CJK fonts). Tests that need one
# skip with a visible reason when it is absent; CI installs them all so every test runs.
set -euo pipefail
# libreoffice-writer-nogui: the headless Writer that converts DOCX to PDF; poppler-utils: pdftotext/pdftoppm read it back;
# fonts-arphic-ukai: a Kai face, so （一） headings stand out in the PDF as 楷体 does in Word.
# ripgrep, libkrb5-dev, g++, make, python3: building code-server for the extension's end-to-end test.
# neovim, emacs-nox, elpa-eglot, elpa-yaml-mode: the language server's editor snippets are run in the real editors
# (packages/language-server/test/editors.test.ts, about 10 s).
PACKAGES=(chromium fonts-noto-cjk fonts-arphic-ukai fontconfig poppler-utils ripgrep libkrb5-dev g++ make python3 neovim emacs-nox elpa-eglot elpa-yaml-mode)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
# Any LibreOffice will do; installing the nogui one next to a desktop LibreOffice would conflict with it.
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)
if [ ${#missing[@]} -eq 0 ]; then echo "system packages present"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
