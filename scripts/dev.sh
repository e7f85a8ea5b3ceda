#!/usr/bin/env bash
# Launches the app with the UI embedded (no Vite dev server needed).
#
#   bash scripts/dev.sh --demo          # the demo shop (equipflow-demo.db, seeded on first use)
#   bash scripts/dev.sh                 # your own shop in the OS app-data directory;
#                                       # a first run asks: set it up, or explore the demo
#   bash scripts/dev.sh --db /tmp/x.db  # or EQUIPFLOW_DB=/tmp/x.db (the demo: /tmp/x-demo.db)
#
# For hot reloading use the Tauri CLI instead: npm --prefix ui run tauri dev
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"

bash scripts/setup.sh
npm --prefix ui run build
exec cargo run --features custom-protocol -- "$@"
