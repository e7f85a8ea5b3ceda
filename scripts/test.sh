#!/usr/bin/env bash
# Runs every check and test, failing fast, then prints one summary line.
#
#   bash scripts/test.sh
#
# Steps: setup, rustfmt, clippy, cargo tests (engine unit/integration/proptest
# and the app's command tests), UI typecheck, UI tests (vitest, then again with
# the clock at a Monday 00:05, a Sunday 23:55 and a month's end), UI build, the
# app binary with the embedded UI, its .deb (scripts/package.sh --debug), and
# the end-to-end suite (tests/e2e: the real binary driven through tauri-driver
# + WebKitWebDriver under Xvfb; install.test.mjs installs and starts the .deb).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."
export PATH="$HOME/.cargo/bin:$PATH"
if [ -n "${CI:-}" ]; then
  export CARGO_TERM_COLOR=never
fi

# Seconds the end-to-end suite may take before it is stopped.
E2E_TIMEOUT=${E2E_TIMEOUT:-2400}

names=()
times=()
started_all=$SECONDS
current=""

summary() {
  local status=$1 i
  echo
  echo "==> timings"
  for i in "${!names[@]}"; do
    printf '    %-32s %5ss\n' "${names[$i]}" "${times[$i]}"
  done
  if [ "$status" -eq 0 ]; then
    echo "==> ALL TESTS PASSED: ${#names[@]} steps in $((SECONDS - started_all))s"
  else
    echo "==> TESTS FAILED at step '$current' (exit $status) after $((SECONDS - started_all))s"
  fi
}

step() {
  local name=$1 t0=$SECONDS rc=0
  shift
  current=$name
  echo
  echo "==> [$name] $*"
  "$@" || rc=$?
  names+=("$name")
  times+=("$((SECONDS - t0))")
  if [ "$rc" -ne 0 ]; then
    summary "$rc"
    exit "$rc"
  fi
}

e2e() {
  if [ -n "${DISPLAY:-}" ] && [ "${E2E_USE_DISPLAY:-0}" = 1 ]; then
    timeout --kill-after=30 "$E2E_TIMEOUT" node --test --test-concurrency=1 tests/e2e/
  else
    timeout --kill-after=30 "$E2E_TIMEOUT" \
      xvfb-run -a -s "-screen 0 1600x1000x24" node --test --test-concurrency=1 tests/e2e/
  fi
}

step setup            bash scripts/setup.sh
step fmt              cargo fmt --all -- --check
step clippy           cargo clippy --workspace --all-targets -- -D warnings
step cargo-test       cargo test --workspace
step ui-typecheck     npm --prefix ui run typecheck
step ui-test          npm --prefix ui test
step ui-any-day       bash scripts/test-any-day.sh
step ui-build         npm --prefix ui run build
step app-build        cargo build --features custom-protocol
step package          bash scripts/package.sh --debug
step e2e              e2e

summary 0
