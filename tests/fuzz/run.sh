#!/usr/bin/env bash
# The fuzzing harness of issue 14 in one command: builds it and feeds mutated drafts, configurations and LSP
# messages to the parser, check with fix, the configuration reader and the language server (docs/reliability.md).
#   bash tests/fuzz/run.sh [--inputs N] [--seconds S] [--target parser|fix|config|lsp|all] [--seed S] [--out DIR]
# Exit 1 with the minimal failing input written under --out (default tests/fuzz/out) on a crash, hang or a fix that
# does not settle.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build "$root/tests/fuzz/Resolint.Fuzz" -c Release --nologo -v q >/dev/null
exec dotnet "$root/tests/fuzz/Resolint.Fuzz/bin/Release/net10.0/resolint-fuzz.dll" --root "$root" "$@"
