#!/usr/bin/env bash
# Builds the embeddable widget into a folder of files with stable names, which work from any
# path on any server: safar-widget.js (the element and `mount`), safar_widget_view.js and its
# .wasm (the viewer), safar_widget_edit.js and its .wasm (the viewer and the editor, fetched only
# by widgets that edit), safar-downloads.js (the readers' download menu, fetched only by a widget
# with `exports`), safar-picture.js with its worker and safar_picture.js and its .wasm (the
# renderer, fetched only to export or print), safar-widget.css, the font, and embed.html (the
# iframe fallback).
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
  local crate="$1" name="$2"; shift 2
  local flags=(--locked --target wasm32-unknown-unknown -p "$crate" --lib "$@")
  if [[ "$profile" == release ]]; then flags+=(--release); fi
  cargo rustc "${flags[@]}" --crate-type cdylib
  wasm-bindgen --target web --no-typescript --out-dir "$out" --out-name "$name" \
    "${CARGO_TARGET_DIR:-target}/wasm32-unknown-unknown/$profile/${crate//-/_}.wasm"
}
# The same features the app's build enables (index.html): what every browser Safar supports has.
shrink() {
  [[ "$profile" == release ]] || return 0
  wasm-opt -Oz --enable-bulk-memory --enable-bulk-memory-opt --enable-nontrapping-float-to-int \
    --enable-sign-ext --enable-mutable-globals --enable-reference-types --enable-multivalue \
    "$out/$1_bg.wasm" -o "$out/$1_bg.wasm"
}
build safar-widget safar_widget_view && shrink safar_widget_view
build safar-widget safar_widget_edit --features edit && shrink safar_widget_edit
# The picture worker (SVG, PNG, PDF and print pages), fetched only when someone exports. It is
# built for speed, not size (Cargo.toml's release profile), and not put through wasm-opt: -O3
# takes two minutes here for 5 % fewer bytes of a file no reader of a map downloads.
build safar-picture-worker safar_picture

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
cp widget/safar-widget.js widget/safar-downloads.js widget/safar-picture.js widget/safar-picture-worker.js widget/embed.html widget/embed.js widget/embed.css \
  assets/safar-icons.svg "$out/"
cp "assets/fonts/Vazirmatn-NL[wght].woff2" assets/fonts/OFL.txt "$out/fonts/"
echo "widget built into $out"
