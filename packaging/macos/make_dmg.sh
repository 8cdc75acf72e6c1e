#!/bin/sh
# Wrap dist/ConsultDesk.app into dist/ConsultDesk-<version>-macos-<arch>.dmg (drag to Applications).
#   sh packaging/macos/make_dmg.sh 0.1.0
# Uses hdiutil, part of every macOS. Unsigned: first start with right-click ▸ Open (see README).
set -eu
VERSION=${1:?version}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
APP="$ROOT/dist/ConsultDesk.app"
ARCH=$(uname -m | sed 's/aarch64/arm64/')
OUT="$ROOT/dist/ConsultDesk-$VERSION-macos-$ARCH.dmg"
STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
[ -d "$APP" ] || { echo "$APP is missing: run packaging/build_bundle.py first" >&2; exit 1; }
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
rm -f "$OUT"
hdiutil create -volname "ConsultDesk $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$OUT"
echo "Disk image: $OUT"
