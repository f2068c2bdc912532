#!/usr/bin/env bash
# Runs every test: the core and the command line natively, the components in headless
# Chromium, and the built app and a published site end to end with Playwright and axe.
# Installs whatever is missing first (scripts/setup.sh).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
install_poppler
cd "$root"

step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "core: native cargo test (model, validation, migrations, formats, templates, catalogs)"
cargo test --locked -p safar-core -p safar-i18n

step "fuzz: every parser of untrusted input under libFuzzer, 15 s per target (fuzz/, scripts/fuzz.sh)"
"$root/scripts/fuzz.sh" 15

step "command line: the safar binary (publish, validate, new, serve), with the viewer rendered natively"
# Its own cargo invocation: the viewer's `ssr` build must not meet the app's `csr` one.
cargo test --locked -p safar-cli

step "pictures: the one SVG renderer (every example safe, complete, in reading order; pages; the PDF's text as pdftotext reads it; the viewer's icons), natively"
cargo test --locked -p safar-picture --features png,pdf

step "editor: native cargo test of its table of actions (which key does what, where)"
# The editor's own cargo invocation too: native, its `csr` Leptos must not meet the CLI's `ssr`.
cargo test --locked -p safar-editor --test actions

step "components: wasm-bindgen-test in headless Chromium (viewer, store, app, widget with the editor)"
CHROMEDRIVER=/usr/bin/chromedriver WASM_BINDGEN_TEST_DRIVER_TIMEOUT=60 \
  cargo test --locked --target wasm32-unknown-unknown -p safar-view -p safar-store -p safar -p safar-widget --features safar-widget/edit

step "build: trunk release build into dist/"
trunk build --release --offline

step "install: cargo install --path crates/safar-cli, as a user gets safar (with the widget just built)"
# --debug shares the command-line tests' build; the site tests publish with it from outside the checkout.
cargo install --locked --offline --debug --force --path crates/safar-cli --root "$root/target/installed"

step "end to end: Playwright and axe against dist/, and the size budget"
SAFAR_BIN="$root/target/installed/bin/safar" node --test e2e/
