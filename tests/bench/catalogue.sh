#!/usr/bin/env bash
# Issue 13's budgets over the protocol (docs/benchmarks.md): completion and hover with a catalogue, as an editor asks
# the language server, for the devset's catalogue (../shared/devset/catalogue beside the project, when there) and a
# synthetic one of 50,000 resolutions; the framework-dependent build, and the NativeAOT build with --aot.
# usage: bash tests/bench/catalogue.sh [--aot] [--calls N] [--warm-up N]
# The budgets are of a server in use: each measure is preceded by --warm-up calls (500 by default), so the first
# seconds after start-up (the JIT's tiers, the garbage of the catalogue's load) are not counted; start-up is
# latency.js's cold start.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
aot=false
calls=500
warm_up=500
while [[ $# -gt 0 ]]; do
  case "$1" in
    --aot) aot=true; shift ;;
    --calls) calls="$2"; shift 2 ;;
    --warm-up) warm_up="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/tests/Resolint.Benchmarks" -c Release --nologo -v q >/dev/null
dotnet "$root/tests/Resolint.Benchmarks/bin/Release/net10.0/Resolint.Benchmarks.dll" --write-catalogue "$work/synthetic.json"
if $aot; then
  dotnet publish "$root/server/Resolint" -c Release -r linux-x64 -p:PublishAot=true -o "$work/aot" --nologo -v q >/dev/null
  server=("$work/aot/resolint" lsp)
else
  server=(dotnet "$root/server/Resolint/bin/Release/net10.0/resolint.dll" lsp)
fi
[[ -d "$root/node_modules/vscode-languageserver-protocol" || -d "$root/tests/e2e/node/node_modules" ]] || bash "$root/tests/install.d/npm.sh" >/dev/null
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)" >&2
devset="$root/../shared/devset/catalogue"
if [[ -d "$devset" ]]; then
  echo "== the devset's catalogue"
  node "$root/tests/e2e/bench/catalogue-latency.js" --calls "$calls" --warm-up "$warm_up" $(printf -- '--catalogue %s ' "$devset"/*.json) -- "${server[@]}"
fi
echo "== synthetic, 50,000 resolutions"
node "$root/tests/e2e/bench/catalogue-latency.js" --calls "$calls" --warm-up "$warm_up" --catalogue "$work/synthetic.json" -- "${server[@]}"
