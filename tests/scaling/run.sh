#!/usr/bin/env bash
# The scaling test of issue 14: drafts of the shapes that once grew worse than linearly, at 100 KB, 1 MB and 10 MB,
# each checked by the Release build of `resolint check`; prints wall time, peak memory and output bytes per run and
# fails (exit 1) when a run crashes, times out, or grows much faster than its input (docs/reliability.md).
#   bash tests/scaling/run.sh [--sizes 100000,1000000,10000000] [--shape NAME]… [--keep DIR]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
if [[ ! -x /usr/bin/time ]]; then
  # Peak memory comes from GNU time's "Maximum resident set size"; the shell's builtin gives none.
  as_root=(); [[ $EUID -ne 0 ]] && as_root=(sudo -n)
  "${as_root[@]}" apt-get update -qq >/dev/null && "${as_root[@]}" apt-get install -y -qq time >/dev/null
fi
dotnet build "$root/server/Resolint" -c Release --nologo -v q >/dev/null
exec python3 "$root/tests/scaling/scaling.py" --dll "$root/server/Resolint/bin/Release/net10.0/resolint.dll" "$@"
