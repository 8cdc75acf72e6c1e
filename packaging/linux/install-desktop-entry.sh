#!/bin/sh
# Add ConsultDesk to the desktop's application menu for this user (no root needed):
# the desktop entry, the AppStream metainfo and the icons, pointing at this folder.
# Run it again after moving the folder; remove with --uninstall.
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
APP_ID=org.consultdesk.ConsultDesk
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
if [ "${1:-}" = "--uninstall" ]; then
    rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/metainfo/$APP_ID.metainfo.xml"
    find "$DATA/icons/hicolor" -name "$APP_ID.png" -delete 2>/dev/null || true
    echo "ConsultDesk removed from the application menu."
    exit 0
fi
mkdir -p "$DATA/applications" "$DATA/metainfo"
sed "s|^Exec=ConsultDesk|Exec=\"$HERE/ConsultDesk\"|" "$HERE/share/applications/$APP_ID.desktop" \
    > "$DATA/applications/$APP_ID.desktop"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$DATA/metainfo/"
(cd "$HERE/share" && find icons -name "$APP_ID.png" | while read -r icon; do
    mkdir -p "$DATA/$(dirname "$icon")" && cp "$icon" "$DATA/$icon"; done)
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
echo "ConsultDesk added to the application menu ($DATA/applications/$APP_ID.desktop)."
