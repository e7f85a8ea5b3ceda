#!/usr/bin/env bash
# Runs the tests whose results could depend on the day, the hour or the zone
# with the clock set to the instants that once broke them: a Monday 00:05, a
# Sunday 23:55 and the last minutes of a month (and year), in Vienna.
#
#   bash scripts/test-any-day.sh          # vitest under each instant (part of scripts/test.sh)
#   E2E=1 bash scripts/test-any-day.sh    # also every end-to-end file that reads the day
#
# How the clock is set: the UI tests run under libfaketime (Debian `faketime`),
# which moves the process's clock to the instant and lets it run on; the app in
# the end-to-end tests reads EQUIPFLOW_NOW (debug builds only) and the webview
# takes the app's time through `clock_get`; TZ sets the zone of both. Without
# this script the end-to-end apps start at one fixed instant (`E2E_NOW` in
# tests/e2e/webdriver.mjs); files that set their own (clock, daysheet) keep it.
#
# The end-to-end files take a while at each instant (not part of CI): set
# E2E_FILES to run fewer, e.g. E2E_FILES="board planner".
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

# The end-to-end files whose screens read today: dates, windows, bookings,
# the flow's "today", the reports' periods, the stock's free days, a new
# shop's first order (its window and the availability strip), an imported
# open order (its window a week after today).
E2E_FILES=${E2E_FILES:-board flow planner planner-laptop compact drag undo stock reports orders catalog settings newShop import wayback}
e2e_paths=()
for f in $E2E_FILES; do e2e_paths+=("tests/e2e/$f.test.mjs"); done

for pair in "${INSTANTS[@]}"; do
  local_time=${pair%%|*}
  rfc3339=${pair##*|}
  echo "==> [any-day] vitest at $local_time ($TZ)"
  faketime -f "@$local_time" npm --prefix ui test --silent
  if [ "${E2E:-0}" = 1 ]; then
    echo "==> [any-day] end to end at $rfc3339"
    EQUIPFLOW_NOW=$rfc3339 xvfb-run -a -s "-screen 0 1600x1000x24" \
      node --test --test-concurrency=1 "${e2e_paths[@]}"
  fi
done
echo "==> [any-day] passed at every instant"
