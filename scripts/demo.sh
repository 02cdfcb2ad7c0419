#!/usr/bin/env bash
# The main job on a local default. Installs packages, builds, starts a throwaway Dovecot on
# 127.0.0.1 holding the sample correspondence (samples/mail: Inbox and Sent Items of
# alice@hengda-valves.com), runs `mailclerk sync --once` against it, imports an old mbox, and
# shows what a rep gets: customer folders on disk, the customer folders Outlook sees on the
# server, searches in Chinese and English, and a customer's timeline.
#
#   scripts/demo.sh             one pass, then Dovecot is stopped
#   scripts/demo.sh --daemon    then leave `mailclerk daemon` running in the foreground (Ctrl-C
#                               stops it); new mail dropped into the server is filed live:
#                               tests/support/dovecot.sh seed demo/dovecot alice INBOX some.eml
set -euo pipefail
cd "$(dirname "$0")/.."
run_daemon=0
[ "${1:-}" = "--daemon" ] && run_daemon=1

scripts/install-deps.sh
scripts/build.sh build >/dev/null
bin=$PWD/build/daemon/mailclerk

demo=${MAILCLERK_DEMO_DIR:-$PWD/demo}
rm -rf "$demo"
mkdir -p "$demo"
source tests/support/dovecot.sh
dovecot_start "$demo/dovecot" >/dev/null
trap 'dovecot_stop >/dev/null 2>&1 || true' EXIT
dovecot_seed alice INBOX samples/mail/inbox/*.eml >/dev/null
dovecot_seed alice Sent samples/mail/sent/*.eml >/dev/null

cp samples/mailclerk.toml "$demo/mailclerk.toml"
cat >> "$demo/mailclerk.toml" <<TOML

[[account]]
name = "alice"
url = "imap://127.0.0.1:$DOVECOT_PORT"      # STARTTLS, verified against the test CA
user = "alice"
ca_file = "$DOVECOT_CA"
password_env = "DEMO_IMAP_PASSWORD"
poll_seconds = 10

[imap_filing]
enabled = true
prefix = "Customers"
TOML
export DEMO_IMAP_PASSWORD=$DOVECOT_PASSWORD
mc() { "$bin" -c "$demo/mailclerk.toml" "$@"; }
section() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

section "mailclerk sync --once   (Dovecot on 127.0.0.1:$DOVECOT_PORT: INBOX and Sent)"
mc sync --once
section "mailclerk import samples/mail/archive.mbox   (old mail from before the server)"
mc import samples/mail/archive.mbox
section "mailclerk status"
mc status

section "customer folders on disk ($demo/archive)"
(cd "$demo/archive" && find customers unmatched -mindepth 1 -maxdepth 2 -type d | sort |
  while read -r dir; do printf '%-34s %3d files\n' "$dir/" "$(find "$dir" -type f | wc -l)"; done)
section "customer folders Outlook shows (on the IMAP server)"
dovecot_folders alice | grep '^Customers/' | while read -r folder; do
  printf '%-44s %3d messages\n' "$folder" "$(dovecot_count alice "$folder")"; done

section "mailclerk search 报价"
mc search 报价 --limit 5
section "mailclerk search quotation --customer acme"
mc search quotation --customer acme --limit 3
section "mailclerk history 华东石化"
mc history 华东石化
section "mailclerk prices acme --history   (built from the quotes in the mail)"
mc prices acme --history
section "customers/华东石化/price-list.csv"
cat "$demo/archive/customers/华东石化/price-list.csv"
section "mailclerk verify"
mc verify

if [ $run_daemon = 1 ]; then
  section "mailclerk daemon (Ctrl-C to stop)"
  echo "drop mail in:  tests/support/dovecot.sh seed $demo/dovecot alice INBOX FILE.eml"
  mc daemon || true
fi
printf '\nThe archive is in %s; try:  %s -c %s search 合同\n' "$demo/archive" "$bin" "$demo/mailclerk.toml"
