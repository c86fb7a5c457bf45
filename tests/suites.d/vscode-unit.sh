#!/usr/bin/env bash
# The VS Code extension's own logic (server discovery, settings, selectors, grammar, skeletons), without VS Code.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
npm test --silent
