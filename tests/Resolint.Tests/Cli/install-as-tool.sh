#!/usr/bin/env bash
# Proves the packaging: packs resolint as a .NET tool, installs it from the package folder as a CI job would
# (dotnet tool install --add-source), and runs the installed command. Exits non-zero on the first failed check.
set -euo pipefail

root=$(cd "$(dirname "$0")/../../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet pack "$root/server/Resolint/Resolint.csproj" -c Release -o "$work/artifacts" --nologo -v quiet
dotnet tool install --tool-path "$work/tools" --add-source "$work/artifacts" Resolint
resolint="$work/tools/resolint"

passed=0
failed=0
expect() { # expect NAME EXIT-CODE ACTUAL-EXIT-CODE
  if [ "$2" = "$3" ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $1 exited $3, expected $2" >&2; fi
}

set +e
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
