#!/usr/bin/env bash
# The README's first command: sets up a fresh machine, builds what Storybook shows, starts it.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1 STORYBOOK_DISABLE_TELEMETRY=1 PUPPETEER_SKIP_DOWNLOAD=1

ensure_pnpm
"${PNPM[@]}" install
"${PNPM[@]}" exec turbo run build --filter=@mh/storybook^...
echo "Storybook: http://localhost:6006"
exec "${PNPM[@]}" --filter @mh/storybook start
