#!/usr/bin/env bash
# check-package.sh DEB: what CI proves about the Debian package on a fresh Debian 12 machine.
# lintian (no errors), its files, then on this machine: install an earlier build, upgrade to
# DEB, mailclerk --version, the manual pages, the plugins, mailclerk doctor on the shipped config,
# systemd-analyze verify of the installed unit, remove (config and archive stay) and purge
# (config goes, archive stays). Needs root (or sudo); leaves no mailclerk package installed.
set -euo pipefail
deb=$(realpath "${1:?usage: check-package.sh DEB}")
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
work=$(mktemp -d "${TMPDIR:-/tmp}/mailclerk-package.XXXXXX")
trap 'rm -rf "$work"' EXIT
export DEBIAN_FRONTEND=noninteractive

fail() { echo "check-package: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }
# expect_stat PATH "MODE OWNER:GROUP"
expect_stat() {
  local got; got=$(stat -c '%a %U:%G' "$1") || fail "$1 missing"
  [ "$got" = "$2" ] || fail "$1 is $got, expected $2"
}
apt_quiet() { $sudo apt-get -y -q -o Dpkg::Use-Pty=0 "$@" </dev/null; }

if dpkg-query -W -f='${Status}' mailclerk 2>/dev/null | grep -q installed; then
  fail "a mailclerk package is installed already; purge it first (apt-get purge mailclerk)"
fi
# What purge deliberately keeps (the user, /var/lib/mailclerk) goes at the end when this script
# brought it, so that a developer's machine is left as it was.
had_user=0
id mailclerk >/dev/null 2>&1 && had_user=1

step "lintian"
lintian --fail-on error --display-info "$deb" || fail "lintian reports errors"

step "contents: $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"
dpkg-deb --info "$deb" | sed -n '/Package:/,$p'
dpkg-deb --contents "$deb"

# The build before this one, as far as an upgrade can tell: a lower version whose example
# config differs, so that dpkg replaces the unmodified conffile on upgrade.
version=$(dpkg-deb --field "$deb" Version)
dpkg-deb --raw-extract "$deb" "$work/prev"
sed -i "s/^Version: .*/Version: $version~prev/" "$work/prev/DEBIAN/control"
echo "# (previous build)" >> "$work/prev/etc/mailclerk/mailclerk.toml"
(cd "$work/prev" && find . -path ./DEBIAN -prune -o -type f -print0 | sort -z |
  xargs -0 md5sum | sed 's| \./| |') > "$work/prev/DEBIAN/md5sums"
dpkg-deb --root-owner-group --build "$work/prev" "$work/mailclerk_prev.deb" >/dev/null

step "install $version~prev"
apt_quiet install "$work/mailclerk_prev.deb"
id mailclerk >/dev/null || fail "no user mailclerk"
expect_stat /etc/mailclerk "750 root:mailclerk"
expect_stat /etc/mailclerk/mailclerk.toml "640 root:mailclerk"
expect_stat /var/lib/mailclerk "750 mailclerk:mailclerk"
[ ! -e /etc/systemd/system/multi-user.target.wants/mailclerk.service ] ||
  fail "the package enabled the service"
# Stands for the archive, which nothing may touch.
echo "archived mail" | $sudo tee /var/lib/mailclerk/check-package.keep >/dev/null

step "upgrade to $version"
apt_quiet install "$deb"
[ "$(dpkg-query -W -f='${Version}' mailclerk)" = "$version" ] || fail "not upgraded"
grep -q "previous build" /etc/mailclerk/mailclerk.toml && fail "the unmodified conffile was not replaced"
expect_stat /etc/mailclerk/mailclerk.toml "640 root:mailclerk"
[ -f /var/lib/mailclerk/check-package.keep ] || fail "the upgrade touched /var/lib/mailclerk"

step "mailclerk --version"
mailclerk --version
mailclerk --version | grep -q "^mailclerk " || fail "--version"
for page in mailclerk mailclerk.toml; do
  man -w "$page" >/dev/null || fail "no manual page $page"
done
[ -f /usr/share/bash-completion/completions/mailclerk ] || fail "no bash completion"

step "plugins"
for plugin in readers curl pq; do
  [ -f "/usr/lib/mailclerk/libmailclerk-$plugin.so" ] || fail "no plugin libmailclerk-$plugin.so"
done
mailclerk --version | grep -q "^libcurl [0-9]" || fail "--version: libcurl's plugin does not load"
# libcurl and libpq are mapped by their plugins when a command needs them, never at start.
! ldd /usr/bin/mailclerk | grep -qE "libcurl|libpq" || fail "/usr/bin/mailclerk maps libcurl or libpq"
dpkg-deb --field "$deb" Depends | grep -q "libcurl" || fail "Depends: lacks libcurl (its plugin's)"
dpkg-deb --field "$deb" Depends | grep -q "libpq" || fail "Depends: lacks libpq (its plugin's)"

step "mailclerk doctor on the shipped config"
$sudo mailclerk doctor || fail "doctor fails on a fresh installation"

step "systemd-analyze verify"
systemd-analyze verify /lib/systemd/system/mailclerk.service || fail "systemd-analyze verify"

step "remove"
echo "# edited by the admin" | $sudo tee -a /etc/mailclerk/mailclerk.toml >/dev/null
apt_quiet remove mailclerk
[ ! -e /usr/bin/mailclerk ] || fail "/usr/bin/mailclerk left after remove"
grep -q "edited by the admin" /etc/mailclerk/mailclerk.toml || fail "remove lost the config"
[ -f /var/lib/mailclerk/check-package.keep ] || fail "remove touched /var/lib/mailclerk"

step "purge"
apt_quiet purge mailclerk
[ ! -e /etc/mailclerk ] || fail "/etc/mailclerk left after purge"
[ -f /var/lib/mailclerk/check-package.keep ] || fail "purge removed the archive"
! dpkg-statoverride --list | grep -q mailclerk || fail "statoverrides left after purge"
$sudo rm -f /var/lib/mailclerk/check-package.keep
if [ $had_user = 0 ]; then
  $sudo rmdir /var/lib/mailclerk
  $sudo userdel mailclerk
fi
echo "check-package: ok"
