#!/usr/bin/env bash
# The NativeAOT build of the server (what the VS Code extension ships on linux-x64) under the same real clients.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
if ! dotnet publish "$root/server/Resolint" -c Release -r linux-x64 -p:PublishAot=true -o "$out" --nologo -v quiet; then
  echo "0 passed, 1 failed"
  exit 1
fi
E2E_OUT="$root/out/e2e-aot" bash "$root/tests/e2e/run.sh" "$out/resolint"
