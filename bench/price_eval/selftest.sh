#!/usr/bin/env bash
# selftest.sh: show that bench/price_accuracy scores a perfect answer as perfect and notices each
# kind of damage. Runs the scorer against oracle_mailclerk.py (answers from truth.json) unchanged
# and with ORACLE_CORRUPT=price|unit|extra|status. Needs only python3; no mailclerk build.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
scorer="$here/../price_accuracy"
oracle="$here/oracle_mailclerk.py"
fail=0

check() { # name expected-exit args...
  local name=$1 want=$2
  shift 2
  set +e
  out=$("$@" 2>&1)
  got=$?
  set -e
  if [[ $got != "$want" ]]; then
    echo "FAIL $name: exit $got, expected $want"
    echo "$out" | tail -20
    fail=1
  else
    echo "ok   $name"
  fi
}

strict=(--min-precision 1 --min-recall 1 --max-wrong-current 0)
check "oracle scores 100 % and no wrong current price" 0 "$scorer" --mailclerk "$oracle" "${strict[@]}"
check "one cent off is caught" 1 env ORACLE_CORRUPT=price "$scorer" --mailclerk "$oracle" "${strict[@]}"
check "lost units are caught" 1 env ORACLE_CORRUPT=unit "$scorer" --mailclerk "$oracle" --min-recall 1
check "total rows and stray products are caught" 1 env ORACLE_CORRUPT=extra "$scorer" --mailclerk "$oracle" --min-precision 1
check "stray current product is a wrong current price" 1 env ORACLE_CORRUPT=extra "$scorer" --mailclerk "$oracle" --max-wrong-current 0
check "agreed prices shown as quoted are wrong" 1 env ORACLE_CORRUPT=status "$scorer" --mailclerk "$oracle" --max-wrong-current 0
check "thresholds absent: exit 0 even when damaged" 0 env ORACLE_CORRUPT=price "$scorer" --mailclerk "$oracle"
check "missing binary: exit 2" 2 "$scorer" --mailclerk /nonexistent/mailclerk
exit $fail
