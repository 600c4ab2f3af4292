#!/usr/bin/env bash
# Starts Storybook with every sheet and example household, and prints its local URL.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
pnpm run build
pnpm run manifest
port="${PORT:-6006}"
echo
echo "tsunagu Storybook: http://localhost:${port}/"
echo
exec pnpm exec storybook dev -p "$port" --no-open --ci
