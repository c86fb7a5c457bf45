#!/usr/bin/env bash
# The accuracy harness in one command: builds it and runs it on folders of adopted resolutions.
#   bash tests/accuracy/run.sh [options] FOLDER…     (e.g. ../shared/devset/texts ../shared/devset/texts_md)
# Prints, per organ and form, the warnings and errors per 1,000 words and the share of texts with none, then the
# recall of injected slips per kind; exits 1 above the thresholds of issue 11 (docs/accuracy.md).
# RESOLINT_ACCURACY_ENFORCE=0 reports without failing (the same as --report-only).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
dotnet build "$root/tests/accuracy/Resolint.Accuracy" -c Release --nologo -v q >/dev/null
extra=()
[[ "${RESOLINT_ACCURACY_ENFORCE:-1}" == "0" ]] && extra+=(--report-only)
exec dotnet "$root/tests/accuracy/Resolint.Accuracy/bin/Release/net10.0/resolint-accuracy.dll" "${extra[@]}" "$@"
