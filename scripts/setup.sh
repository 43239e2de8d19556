#!/usr/bin/env bash
# Installs the toolchain this repository needs on a fresh Debian machine with Node 20 and npm:
# pnpm (pinned), what only the tests need from Debian (chromium for browser tests, redis-server
# for the several-instance proxy tests; both skipped with --no-browser), and the workspace's
# dependencies.
set -euo pipefail
cd "$(dirname "$0")/.."
PNPM_VERSION=10.34.9
if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version)" != "$PNPM_VERSION" ]; then
  npm install --global "pnpm@$PNPM_VERSION" >/dev/null
fi
if [ "${1:-}" != --no-browser ]; then
  missing=()
  command -v chromium >/dev/null 2>&1 || missing+=(chromium)
  command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
  if [ "${#missing[@]}" -gt 0 ]; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
    else
      echo "missing Debian packages: install them with: sudo apt-get install ${missing[*]}" >&2
      exit 1
    fi
  fi
fi
pnpm install --frozen-lockfile
