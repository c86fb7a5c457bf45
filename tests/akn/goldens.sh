#!/usr/bin/env bash
# Runs the golden outlines (tests/Resolint.Tests/Outline/Golden/specs) and prints, per spec, PASS or FAIL with
# the diff: "<" the golden outline a person wrote, ">" the parser's.
# Usage: tests/akn/goldens.sh [spec-name-part]
set -uo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
specs="$root/tests/Resolint.Tests/Outline/Golden/specs"
actual="$(mktemp -d)"
RESOLINT_GOLDEN_ACTUAL="$actual" dotnet test "$root/tests/Resolint.Tests" -c Release \
  --filter "FullyQualifiedName~GoldenOutlineTests" >/dev/null 2>&1
pass=0; fail=0
for golden in "$specs"/*"${1:-}"*.golden; do
  name="$(basename "$golden" .golden)"
  if diff <(sed -n '/^=== outline$/,$p' "$golden" | tail -n +2 | sed '/^[[:space:]]*$/d') "$actual/$name.outline" > "$actual/$name.diff"; then
    echo "PASS $name"; pass=$((pass + 1))
  else
    echo "FAIL $name"; grep '^[<>]' "$actual/$name.diff" | sed 's/^/    /'; fail=$((fail + 1))
  fi
done
echo "$pass passed, $fail failed"
rm -rf "$actual"
