#!/usr/bin/env bash
# Builds the embeddable widget into a folder of files with stable names, which work from any
# path on any server: safar-widget.js (the element and `mount`), safar_widget_view.js and its
# .wasm (the viewer), safar_widget_edit.js and its .wasm (the viewer and the editor, fetched only
# by widgets that edit), safar-widget.css, the font, and embed.html (the iframe fallback).
#
# Trunk runs this after every build of the app (Trunk.toml), so dist/widget/ is always there and
# the app's Embed dialog can point at it. Run it alone as `scripts/build-widget.sh [OUT_DIR]`.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

out="${1:-${TRUNK_STAGING_DIR:-$root/dist}/widget}"
profile="${TRUNK_PROFILE:-release}"
mkdir -p "$out/fonts"

# Two builds of one crate: `view` (no features) reads maps, `edit` adds the editor. Each is a
# cargo invocation of its own, so each links only what it uses.
build() {
  local name="$1"; shift
  local flags=(--locked --target wasm32-unknown-unknown -p safar-widget --lib "$@")
  if [[ "$profile" == release ]]; then flags+=(--release); fi
  cargo rustc "${flags[@]}" --crate-type cdylib
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "safar_widget_$name" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/safar_widget.wasm"
  if [[ "$profile" == release ]]; then
    # The same features the app's build enables (index.html): what every browser Safar supports has.
    wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
      --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
      "$out/safar_widget_${name}_bg.wasm" -o "$out/safar_widget_${name}_bg.wasm"
  fi
}
build view
build edit --features edit

# The styles, inside the shadow root: the page basics with :root made :host and without the
# font (a shadow root ignores @font-face; safar-widget.js registers it with the document), then
# the viewer's, the editor's and the widget's own.
{
  printf '/* Safar widget styles, made by scripts/build-widget.sh from style/. */\n'
  sed -e '/^@font-face {/,/^}/d' -e '/^body {/,/^}/d' -e 's/^:root {/:host {/' -e 's/^html {/.safar-widget {/' style/base.css
  cat style/viewer.css style/editor.css style/widget.css
} > "$out/safar-widget.css"

# Which profile this is: the site publisher warns when it would publish anything but a release.
printf '%s\n' "$profile" > "$out/safar-widget.build"
cp widget/safar-widget.js widget/embed.html widget/embed.js widget/embed.css assets/safar-icons.svg "$out/"
cp "assets/fonts/Vazirmatn-NL[wght].woff2" assets/fonts/OFL.txt "$out/fonts/"
echo "widget built into $out"
