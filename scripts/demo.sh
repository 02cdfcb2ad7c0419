#!/usr/bin/env bash
# The main job on a local default: install packages, build, import the sample correspondence
# (samples/) into a fresh archive under demo/, and show what a rep gets: the customer folders,
# searches in Chinese and English, and a customer's timeline.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/install-deps.sh
scripts/build.sh build >/dev/null
bin=$PWD/build/daemon/mailclerk

demo=${MAILCLERK_DEMO_DIR:-$PWD/demo}
rm -rf "$demo"
mkdir -p "$demo"
cp samples/mailclerk.toml "$demo/mailclerk.toml"
mc() { "$bin" -c "$demo/mailclerk.toml" "$@"; }

section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

section "mailclerk import samples/mail (inbox, sent, an old mbox)"
mc import samples/mail/inbox samples/mail/sent samples/mail/archive.mbox

section "customer folders in $demo/archive"
(cd "$demo/archive" && find customers unmatched -mindepth 1 -maxdepth 2 -type d | sort |
  while read -r dir; do printf '%-40s %3d files\n' "$dir/" "$(find "$dir" -type f | wc -l)"; done)

section "mailclerk search 报价"
mc search 报价 --limit 5
section "mailclerk search quotation --customer acme"
mc search quotation --customer acme --limit 3
section "mailclerk history 华东石化"
mc history 华东石化
section "mailclerk verify"
mc verify

printf '\nThe archive is in %s; try:  %s -c %s search 合同\n' "$demo/archive" "$bin" "$demo/mailclerk.toml"
