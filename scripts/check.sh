#!/usr/bin/env bash
# Every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
step() { printf '\n== %s\n' "$1"; }
step "lint (biome)";            pnpm exec biome check .
step "OpenAPI lint";            pnpm --filter @dinie-embed/api run lint:openapi
step "generated types fresh";   pnpm --filter @dinie-embed/api run check:generated
step "typecheck";               pnpm -r run typecheck
step "build";                   pnpm run build
step "packaging (publint)";     pnpm -r --filter './packages/*' run publint
step "size budgets";           pnpm exec size-limit
step "README in a fresh app";   bash scripts/readme-app.sh
step "tests (vitest)"
pnpm exec vitest run --reporter=default --reporter=./scripts/visualReview.ts --reporter=json \
  --outputFile=test-results/vitest.json
node -e '
  const r = require("./test-results/vitest.json");
  const skipped = r.numPendingTests + r.numTodoTests;
  console.log(`vitest: ${r.numPassedTests} passed, ${r.numFailedTests} failed, ${skipped} skipped`);
  if (r.numTotalTests === 0) process.exit(1);
'
