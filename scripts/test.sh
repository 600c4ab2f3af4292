#!/usr/bin/env bash
# Runs every check tsunagu has: set-up, build, type-check, lint, package checks,
# and all tests (core and artifacts in Node, sheets and stories in headless Chromium,
# each story in Japanese and in English). Ends with one summary line:
# "tests: N passed, N failed, N skipped".
# The full-Storybook axe audit is the release-time command `pnpm a11y:report`.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

logs=$(mktemp -d)
step() { printf '\n== %s (at %ss)\n' "$*" "$SECONDS"; }
# Runs a named check in the background, its output kept in a log.
# The exit code is caught, so `set -e` cannot end the sub-shell before the code and time are written.
start() { local name=$1; shift; ( t=$SECONDS; rc=0; "$@" >"$logs/$name.log" 2>&1 || rc=$?; echo $rc >"$logs/$name.rc"; echo $((SECONDS - t)) >"$logs/$name.s" ) & }
# Waits for named checks; prints each one's output; fails if any failed.
finish() {
  wait
  local failed=0
  for name in "$@"; do
    step "$name: $(cat "$logs/$name.s") s"
    cat "$logs/$name.log"
    [ "$(cat "$logs/$name.rc")" = 0 ] || { echo "!! $name failed"; failed=1; }
  done
  return $failed
}

# Everything before the tests reads the sources, so it runs side by side: the packages are built and
# then checked as published; the element manifest (from the sources) feeds the static Storybook,
# which the tests below serve from a sub-folder, offline.
start build bash -c 'pnpm run build && pnpm run lint:packages'
start static-storybook bash -c 'pnpm run manifest && pnpm run build-storybook'
start type-check pnpm run typecheck
start lint bash -c 'pnpm run lint && pnpm run format:check'
finish build static-storybook type-check lint

step "tests"
rm -rf .vitest-results
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results/results.json || status=$?

node scripts/summary.mjs .vitest-results/results.json || status=$?
exit $status
