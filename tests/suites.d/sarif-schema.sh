#!/usr/bin/env bash
# `resolint check --format sarif` validated against the official SARIF 2.1.0 schema.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dotnet build "$root/server/Resolint" -c Release --nologo -v q >/dev/null
exec node "$root/tests/sarif/validate.js" "$root/server/Resolint/bin/Release/net10.0/resolint.dll"
