#!/usr/bin/env bash
# Debian packages the system-level tests use (a browser, LibreOffice, CJK fonts). Tests that need one
# skip with a visible reason when it is absent; CI installs them all so every test runs.
set -euo pipefail
# ripgrep, libkrb5-dev, g++, make, python3: building code-server for the extension's end-to-end test.
PACKAGES=(chromium fonts-noto-cjk fontconfig ripgrep libkrb5-dev g++ make python3)
missing=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -eq 0 ]; then echo "system packages present"; exit 0; fi
if [ "$(id -u)" -ne 0 ]; then SUDO=sudo; else SUDO=; fi
echo "installing: ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
