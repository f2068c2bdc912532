#!/usr/bin/env bash
# Every benchmark, on a release build: first render of the examples, the editor on a 3,000-card
# map, the library, the widget, publishing, exports, and Safar's view widget side by side with
# Mermaid's journey diagram. Not part of the tests: times are measured here, never asserted.
# Each benchmark's Markdown goes to bench/results/NAME.md (the Mermaid comparison also writes
# bench/results/mermaid.json and its tables into BENCHMARKS.md); copy the others into
# BENCHMARKS.md with what they mean.
#
#   scripts/bench.sh [runs]     (5 by default; installs what is missing, as the tests do)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
runs="${1:-5}"
source scripts/setup.sh
# setup.sh sets -u too, which the rest does not need.
set +u
export PATH="$root/node_modules/.bin:$HOME/.cargo/bin:$PATH"

trunk build --release --offline
cargo build --release --locked -p safar-cli
mkdir -p bench/results
for bench in first-render editor library widget publish export mermaid; do
  echo "== $bench" >&2
  node "bench/$bench.mjs" "$runs" > "bench/results/$bench.md"
done
echo "results in bench/results/" >&2
