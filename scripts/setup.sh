#!/usr/bin/env bash
# Installs what Safar needs to build and test, skipping whatever is already present.
# Sourced by scripts/serve.sh and scripts/test.sh; safe to run again and again.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$root/node_modules/.bin:$PATH"
export TRUNK_SKIP_VERSION_CHECK=true

say() { printf '\033[1m[setup]\033[0m %s\n' "$*"; }

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}

# The exact wasm-bindgen the lock file pins: the CLI must match it byte for byte.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/"/, "", $3); print $3; exit }' "$root/Cargo.lock"
}

install_wasm_target() {
  if rustup target list --installed | grep -qx wasm32-unknown-unknown; then return; fi
  say "adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
}

install_chromium() {
  if [ -x /usr/bin/chromium ] && [ -x /usr/bin/chromedriver ]; then return; fi
  say "installing Chromium and ChromeDriver from Debian"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null
}

# The tests read exported PDFs as a reader's PDF program does (pdftotext, pdfinfo); the app
# does not need them, so only scripts/test.sh calls this.
install_poppler() {
  if command -v pdftotext >/dev/null && command -v pdfinfo >/dev/null; then return; fi
  say "installing poppler-utils from Debian (pdftotext, pdfinfo)"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
}

install_trunk() {
  if trunk --version 2>/dev/null | grep -q '^trunk 0\.21\.'; then return; fi
  say "installing trunk 0.21 (about 10 minutes on 2 cores)"
  # 0.22 needs a newer rustc than this machine's.
  cargo install trunk --version '~0.21' --locked
}

install_wasm_bindgen_cli() {
  local want
  want="$(wasm_bindgen_version)"
  if wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $want"; then return; fi
  say "installing wasm-bindgen-cli $want (about 6 minutes on 2 cores)"
  # Not --locked: one of its pinned dependencies is missing from the registry.
  cargo install wasm-bindgen-cli --version "=$want" --force
}

install_npm_tools() {
  local stamp="$root/node_modules/.package-lock.json"
  if [ -f "$stamp" ] && [ "$stamp" -nt "$root/package-lock.json" ]; then return; fi
  say "installing npm dev tools (Playwright, axe, binaryen)"
  (cd "$root" && npm ci --no-audit --no-fund --loglevel=error)
}

install_wasm_target
install_chromium
install_trunk
install_wasm_bindgen_cli
install_npm_tools
