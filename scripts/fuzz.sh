#!/usr/bin/env bash
# Fuzzes every parser of untrusted input (the targets in fuzz/) for a bounded time each:
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 15)
# Builds every target once (cargo-fuzz, nightly, into fuzz/target), runs each from its committed
# corpus in fuzz/corpus/ without changing it, prints the executions per target, and fails on any
# crash, panic, leak or hang (libFuzzer keeps the input under fuzz/artifacts/<target>/).
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$HOME/.cargo/bin:$PATH"
cd "$root"
seconds="${1:-15}"

say() { printf '\033[1m[fuzz]\033[0m %s\n' "$*"; }

if ! cargo +nightly --version >/dev/null 2>&1; then
  say "installing a nightly toolchain (libFuzzer needs its sanitizer flags)"
  rustup toolchain install nightly --profile minimal
fi
if ! cargo +nightly fuzz --version >/dev/null 2>&1; then
  say "installing cargo-fuzz (about a minute on 2 cores)"
  cargo install cargo-fuzz --locked
fi

say "building every target"
cargo +nightly fuzz build

# libFuzzer adds what it finds to the first corpus directory: a scratch one, so the committed
# corpus (read as the second) stays as it is.
scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
summary=()
failed=0
for target in $(cargo +nightly fuzz list); do
  say "$target for ${seconds}s"
  mkdir -p "$scratch/$target"
  log="$scratch/$target.log"
  if cargo +nightly fuzz run "$target" "$scratch/$target" "fuzz/corpus/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 >"$log" 2>&1; then
    result=ok
  else
    result=FAILED
    failed=1
    tail -n 60 "$log"
  fi
  runs="$(awk '/stat::number_of_executed_units/ { print $2 }' "$log" | tail -n 1)"
  summary+=("$(printf '%-18s %-7s %12s executions in %ss' "$target" "$result" "${runs:-?}" "$seconds")")
done

say "summary"
printf '  %s\n' "${summary[@]}"
exit "$failed"
