#!/usr/bin/env bash
# The npm side: the VS Code extension's build and unit-test tools (root package-lock.json).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
[[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error
