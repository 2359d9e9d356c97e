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

# The content tests read the source documents beside the repo (scripts/seeds.mjs). Their digest
# is part of those tasks' cache key, so a changed, added or missing document reruns them.
MH_SEEDS_HASH=$(node scripts/seeds.mjs --digest)
export MH_SEEDS_HASH
if [ "$MH_SEEDS_HASH" = missing ]; then
  if [ -n "${CI:-}" ]; then echo "test: the source documents are missing (../shared/seeds or MH_SEEDS_DIR): in CI the tests that read them fail."
  else echo "test: the source documents are missing (../shared/seeds or MH_SEEDS_DIR): the tests that read them are skipped and counted as skipped."; fi
fi

# Results of earlier runs must not be counted: turbo restores the cached ones it replays.
rm -rf test-results packages/*/test-results apps/*/test-results

status=0
# A task served from turbo's cache prints one line, not its whole log again (new-only).
"${PNPM[@]}" exec turbo run build typecheck lint test test:repo size --continue --output-logs=new-only || status=$?

if git rev-parse --verify -q origin/main >/dev/null; then
  "${PNPM[@]}" exec changeset status --since=origin/main || status=$?
else
  "${PNPM[@]}" exec changeset status || status=$?
fi

"${PNPM[@]}" exec node scripts/test-summary.mjs || status=$?
exit "$status"
