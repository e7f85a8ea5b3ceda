#!/usr/bin/env bash
# What a shop downloads and waits for: builds the installers (scripts/package.sh,
# the Cargo profile `dist`), then prints the shipped binary's and the .deb's size
# and the cold start to the board (tests/e2e/measure-start.mjs,
# RUNS starts on the demo shop under Xvfb). Targets: under 20 MB, under 1.5 s.
#
#   bash scripts/measure.sh [RUNS]      # default 6; SKIP_BUILD=1 to measure what is built
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs=${1:-6}
target_dir=${CARGO_TARGET_DIR:-target}

[ "${SKIP_BUILD:-0}" = 1 ] || bash scripts/package.sh

bin="$target_dir/dist/equipflow"
deb=$(ls -t "$target_dir"/dist/bundle/deb/*.deb | head -1)
mb() { awk -v b="$(stat -c %s "$1")" 'BEGIN { printf "%.1f MB", b / 1000000 }'; }
echo "shipped binary: $(mb "$bin")  ($bin)"
echo "Linux package:  $(mb "$deb")  ($deb)"
xvfb-run -a -s "-screen 0 1600x1000x24" node tests/e2e/measure-start.mjs "$bin" "$runs"
