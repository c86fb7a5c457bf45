#!/usr/bin/env bash
# Proves the packaging: packs resolint as a .NET tool the way a release does (docs/ci.md, "Releasing the tool"),
# installs it from the package folder as a CI job would (dotnet tool install --add-source), and runs the installed
# command. On a platform the release builds natively (linux-x64 here) the installed command must be the NativeAOT
# executable; on any other, the framework-dependent build, compiled ahead of time (ReadyToRun) where the release names
# the platform. Exits non-zero after all checks if one failed.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
project="$root/server/Resolint/Resolint.csproj"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
native_rids=$(dotnet msbuild "$project" -getProperty:ToolPackageRuntimeIdentifiers)

# The package `dotnet tool install` finds (it names one package per platform), the framework-dependent one for
# platforms not named, and this machine's native one: NativeAOT cannot cross-compile, so a release packs each
# platform on its own runner.
dotnet pack "$project" -c Release -o "$work/artifacts" --nologo -v quiet
dotnet pack "$project" -c Release -r any -o "$work/artifacts" --nologo -v quiet
native=false
case ";$native_rids;" in *";$rid;"*) native=true ;; esac
if $native; then dotnet pack "$project" -c Release -r "$rid" -o "$work/artifacts" --nologo -v quiet; fi
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" Resolint
resolint="$work/tools/resolint"

# A platform the release does not build natively: the same packages, with a pointer package that does not name
# this machine's platform, so that the install falls back to the framework-dependent build (`any`).
others=$(printf '%s' "$native_rids" | tr ';' '\n' | grep -vx "$rid" | paste -sd ';' -)
dotnet pack "$project" -c Release -o "$work/fallback" -p:ToolPackageRuntimeIdentifiers=\"$others\" --nologo -v quiet
cp "$work/artifacts/Resolint.any."*.nupkg "$work/fallback/"
dotnet tool install --tool-path "$work/fallback-tools" --add-source "$work/fallback" Resolint
portable="$work/fallback-tools/resolint"

# A platform the release packs framework-dependent (osx-x64, linux-musl-x64): its package is compiled ahead of time
# for that platform (ReadyToRun). Made here for this machine's platform by naming no platform native; its own
# version, so that nothing installed above is taken for it.
ahead_version="$(dotnet msbuild "$project" -getProperty:Version)-ahead"
dotnet pack "$project" -c Release -o "$work/ahead" -p:Version="$ahead_version" -p:ToolPackageRuntimeIdentifiers="$rid" --nologo -v quiet
dotnet pack "$project" -c Release -r "$rid" -o "$work/ahead" -p:Version="$ahead_version" -p:NativeRuntimeIdentifiers=none --nologo -v quiet
dotnet tool install --tool-path "$work/ahead-tools" --add-source "$work/ahead" --version "$ahead_version" Resolint
ahead="$work/ahead-tools/resolint"

passed=0
failed=0
expect() { # expect NAME EXIT-CODE ACTUAL-EXIT-CODE
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1 exited $3, expected $2" >&2; fi
}

set +e
# Which build was installed: the native executable alone, or resolint.dll that the .NET host runs.
has_dll() { [ -n "$(find "$1/.store" -name resolint.dll)" ]; }
if $native; then
  file -L "$resolint" | grep -qE 'ELF|Mach-O|PE32'
  expect "the installed resolint on $rid is an executable" 0 $?
  has_dll "$work/tools"
  expect "the installed resolint on $rid is native (no resolint.dll)" 1 $?
  env -i "$resolint" explain RES900 >/dev/null
  expect "the native resolint runs with an empty environment" 0 $?
else
  has_dll "$work/tools"
  expect "on $rid (not built natively) the installed resolint is the framework-dependent build" 0 $?
fi
has_dll "$work/fallback-tools"
expect "a platform the release does not name gets the framework-dependent build" 0 $?
printf 'The General Assembly,\n\n1. *Decides* to act;\n\n3. *Requests* a report.\n' | "$portable" check - --stdin-filename gap.md >/dev/null
expect "the framework-dependent build finds a numbering slip" 1 $?

has_dll "$work/ahead-tools"
expect "a platform packed framework-dependent gets resolint.dll" 0 $?
node "$root/tests/Resolint.Tests/Cli/ready-to-run.mjs" $(find "$work/ahead-tools/.store" -name resolint.dll -o -name Resolint.Core.dll) >/dev/null
expect "its resolint.dll and Resolint.Core.dll are compiled ahead of time (ReadyToRun)" 0 $?
node "$root/tests/Resolint.Tests/Cli/ready-to-run.mjs" $(find "$work/fallback-tools/.store" -name resolint.dll) >/dev/null
expect "the portable build (any) is not: its code is for every platform" 1 $?
printf 'The General Assembly,\n\n1. *Decides* to act;\n\n3. *Requests* a report.\n' | "$ahead" check - --stdin-filename gap.md >/dev/null
expect "the ReadyToRun build finds a numbering slip" 1 $?

printf 'The General Assembly,\n\n1. *Decides* to act;\n\n2. *Requests* a report.\n' | "$resolint" check - --stdin-filename clean.md >/dev/null
expect "clean draft on standard input" 0 $?
printf 'The General Assembly,\n\n1. *Decides* to act;\n\n3. *Requests* a report.\n' | "$resolint" check - --stdin-filename gap.md >/dev/null
expect "numbering slip on standard input" 1 $?
"$resolint" check "$work/no-such-draft.md" 2>/dev/null
expect "missing file" 2 $?
"$resolint" explain RES900 >"$work/explain.md"
expect "explain a rule" 0 $?
grep -q '^# RES900' "$work/explain.md"
expect "explain prints the page built into the tool" 0 $?
"$resolint" check --format sarif "$root/seeds" >"$work/seeds.sarif"
[ $? -le 1 ]
expect "checking the seeds runs (exit 0 or 1)" 0 $?
grep -q '"version": "2.1.0"' "$work/seeds.sarif"
expect "SARIF on the seeds" 0 $?
set -e

echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
