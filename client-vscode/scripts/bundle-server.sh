#!/usr/bin/env bash
# Publishes the Resolint server into the extension, so the VSIX carries it:
#   server/any/resolint.dll    framework-dependent: runs with `dotnet` (the .NET 10 runtime) on any OS;
#   server/linux-x64/resolint  NativeAOT, on a linux-x64 build machine: starts in ~20 ms with no runtime;
#   server/<rid>/resolint.dll  framework-dependent and compiled ahead of time for one platform (ReadyToRun): runs
#                              with `dotnet`, and a session's first keystrokes wait for no JIT compiling.
# The extension prefers the native one where it matches the platform, then the ReadyToRun one, then server/any
# (see src/serverLocation.ts).
#
# usage: bundle-server.sh [TARGET...]
#   Without a target: server/any, and the NativeAOT server on a linux-x64 machine (the universal VSIX).
#   TARGET is a `vsce package --target` name (table below): server/any, and for each target its platform's server,
#   NativeAOT where the target is this linux-x64 machine's own platform and it builds, ReadyToRun otherwise.
#   A release bundles one target, then runs `vsce package --target` with the same name (DEVELOPING.md).
# RESOLINT_SKIP_AOT=1 skips the NativeAOT build (it takes a minute or two and needs clang).
set -euo pipefail
extension="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$extension/../server/Resolint"
ready_to_run_check="$extension/../tests/Resolint.Tests/Cli/ready-to-run.mjs"
out="$extension/server"

# VS Code's platform (vsce package --target) = the .NET runtime identifier its server is compiled for. Only
# platforms whose .NET runtime pack NuGet has: ReadyToRun compiles against it, from any build machine.
# (Pairs, not an associative array: macOS's bash 3.2 has none.)
target_rids=(
  linux-x64=linux-x64
  linux-arm64=linux-arm64
  alpine-x64=linux-musl-x64
  darwin-x64=osx-x64
  darwin-arm64=osx-arm64
  win32-x64=win-x64
)
rid_of() {
  local pair
  for pair in "${target_rids[@]}"; do [[ "${pair%%=*}" == "$1" ]] && { echo "${pair#*=}"; return 0; }; done
  return 1
}
for target in "$@"; do
  rid_of "$target" >/dev/null ||
    { echo "bundle-server: no server for target '$target'; targets: ${target_rids[*]%%=*}" >&2; exit 2; }
done

command -v dotnet >/dev/null || { echo "bundle-server: the .NET 10 SDK (dotnet) is needed to build the server" >&2; exit 1; }
[[ -f "$project/Resolint.csproj" ]] || { echo "bundle-server: no server project at $project" >&2; exit 1; }
rm -rf "$out"
# The one platform whose servers can run here, so the smoke test starts them; and NativeAOT compiles for it only.
this_rid=""
[[ "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]] && this_rid=linux-x64
native_rid="$this_rid"
[[ "${RESOLINT_SKIP_AOT:-}" == "1" ]] && native_rid=""

# No apphost: server/any is the same on every OS and is started as `dotnet resolint.dll lsp`. The project sets
# PublishAot for its tool packages, so the framework-dependent build says it is not AOT.
dotnet publish "$project" -c Release -o "$out/any" -p:PublishAot=false -p:UseAppHost=false -p:DebugType=none -p:SatelliteResourceLanguages=en --nologo -v quiet
node "$extension/scripts/smoke-server.mjs" dotnet "$out/any/resolint.dll"
echo "bundle-server: framework-dependent server in $out/any"

# NativeAOT for this machine's platform; says why not and returns 1 when it cannot be had.
native_server() {
  # A failure leaves the framework-dependent servers, which work wherever .NET 10 is installed, so it is reported,
  # not fatal. Trimming warnings stay errors (TreatWarningsAsErrors): a build that ignores them can start and then
  # answer "No method by the name 'initialize'". The smoke test catches what the compiler does not.
  if dotnet publish "$project" -c Release -r "$native_rid" -p:PublishAot=true -p:DebugType=none -p:StripSymbols=true \
       -o "$out/$native_rid" --nologo -v quiet &&
     node "$extension/scripts/smoke-server.mjs" "$out/$native_rid/resolint"; then
    find "$out/$native_rid" -type f ! -name resolint -delete
    echo "bundle-server: NativeAOT server in $out/$native_rid"
  else
    rm -rf "$out/$native_rid"
    echo "bundle-server: no NativeAOT server (see above)" >&2
    return 1
  fi
}

# Framework-dependent for one platform: the project compiles it ahead of time (ReadyToRun) when given a runtime
# identifier without AOT. Cross-compiled, so it is started only where it can run; elsewhere its assemblies are
# checked to carry the precompiled code.
ready_to_run_server() {
  local rid="$1"
  dotnet publish "$project" -c Release -r "$rid" -o "$out/$rid" -p:PublishAot=false -p:UseAppHost=false -p:DebugType=none \
    -p:SatelliteResourceLanguages=en --nologo -v quiet
  node "$ready_to_run_check" "$out/$rid/resolint.dll" "$out/$rid/Resolint.Core.dll"
  [[ "$rid" == "$this_rid" ]] && node "$extension/scripts/smoke-server.mjs" dotnet "$out/$rid/resolint.dll"
  echo "bundle-server: ReadyToRun server for $rid in $out/$rid"
}

if [[ $# -eq 0 && -n "$native_rid" ]]; then
  native_server || echo "bundle-server: the extension will run server/any with dotnet" >&2
fi
for target in "$@"; do
  rid="$(rid_of "$target")"
  if [[ "$rid" == "$native_rid" ]] && native_server; then continue; fi
  ready_to_run_server "$rid"
done
