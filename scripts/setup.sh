# Sourced by start.sh and test.sh: finds (or installs) what a fresh machine lacks.
# A fresh machine has Node and npm only; the repo pins pnpm and brings its own Node 24.

PNPM_VERSION=12.21.0

# Sets PNPM to the pinned pnpm: the one on PATH if it is that version, else a global
# npm install of it, else npx (which works without write access to npm's global folder).
ensure_pnpm() {
  if [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then PNPM=(pnpm); return; fi
  if npm install -g "pnpm@$PNPM_VERSION" >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    PNPM=(pnpm); return
  fi
  echo "setup: using npx pnpm@$PNPM_VERSION (a global install was not possible)"
  PNPM=(npx -y "pnpm@$PNPM_VERSION")
}

first_executable() {
  local candidate
  for candidate in "$@"; do
    [ -n "$candidate" ] && [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

find_browsers() {
  CHROME_PATH=$(first_executable "${CHROME_PATH:-}" /usr/bin/chromium /usr/bin/chromium-browser /usr/bin/google-chrome-stable /usr/bin/google-chrome) || CHROME_PATH=
  FIREFOX_PATH=$(first_executable "${FIREFOX_PATH:-}" /usr/bin/firefox-esr /usr/bin/firefox) || FIREFOX_PATH=
}

# Browser tests run in the system's Chromium and Firefox: no tool may download a browser.
# As root on Debian they are installed with apt; elsewhere we say what is missing.
ensure_browsers() {
  find_browsers
  if [ -n "$CHROME_PATH" ] && [ -n "$FIREFOX_PATH" ]; then export CHROME_PATH FIREFOX_PATH; return; fi
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "setup: installing Debian's chromium and firefox-esr with apt"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium firefox-esr >/dev/null
    find_browsers
  fi
  local missing=()
  [ -n "$CHROME_PATH" ] || missing+=(Chromium)
  [ -n "$FIREFOX_PATH" ] || missing+=(Firefox)
  if [ ${#missing[@]} -gt 0 ]; then
    echo "setup: ${missing[*]} not found. Install them (Debian: sudo apt-get install chromium firefox-esr) or set CHROME_PATH and FIREFOX_PATH." >&2
    return 1
  fi
  export CHROME_PATH FIREFOX_PATH
}
