#!/usr/bin/env bash
# The README's test command: sets up a fresh machine, then builds, typechecks, lints, tests
# and size-checks every package, and ends with one line summed over every test runner.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 STORYBOOK_DISABLE_TELEMETRY=1 PUPPETEER_SKIP_DOWNLOAD=1

ensure_pnpm
ensure_browsers
if [ -n "${CI:-}" ]; then "${PNPM[@]}" install --frozen-lockfile; else "${PNPM[@]}" install; fi

# Results of earlier runs must not be counted: turbo restores the cached ones it replays.
rm -rf packages/*/test-results apps/*/test-results

status=0
"${PNPM[@]}" exec turbo run build typecheck lint test size --continue || status=$?

if git rev-parse --verify -q origin/main >/dev/null; then
  "${PNPM[@]}" exec changeset status --since=origin/main || status=$?
else
  "${PNPM[@]}" exec changeset status || status=$?
fi

"${PNPM[@]}" exec node scripts/test-summary.mjs || status=$?
exit "$status"
