#!/usr/bin/env bash
# Serves Safar at http://127.0.0.1:8080/ with the example maps, rebuilding on every change.
# Installs whatever is missing first (scripts/setup.sh). Extra arguments go to `trunk serve`,
# for example `--release` or `--port 9000`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"
cd "$root"
exec trunk serve --offline "$@"
