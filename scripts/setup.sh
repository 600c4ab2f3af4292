#!/usr/bin/env bash
# Installs what tsunagu needs on a fresh Debian machine with Node 20 and npm only:
# pnpm (through corepack, pinned in package.json), the workspace dependencies,
# and — for the browser tests and screenshots — Debian's Chromium, a Japanese font and
# poppler-utils (the print tests read the PDF Chromium prints), and python3-jsonschema.
# Safe to run again: every step is skipped when already done.
set -euo pipefail
cd "$(dirname "$0")/.."

export COREPACK_ENABLE_DOWNLOAD_PROMPT=0
# This registry publishes no corepack signatures; the pin in package.json carries
# its own sha512 hash, which corepack still checks.
export COREPACK_INTEGRITY_KEYS=0

want_browser="${TSUNAGU_SKIP_BROWSER:-0}"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"; else
    echo "setup: need root (or sudo) to run: $*" >&2; return 1; fi
}

# 1. pnpm via corepack
if ! pnpm --version >/dev/null 2>&1; then
  echo "setup: enabling pnpm through corepack"
  corepack enable >/dev/null 2>&1 || as_root corepack enable
fi
echo "setup: pnpm $(pnpm --version)"

# 2. Chromium and a Japanese font (Debian packages) for browser tests and screenshots,
#    installed while pnpm installs the dependencies (step 3).
apt_pid=
if [ "$want_browser" != 1 ]; then
  missing=()
  [ -x /usr/bin/chromium ] || missing+=(chromium)
  [ -e /usr/share/fonts/opentype/ipafont-gothic/ipag.ttf ] || missing+=(fonts-ipafont-gothic)
  # pdfinfo and pdftotext, for the print tests (pages counted, text per page checked)
  [ -x /usr/bin/pdftotext ] || missing+=(poppler-utils)
  # Python's jsonschema, for the JSON Schema test (an independent validator in another language)
  /usr/bin/python3 -c 'import jsonschema' >/dev/null 2>&1 || missing+=(python3-jsonschema)
  # LibreOffice Calc, headless, for the export tests: it opens the CSV and Excel files as a user's spreadsheet would
  [ -x /usr/bin/soffice ] || missing+=(libreoffice-calc-nogui)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: installing ${missing[*]} with apt-get"
    ( as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq \
      && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ) &
    apt_pid=$!
  fi
fi

# 3. dependencies from the committed lockfile
if [ ! -d node_modules/.pnpm ] || [ pnpm-lock.yaml -nt node_modules/.modules.yaml ]; then
  CI=true pnpm install --frozen-lockfile --reporter=append-only | tail -n 5
fi

if [ -n "$apt_pid" ]; then wait "$apt_pid"; fi
[ "$want_browser" = 1 ] || echo "setup: $(/usr/bin/chromium --version 2>/dev/null || echo 'chromium missing')"
