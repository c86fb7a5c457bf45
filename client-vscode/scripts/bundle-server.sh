#!/usr/bin/env bash
# Publishes the Resolint server into the extension, so the VSIX carries it:
#   server/any/resolint.dll    framework-dependent: runs with `dotnet` (the .NET 10 runtime) on any OS;
#   server/linux-x64/resolint  NativeAOT, on a linux-x64 build machine: starts in ~20 ms with no runtime.
# The extension prefers the native one where it matches the platform (see src/serverLocation.ts).
# RESOLINT_SKIP_AOT=1 skips the NativeAOT build (it takes a minute or two and needs clang).
set -euo pipefail
extension="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
project="$extension/../server/Resolint"
out="$extension/server"

command -v dotnet >/dev/null || { echo "bundle-server: the .NET 10 SDK (dotnet) is needed to build the server" >&2; exit 1; }
[[ -f "$project/Resolint.csproj" ]] || { echo "bundle-server: no server project at $project" >&2; exit 1; }
rm -rf "$out"

# No apphost: server/any is the same on every OS and is started as `dotnet resolint.dll lsp`. The project sets
# PublishAot for its tool packages, so the framework-dependent build says it is not AOT.
dotnet publish "$project" -c Release -o "$out/any" -p:PublishAot=false -p:UseAppHost=false -p:DebugType=none -p:SatelliteResourceLanguages=en --nologo -v quiet
node "$extension/scripts/smoke-server.mjs" dotnet "$out/any/resolint.dll"
echo "bundle-server: framework-dependent server in $out/any"

if [[ "${RESOLINT_SKIP_AOT:-}" != "1" && "$(uname -s)-$(uname -m)" == "Linux-x86_64" ]]; then
  # NativeAOT compiles for the build machine's own platform only. A failure leaves the framework-dependent
  # server, which works wherever .NET 10 is installed, so it is reported, not fatal.
  # Trimming warnings stay errors (TreatWarningsAsErrors): a build that ignores them can start and then answer
  # "No method by the name 'initialize'". The smoke test catches what the compiler does not.
  if dotnet publish "$project" -c Release -r linux-x64 -p:PublishAot=true -p:DebugType=none -p:StripSymbols=true \
       -o "$out/linux-x64" --nologo -v quiet &&
     node "$extension/scripts/smoke-server.mjs" "$out/linux-x64/resolint"; then
    find "$out/linux-x64" -type f ! -name resolint -delete
    echo "bundle-server: NativeAOT server in $out/linux-x64"
  else
    rm -rf "$out/linux-x64"
    echo "bundle-server: no NativeAOT server (see above); the extension will run server/any with dotnet" >&2
  fi
fi
