#!/usr/bin/env bash
# Runs every check tsunagu has: set-up, build, type-check, lint, package checks,
# and all tests (core in Node, sheets and stories in headless Chromium).
# Ends with one summary line: "tests: N passed, N failed".
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

step() { printf '\n== %s\n' "$*"; }

step "build"
pnpm run build
pnpm run manifest

step "type-check"
pnpm run typecheck

step "lint"
pnpm run lint

step "package checks (publint, attw)"
pnpm run lint:packages

step "static Storybook (tested below from a sub-folder, offline)"
pnpm run build-storybook >/dev/null

step "tests"
rm -rf .vitest-results
status=0
pnpm exec vitest run --reporter=default --reporter=json --outputFile.json=.vitest-results/results.json || status=$?

node scripts/summary.mjs .vitest-results/results.json || status=$?
exit $status
