#!/usr/bin/env bash
# labels: heavy (processes killed, servers, a browser, timing, or docs: the sanitizer pass skips it)
# The manual (issue 22): mailclerk(1) names every command and option that --help lists (walked
# from the real binary's --help, command by command), the pages render without groff warnings,
# mailclerk.toml(5) has every section, and the bash completion completes commands, options,
# choices and values the way the binary parses them.
source "$(dirname "$0")/lib.sh"

"$MAILCLERK" gen-docs man1 --release test --output "$WORK/mailclerk.1"
"$MAILCLERK" gen-docs man5 --release test --output "$WORK/mailclerk.toml.5"
"$MAILCLERK" gen-docs bash-completion --output "$WORK/completion.bash"
"$MAILCLERK" gen-docs example-config --output "$WORK/mailclerk.toml"
MAN1=${MAILCLERK_TEST_MAN1:-$WORK/mailclerk.1}

# roff NAME: how the page writes an option or command name.
roff() { printf '%s' "$1" | sed 's/\\/\\e/g; s/-/\\-/g'; }

# section PATH: the part of mailclerk(1) that documents "mailclerk PATH".
section() {
  awk -v head=".SS \"$(roff "mailclerk $1")\"" '
    $0 == head { inside = 1; next }
    inside && /^\.S[SH] / { exit }
    inside { print }' "$MAN1"
}

# help_list TEXT HEADING: the first word of each line under HEADING ("Subcommands:").
help_list() {
  printf '%s\n' "$1" | awk -v heading="$2" '
    $0 == heading { inside = 1; next }
    inside && /^[^ ]/ { inside = 0 }
    inside && /^  [^ ]/ { print $1 }'
}

# walk PATH...: every command under PATH, depth first, checked against the page.
checked=0
walk() {
  local help sub option long
  help=$("$MAILCLERK" "$@" --help)
  if [ $# -gt 0 ]; then
    local body; body=$(section "$*")
    [ -n "$body" ] || fail "mailclerk(1) has no section for 'mailclerk $*'"
    for option in $(help_list "$help" "Options:"); do
      for long in ${option//,/ }; do
        case "$long" in --help|-h) continue ;; esac
        grep -qF -- "\\fB$(roff "$long")\\fR" <<<"$body" ||
          fail "mailclerk(1): 'mailclerk $*' lacks option $long"
      done
    done
    for option in $(help_list "$help" "Positionals:"); do
      grep -qF -- "\\fI$(roff "$option")\\fR" <<<"$body" ||
        fail "mailclerk(1): 'mailclerk $*' lacks argument $option"
    done
    checked=$((checked + 1))
  fi
  for sub in $(help_list "$help" "Subcommands:"); do
    walk "$@" "$sub"
  done
}
walk
[ "$checked" -ge 20 ] || fail "only $checked commands found in --help"
grep -q "gen\\\\-docs" "$MAN1" && fail "the hidden gen-docs command is in the page"
for heading in NAME SYNOPSIS DESCRIPTION OPTIONS COMMANDS '"EXIT STATUS"' ENVIRONMENT FILES; do
  grep -q "^\.SH $heading" "$MAN1" || fail "mailclerk(1) lacks .SH $heading"
done
pass "mailclerk(1) documents all $checked commands and their options"

for section_name in archive matching imap_filing daemon roster web; do
  grep -qF ".SS \"[$section_name]\"" "$WORK/mailclerk.toml.5" || fail "mailclerk.toml(5) lacks [$section_name]"
done
for section_name in kind_rule customer account; do
  grep -qF ".SS \"[[$section_name]]\"" "$WORK/mailclerk.toml.5" || fail "mailclerk.toml(5) lacks [[$section_name]]"
done
pass "mailclerk.toml(5) has every section"

# groff's own warnings, as lintian runs them (man-db; CI installs it).
if command -v man >/dev/null; then
  for page in "$WORK/mailclerk.1" "$WORK/mailclerk.toml.5"; do
    warnings=$(LC_ALL=C.UTF-8 MANROFFSEQ='' MANWIDTH=80 man --warnings -E UTF-8 -l -Tutf8 -Z "$page" 2>&1 >/dev/null)
    [ -z "$warnings" ] || fail "$(basename "$page"): $warnings"
  done
  text=$(MANWIDTH=100 man -l "$WORK/mailclerk.1" 2>/dev/null)
  expect_contains "$text" "mailclerk customer add" "rendered page"
  pass "the pages render without warnings"
elif [ "${CI:-}" = true ]; then
  fail "man is missing (scripts/install-deps.sh installs man-db)"
else
  echo "note: man not installed, rendering not checked" >&2
fi

# The shipped example parses (inspect reads only the config).
make_message "$WORK/m.eml" "a@b.example" "c@d.example" "hi"
"$MAILCLERK" -c "$WORK/mailclerk.toml" inspect "$WORK/m.eml" >/dev/null || fail "the example config does not load"

# complete WORDS...: what the completion offers for the last word (may be "").
complete_words() {
  bash -c '
    source "$1"; shift
    COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    _mailclerk
    [ ${#COMPREPLY[@]} -eq 0 ] || printf "%s\n" "${COMPREPLY[@]}"' _ "$WORK/completion.bash" "$@" | sort | tr '\n' ' '
}
expect_eq "$(complete_words mailclerk cu)" "customer customers " "command names"
expect_eq "$(complete_words mailclerk customer "")" "add edit merge rename show " "nested commands"
expect_eq "$(complete_words mailclerk -c my.toml sea)" "search " "a global option's value is skipped"
expect_eq "$(complete_words mailclerk search --sort r)" "relevance " "an option's choices"
expect_eq "$(complete_words mailclerk verify --j)" "--json " "a command's options"
expect_eq "$(complete_words mailclerk search --customer acme --li)" "--limit " "after an option value"
expect_eq "$(complete_words mailclerk import "")" "" "paths: left to bash's file names"
pass "bash completion"
