#!/usr/bin/env bash
# Runs the tests whose results could depend on the day, the hour or the zone
# with the clock set to the instants that once broke them: a Monday 00:05, a
# Sunday 23:55 and the last minutes of a month (and year), in Vienna.
#
#   bash scripts/test-any-day.sh          # vitest under each instant
#   E2E=1 bash scripts/test-any-day.sh    # also the board, flow and planner end-to-end tests
#
# How the clock is set: the UI tests run under libfaketime (Debian `faketime`),
# which moves the process's clock to the instant and lets it run on; the app in
# the end-to-end tests reads EQUIPFLOW_NOW (debug builds only) and the webview
# takes the app's time through `clock_get`; TZ sets the zone of both.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v faketime >/dev/null 2>&1; then
  SUDO=()
  [ "$(id -u)" -ne 0 ] && SUDO=(sudo)
  "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y faketime
fi

export TZ=Europe/Vienna
# Local wall-clock instants (for faketime) and the same instants in RFC 3339.
INSTANTS=(
  "2026-11-30 00:05:00|2026-11-30T00:05:00+01:00"   # Monday, five past midnight
  "2026-11-29 23:55:00|2026-11-29T23:55:00+01:00"   # Sunday, five to midnight
  "2026-12-31 23:55:00|2026-12-31T23:55:00+01:00"   # the month's (and year's) end
)

for pair in "${INSTANTS[@]}"; do
  local_time=${pair%%|*}
  rfc3339=${pair##*|}
  echo "==> [any-day] vitest at $local_time ($TZ)"
  faketime -f "@$local_time" npm --prefix ui test --silent
  if [ "${E2E:-0}" = 1 ]; then
    echo "==> [any-day] end to end at $rfc3339"
    EQUIPFLOW_NOW=$rfc3339 xvfb-run -a -s "-screen 0 1600x1000x24" \
      node --test --test-concurrency=1 tests/e2e/board.test.mjs tests/e2e/flow.test.mjs tests/e2e/planner.test.mjs
  fi
done
echo "==> [any-day] passed at every instant"
