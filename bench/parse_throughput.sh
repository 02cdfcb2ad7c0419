#!/usr/bin/env bash
# parse_throughput.sh [BUILD_DIR]: parser throughput over the 20,000-message benchmark corpus on
# one core (MB/s, messages/s, best of 3), and peak RSS parsing one 100 MB message (a 100 MB
# base64 attachment), both with the parser alone and through `mailclerk inspect --json`.
# Output: bench/out/parse_throughput.txt. Needs a build (scripts/build.sh) and python3.
set -euo pipefail
BENCH_NAME=parse_throughput
REPO=$(cd "$(dirname "$0")/.." && pwd)
source "$REPO/bench/lib.sh"
BUILD=${1:-$REPO/build}
BENCH_BIN=$BUILD/bench/mailclerk_parse_bench
MAILCLERK=${MAILCLERK:-$BUILD/daemon/mailclerk}
find_mailclerk "pass the build directory as the first argument"
[ -x "$BENCH_BIN" ] || die "$BENCH_BIN not built"
[ -x /usr/bin/time ] || apt_install time
OUT=$REPO/bench/out
CORPUS=$OUT/corpus-eml-20000
mkdir -p "$OUT"
if [ ! -f "$CORPUS/.done" ]; then
  log "generating 20,000 messages into $CORPUS"
  rm -rf "$CORPUS"
  python3 "$REPO/bench/gen_corpus.py" --count 20000 --seed 1 --out "$CORPUS" --format eml
  touch "$CORPUS/.done"
fi

report=$OUT/parse_throughput.txt
{
  echo "# parse throughput, $(date -u +%FT%TZ), $(nproc) cores on the machine, taskset to one"
  for run in 1 2 3; do
    taskset -c 0 "$BENCH_BIN" "$CORPUS" | sed "s/^/run $run: /"
  done
} | tee "$report"

BIG=$OUT/big-100mb.eml
if [ ! -f "$BIG" ]; then
  log "writing a message with a 100 MB attachment"
  python3 - "$BIG" <<'PY'
import base64, os, sys
with open(sys.argv[1], "wb") as out:
    out.write(b"From: Buyer <buyer@acme.com>\r\nTo: sales@ourco.com\r\nSubject: big drawing\r\n"
              b"Date: Tue, 3 Nov 2026 09:42:00 +0000\r\nMessage-ID: <big@bench>\r\n"
              b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n"
              b"--b\r\nContent-Type: text/plain\r\n\r\nDrawing attached.\r\n--b\r\n"
              b"Content-Type: application/octet-stream; name=\"drawing.bin\"\r\n"
              b"Content-Transfer-Encoding: base64\r\n\r\n")
    chunk = os.urandom(57 * 1024)
    for _ in range(100 * 1024 * 1024 // len(chunk) + 1):
        encoded = base64.encodebytes(chunk).replace(b"\n", b"\r\n")
        out.write(encoded)
    out.write(b"--b--\r\n")
PY
fi
size=$(stat -c %s "$BIG")
/usr/bin/time -v "$BENCH_BIN" "$BIG" > "$OUT/big.parse" 2> "$OUT/big.parse.time"
read -r secs rss < <(time_field "$OUT/big.parse.time")
HOME=$OUT /usr/bin/time -v "$MC" inspect --json "$BIG" > /dev/null 2> "$OUT/big.inspect.time"
read -r isecs irss < <(time_field "$OUT/big.inspect.time")
{
  echo "100 MB message ($size bytes on disk): parser alone ${secs}s wall, peak RSS ${rss} KB"
  sed 's/^/  /' "$OUT/big.parse"
  echo "100 MB message: mailclerk inspect --json ${isecs}s, peak RSS ${irss} KB"
} | tee -a "$report"
