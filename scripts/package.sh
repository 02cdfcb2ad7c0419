#!/usr/bin/env bash
# package.sh [BUILD_DIR]: the Debian package (.deb) of a finished build, without compiling
# anything again. BUILD_DIR defaults to build-test, the build scripts/test.sh makes; any build
# of this tree works (scripts/build.sh build -DCMAKE_BUILD_TYPE=Release for a release).
# Prints the path of the .deb as its last line; dpkg-buildpackage's output goes to stderr.
#
#   MAILCLERK_DEB_VERSION=V   package as version V (default: <project version>+git<commits>.<hash>)
#   MAILCLERK_DBGSYM=1        also build the mailclerk-dbgsym package (debug symbols; slower)
#
# packaging/debian/ is assembled with the unit, sysusers and tmpfiles files and the docs into
# BUILD_DIR/deb/mailclerk/, and dpkg-buildpackage -b runs there (packaging/README.md says why
# debhelper rather than CPack). Needs debhelper and dpkg-dev (scripts/install-deps.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
src=$PWD
build=$(cd "${1:-build-test}" 2>/dev/null && pwd) ||
  { echo "error: no build directory ${1:-build-test}: run scripts/build.sh ${1:-build-test} first" >&2; exit 1; }
[ -f "$build/CMakeCache.txt" ] || { echo "error: $build is not a CMake build directory" >&2; exit 1; }

# Up to date already after a full build; otherwise this links the binary and prints the pages.
cmake --build "$build" --target mailclerk mailclerk_manual_pages >&2

project_version=$(sed -n 's/^CMAKE_PROJECT_VERSION:STATIC=//p' "$build/CMakeCache.txt")
if [ -n "${MAILCLERK_DEB_VERSION:-}" ]; then
  version=$MAILCLERK_DEB_VERSION
elif git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  # Commit count first: every later commit sorts higher, so each build upgrades the previous one.
  version="$project_version+git$(git -C "$src" rev-list --count HEAD).$(git -C "$src" rev-parse --short=12 HEAD)"
  git -C "$src" diff --quiet HEAD 2>/dev/null || version="$version.dirty$(date -u +%Y%m%d%H%M%S)"
else
  version=$project_version
fi
# Reproducible timestamps: the commit's time.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git -C "$src" log -1 --format=%ct 2>/dev/null || date +%s)}

out=$build/deb
stage=$out/mailclerk
rm -rf "$out"
mkdir -p "$stage/docs"
cp -r packaging/debian "$stage/debian"
cp packaging/mailclerk.service "$stage/debian/mailclerk.service"
cp packaging/mailclerk.sysusers "$stage/debian/mailclerk.sysusers"
cp packaging/mailclerk.tmpfiles "$stage/debian/mailclerk.tmpfiles"
cp packaging/README.md "$stage/debian/README.Debian"
cp README.md "$stage/"
cp docs/gmail.md docs/office365.md "$stage/docs/"
maintainer=$(sed -n 's/^Maintainer: //p' packaging/debian/control)
revision=$(git -C "$src" describe --always --dirty --abbrev=12 2>/dev/null || echo unknown)
cat > "$stage/debian/changelog" <<EOF
mailclerk ($version) bookworm; urgency=medium

  * Built from git $revision.

 -- $maintainer  $(date -u -R -d "@$SOURCE_DATE_EPOCH")
EOF

options="${DEB_BUILD_OPTIONS:-}"
[ "${MAILCLERK_DBGSYM:-0}" = 1 ] || options="noddebs $options"
(cd "$stage" &&
  MAILCLERK_BUILD_DIR=$build DEB_BUILD_OPTIONS=$options \
    dpkg-buildpackage --build=binary --no-sign --post-clean) >&2

deb=$(ls "$out"/mailclerk_"$version"_*.deb)
echo "$deb"
