#!/usr/bin/env bash
# Install what mailclerk needs to build, test and benchmark, from Debian's packages only.
# Idempotent: does nothing when everything is present. Needs root (or sudo) to install.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config git ca-certificates
  libmimetic-dev libsqlite3-dev libboost-dev catch2 libcurl4-openssl-dev libssl-dev
  libtomlplusplus-dev libcli11-dev libfmt-dev nlohmann-json3-dev libexpected-dev
  sqlite3 python3 time openssl dovecot-imapd dovecot-lmtpd postfix
  libhowardhinnant-date-dev tzdata
  libzip-dev libpugixml-dev libxlsxwriter-dev libpoppler-cpp-dev libpsl-dev libidn2-dev
  libytnef0-dev libpst-dev pst-utils libgumbo-dev libuchardet-dev publicsuffix clang
  libsodium-dev curl chromium fonts-wqy-microhei
  libfreexl-dev libtesseract-dev libleptonica-dev tesseract-ocr-eng tesseract-ocr-chi-sim
  tesseract-ocr-chi-tra
  libpq-dev postgresql-15 postgresql-15-rum
  debhelper lintian systemd man-db
)
# The web page's browser tests (tests/e2e/): node and npm from Debian unless some are present.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)
[ "${MAILCLERK_WITH_BENCH:-0}" = 1 ] && packages+=(maildir-utils wrk)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
echo "installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# Postfix serves the digest tests only, as a private instance (tests/support/postfix.sh): the
# package must set up no system instance of its own.
echo "postfix postfix/main_mailer_type select No configuration" | $sudo debconf-set-selections
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
