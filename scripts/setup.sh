#!/usr/bin/env bash
# Installs the toolchain this repository needs on a fresh Debian machine with Node 20 and npm:
# pnpm (pinned), Debian's chromium for browser tests (skipped with --no-browser), and the
# workspace's dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  npm install --global "pnpm@$PNPM_VERSION" >/dev/null
fi
if [ "${1:-}" != --no-browser ] && ! command -v chromium >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
  else
    echo "chromium is missing: install Debian's chromium package (sudo apt-get install chromium)" >&2
    exit 1
  fi
fi
pnpm install --frozen-lockfile
