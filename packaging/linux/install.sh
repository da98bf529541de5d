#!/bin/sh
# Install this CandidateVault bundle for the current user, no root needed:
#   the program in ~/.local/opt/candidate-vault, the command ~/.local/bin/candidate-vault,
#   the menu entry and the icons.  Run it again to update.
#   ./install.sh --uninstall   removes the program; your vault (~/.local/share/CandidateVault) stays.
# PREFIX=/some/where ./install.sh installs under another prefix instead of ~/.local.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
prefix=${PREFIX:-$HOME/.local}
program="$prefix/opt/candidate-vault"

remove() {
    rm -rf "$program"
    rm -f "$prefix/bin/candidate-vault" "$prefix/share/applications/candidate-vault.desktop"
    find "$prefix/share/icons/hicolor" -name 'candidate-vault.*' -delete 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    remove
    echo "CandidateVault removed; your vault in ${XDG_DATA_HOME:-$HOME/.local/share}/CandidateVault was kept."
    exit 0
fi

remove
mkdir -p "$program" "$prefix/bin" "$prefix/share/applications"
cp -R "$here/." "$program/"
ln -s "$program/candidate-vault" "$prefix/bin/candidate-vault"
cp -R "$here/share/icons" "$prefix/share/"
# The menu may not have ~/.local/bin on its PATH: point the entry at the program itself.
sed "s|^Exec=.*|Exec=$program/candidate-vault|" "$here/share/applications/candidate-vault.desktop" \
    > "$prefix/share/applications/candidate-vault.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database -q "$prefix/share/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$prefix/share/icons/hicolor" || true
echo "CandidateVault $("$program/candidate-vault" --version | cut -d' ' -f2) installed in $program"
