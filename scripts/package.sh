#!/usr/bin/env bash
# Builds equipflow's installers for the system it runs on, with Tauri's bundler:
#   Linux    a .deb        (target/dist/bundle/deb/)
#   Windows  .msi and NSIS .exe (target/dist/bundle/msi/, bundle/nsis/)
#   macOS    .app and .dmg (target/dist/bundle/macos/, bundle/dmg/)
#
#   bash scripts/package.sh              # the shipping build (Cargo profile `dist`: release
#                                        # with LTO, one codegen unit, optimised for size;
#                                        # UI built first), then the bundles
#   bash scripts/package.sh --debug      # Linux: a .deb of the debug build that
#                                        # `cargo build --features custom-protocol` made
#                                        # (scripts/test.sh installs and starts it)
#   bash scripts/package.sh -- --target universal-apple-darwin   # more options for `tauri build`
#
# Tauri prints where each installer went. The binary is the same in every bundle: the UI embedded (custom-protocol),
# SQLite bundled. Icons and metadata come from tauri.conf.json's "bundle"
# (icons from src-tauri/icons/equipflow.svg, see scripts/icons.sh). The
# AppImage is not built: its bundler downloads tools at build time.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

debug=0
if [ "${1:-}" = --debug ]; then
  debug=1
  shift
fi
[ "${1:-}" = -- ] && shift

case "$(uname -s)" in
  Linux) bundles=deb ;;
  Darwin) bundles=app,dmg ;;
  MINGW* | MSYS* | CYGWIN*) bundles=msi,nsis ;;
  *) echo "package.sh: no installer for $(uname -s)" >&2; exit 1 ;;
esac

tauri() { npm --prefix ui run --silent tauri -- "$@"; }

if [ "$debug" = 1 ]; then
  # The same cargo command as scripts/test.sh's app build, so its binary is
  # reused; `tauri bundle` only packs it (leaving the binary as cargo made it).
  [ -f ui/dist/index.html ] || npm --prefix ui run build
  cargo build --features custom-protocol
  tauri bundle --debug --bundles "$bundles" --features custom-protocol --no-binary-patching "$@"
else
  # Tauri passes what follows `--` to cargo and finds the binary under target/dist.
  tauri build --bundles "$bundles" --features custom-protocol "$@" -- --profile dist
fi

