#!/usr/bin/env bash
# Install the browser tests' npm packages (playwright-core only; it drives Debian's chromium,
# no browser is downloaded) into <repo>/.cache/e2e/node_modules, from the committed lockfile.
# Does nothing when that lockfile is installed already. Prints the node_modules path.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
target=$repo/.cache/e2e
mkdir -p "$target"
if ! cmp -s "$here/package-lock.json" "$target/package-lock.json" ||
  [ ! -f "$target/node_modules/playwright-core/package.json" ]; then
  cp "$here/package.json" "$here/package-lock.json" "$target/"
  (cd "$target" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund --loglevel=error >&2)
fi
echo "$target/node_modules"
