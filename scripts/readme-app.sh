#!/usr/bin/env bash
# The README as a newcomer meets it: packs the built packages, installs them from the tarballs
# (everything else from the npm registry) into a fresh Vite + Express app outside the repository,
# copies the README's snippets in as they are, type-checks them with strict tsc (and the front
# end once more with the old node10 resolution, which only reads top-level `types`), renders the
# components as React Server Components (their "use client" boundary), then starts
# the sandbox (`npx dinie-sandbox`), the Express server and the Vite dev server and walks a
# borrower to approval in Debian's Chromium. Needs `pnpm run build` first; cleans up after itself.
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d "${TMPDIR:-/tmp}/dinie-readme-app.XXXXXX")"
pids=()
cleanup() {
  # Each server runs in a process group of its own (setsid): the group goes, npx's children too.
  for pid in "${pids[@]}"; do kill -- "-$pid" 2>/dev/null || kill "$pid" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

free_port() { node -e "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})"; }
wait_for() { # url, log: any HTTP answer will do
  if node -e '
    const deadline = Date.now() + 60_000;
    const poll = () => fetch(process.argv[1]).then(() => process.exit(0), () =>
      Date.now() > deadline ? process.exit(1) : setTimeout(poll, 200));
    poll();' "$1"; then return 0; fi
  echo "not reachable: $1" >&2
  cat "$2" >&2
  return 1
}

mkdir -p "$work/packs"
for pkg in api sandbox proxy react ui; do
  (cd "$repo/packages/$pkg" && pnpm pack --pack-destination "$work/packs" >/dev/null)
done
tarball() { ls "$work/packs"/dinie-embed-"$1"-*.tgz; }
for pkg in api sandbox proxy react ui; do
  listing="$(tar -tzf "$(tarball "$pkg")")"
  for file in package/README.md package/LICENSE; do
    grep -qx "$file" <<<"$listing" || { echo "@dinie-embed/$pkg is published without $file" >&2; exit 1; }
  done
done

app="$work/app"
cp -r "$repo/scripts/readme-app/fixture" "$app"
node "$repo/scripts/readme-app/extract.mjs" "$repo/README.md" "$app"
cat > "$app/package.json" <<JSON
{
  "name": "partner-app",
  "private": true,
  "type": "module",
  "dependencies": {
    "@dinie-embed/api": "file:$(tarball api)",
    "@dinie-embed/proxy": "file:$(tarball proxy)",
    "@dinie-embed/react": "file:$(tarball react)",
    "@dinie-embed/ui": "file:$(tarball ui)",
    "@tanstack/react-query": "5.108.0",
    "express": "5.3.0",
    "react": "19.3.1",
    "react-dom": "19.3.1"
  },
  "devDependencies": {
    "@dinie-embed/sandbox": "file:$(tarball sandbox)",
    "@types/express": "5.0.6",
    "@types/node": "20.19.43",
    "@types/react": "19.3.0",
    "@types/react-dom": "19.3.0",
    "@vitejs/plugin-react": "6.3.0",
    "playwright-core": "1.65.1",
    "react-server-dom-webpack": "19.3.1",
    "tsx": "4.23.15",
    "typescript": "6.0.3",
    "vite": "8.3.8"
  },
  "overrides": {
    "@dinie-embed/api": "\$@dinie-embed/api",
    "@dinie-embed/react": "\$@dinie-embed/react"
  }
}
JSON
cd "$app"
echo "npm install (packed packages + registry)"
npm install --no-audit --no-fund --loglevel=error >"$work/npm.log" 2>&1 || { cat "$work/npm.log"; exit 1; }

echo "strict tsc on the README snippets"
npx --no-install tsc -p tsconfig.json
npx --no-install tsc -p tsconfig.node10.json

echo "rendering in a React Server Components setting"
node --conditions react-server --import ./rsc/register.mjs rsc/render.mjs

sandbox_port="$(free_port)"; api_port="$(free_port)"; web_port="$(free_port)"
hex() { node -e "console.log(require('node:crypto').randomBytes($1).toString('hex'))"; }
export DINIE_SANDBOX_CLIENT_ID="dinie_ci_$(hex 16)"
export DINIE_SANDBOX_CLIENT_SECRET="dinie_cs_test_$(hex 16)"
PORT="$sandbox_port" setsid npx --no-install dinie-sandbox >"$work/sandbox.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$sandbox_port/v3/auth/token" "$work/sandbox.log"

DINIE_BASE_URL="http://127.0.0.1:$sandbox_port/v3" \
DINIE_CLIENT_ID="$DINIE_SANDBOX_CLIENT_ID" DINIE_CLIENT_SECRET="$DINIE_SANDBOX_CLIENT_SECRET" \
DINIE_SESSION_SECRET="$(node -e 'console.log(require("node:crypto").randomBytes(48).toString("base64"))')" \
PORT="$api_port" setsid npx --no-install tsx server/index.ts >"$work/server.log" 2>&1 &
pids+=($!)

API_URL="http://127.0.0.1:$api_port" setsid npx --no-install vite --host 127.0.0.1 --port "$web_port" --strictPort \
  >"$work/vite.log" 2>&1 &
pids+=($!)
wait_for "http://127.0.0.1:$web_port/" "$work/vite.log"

echo "walking a borrower to approval in Chromium"
node walk.mjs "http://127.0.0.1:$web_port/" || { echo "--- server"; cat "$work/server.log"; echo "--- vite"; cat "$work/vite.log"; exit 1; }
