#!/usr/bin/env bash
# Installs everything on a fresh machine, then runs the main job: the local Dinie sandbox.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-browser
exec pnpm sandbox
