#!/usr/bin/env bash
# Makes the app's icons from the one source mark, src-tauri/icons/equipflow.svg,
# with Tauri's `tauri icon`: the PNGs the Linux package installs and the window
# shows, icon.ico (Windows) and icon.icns (macOS). Tauri's Windows Store,
# Android and iOS sizes are left out: equipflow ships none of those.
#
#   bash scripts/icons.sh
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
npm --prefix ui run --silent tauri -- icon src-tauri/icons/equipflow.svg --output "$out" \
  >"$out/log" 2>&1 || { cat "$out/log" >&2; exit 1; }
for f in 32x32.png 64x64.png 128x128.png 128x128@2x.png icon.png icon.ico icon.icns; do
  cp "$out/$f" src-tauri/icons/
done
echo "icons written to src-tauri/icons/"
