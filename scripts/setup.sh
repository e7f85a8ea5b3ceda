#!/usr/bin/env bash
# Installs what building, running and testing equipflow needs. Idempotent and
# quick when everything is already there: apt is skipped when every package is
# installed, tauri-driver when it is on PATH, npm when ui/node_modules is
# newer than ui/package.json and ui/package-lock.json.
#
#   bash scripts/setup.sh          # FORCE_NPM_CI=1 to reinstall ui/node_modules
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

log() { printf '[setup] %s\n' "$*"; }
die() { printf '[setup] error: %s\n' "$*" >&2; exit 1; }

# --- system packages (Debian/Ubuntu) -----------------------------------------
APT_PACKAGES=(
  build-essential pkg-config libssl-dev file curl
  libwebkit2gtk-4.1-dev libgtk-3-dev libayatana-appindicator3-dev librsvg2-dev libsoup-3.0-dev
  webkit2gtk-driver xvfb xauth imagemagick faketime
  poppler-utils x11-utils desktop-file-utils
)

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  if ((${#missing[@]} > 0)); then
    log "installing apt packages (missing: ${missing[*]})"
    SUDO=()
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null 2>&1 || die "not root and no sudo: install ${missing[*]} by hand"
      SUDO=(sudo)
    fi
    "${SUDO[@]}" apt-get update
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y "${APT_PACKAGES[@]}"
  else
    log "apt packages: all installed"
  fi
else
  log "no dpkg: skipping system packages (this script installs them on Debian/Ubuntu only)"
fi

# --- Rust toolchain ----------------------------------------------------------
command -v cargo >/dev/null 2>&1 || die "cargo not found: install Rust (https://rustup.rs)"
for component in rustfmt clippy; do
  sub=${component/rustfmt/fmt}
  if ! cargo "$sub" --version >/dev/null 2>&1; then
    command -v rustup >/dev/null 2>&1 || die "cargo $sub missing and no rustup to add $component"
    log "adding rustup component $component"
    rustup component add "$component"
  fi
done

if ! command -v tauri-driver >/dev/null 2>&1; then
  log "installing tauri-driver"
  cargo install tauri-driver --version '^2' --locked
else
  log "tauri-driver: $(command -v tauri-driver)"
fi

# --- Node / UI dependencies --------------------------------------------------
command -v node >/dev/null 2>&1 || die "node not found: install Node.js 20 or newer"
command -v npm >/dev/null 2>&1 || die "npm not found"
node_major=$(node -p 'process.versions.node.split(".")[0]')
[ "$node_major" -ge 20 ] || die "Node.js 20 or newer needed (found $(node --version))"

stamp=ui/node_modules/.package-lock.json   # npm rewrites it on every install
if [ "${FORCE_NPM_CI:-0}" = 1 ] || [ ! -f "$stamp" ] \
  || [ ui/package-lock.json -nt "$stamp" ] || [ ui/package.json -nt "$stamp" ]; then
  log "npm ci in ui/"
  npm --prefix ui ci --no-audit --no-fund
else
  log "ui/node_modules: up to date"
fi

log "done"
