#!/usr/bin/env bash
# Launches the app with the UI embedded (no Vite dev server needed).
#
#   bash scripts/dev.sh                 # database in the OS app-data directory
#   bash scripts/dev.sh --db /tmp/x.db  # or EQUIPFLOW_DB=/tmp/x.db
#
# For hot reloading use the Tauri CLI instead: npm --prefix ui run tauri dev
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
npm --prefix ui run build
exec cargo run --features custom-protocol -- "$@"
