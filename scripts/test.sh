#!/usr/bin/env bash
# Runs every test on a fresh machine: installs what it needs (pnpm, Debian's chromium), then
# lint, typecheck, contract checks, build, packaging checks and the whole Vitest suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pnpm run check
