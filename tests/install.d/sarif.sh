#!/usr/bin/env bash
# The official SARIF 2.1.0 schema (in @microsoft/jest-sarif) and ajv, for the SARIF output check.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../sarif"
[[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error
