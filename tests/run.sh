#!/usr/bin/env bash
# Runs the default test suite: installs what the suites need where it is missing (tests/install.d), runs the
# engine's and the executable's tests (.NET), then every suite in tests/suites.d (the extension's unit tests,
# the LSP clients end to end). Ends with the line "N passed, N failed" and a non-zero exit on any failure.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

results="$(mktemp -d)"
trap 'rm -rf "$results"' EXIT
failed_steps=()
passed=0
failed=0

count_trx() {  # sums the counters of every TRX file under a folder
  local file p f
  for file in "$1"/*.trx; do
    [[ -f "$file" ]] || continue
    p=$(grep -o '<Counters [^>]*' "$file" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p')
    f=$(grep -o '<Counters [^>]*' "$file" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  done
}

# Installers are idempotent: each installs what its suite needs when it is missing (apt, npm).
for installer in tests/install.d/*.sh; do
  [[ -f "$installer" ]] || continue
  echo "== install: $installer"
  bash "$installer" || failed_steps+=("install $(basename "$installer")")
done

echo "== .NET tests"
if ! dotnet test LanguageServer.sln -c Release --logger "trx" --logger "console;verbosity=minimal" --results-directory "$results/dotnet"; then
  failed_steps+=(".NET tests")
fi
count_trx "$results/dotnet"

# Further suites (extension unit tests, LSP clients end to end) report through this function:
# each prints its own "N passed, N failed" line last.
run_suite() {  # name, command...
  local name="$1"; shift
  echo "== $name"
  local log="$results/$name.log"
  "$@" 2>&1 | tee "$log"
  local status=${PIPESTATUS[0]}
  local line
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
  if [[ -n "$line" ]]; then
    passed=$((passed + $(echo "$line" | cut -d' ' -f1)))
    failed=$((failed + $(echo "$line" | cut -d' ' -f3)))
  fi
  [[ $status -eq 0 ]] || failed_steps+=("$name")
}

for suite in tests/suites.d/*.sh; do
  [[ -f "$suite" ]] || continue
  run_suite "$(basename "$suite" .sh)" bash "$suite"
done

if [[ ${#failed_steps[@]} -gt 0 ]]; then
  echo "failed: ${failed_steps[*]}"
  [[ $failed -gt 0 ]] || failed=1
fi
echo "$passed passed, $failed failed"
[[ ${#failed_steps[@]} -eq 0 && $failed -eq 0 ]]
