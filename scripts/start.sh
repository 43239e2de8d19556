#!/usr/bin/env bash
# Installs everything on a fresh machine, then runs the main job: the demo partner app (a local
# Dinie sandbox, the proxy, the React and script-tag pages, Storybook) on one URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --no-browser
exec pnpm demo
