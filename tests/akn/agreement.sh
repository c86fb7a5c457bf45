#!/usr/bin/env bash
# Prints how far the outline of each devset text agrees with the UN's markup (../shared/devset/akn), without
# asserting: the figures, the disagreements by category, then each disagreeing file. Plain text, then Markdown.
# Usage: tests/akn/agreement.sh [report-file]   (default: a temporary file, printed)
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
report="${1:-$(mktemp)}"
RESOLINT_AKN_REPORT="$report" dotnet test "$root/tests/Resolint.Tests" -c Release \
  --filter "FullyQualifiedName~AknAgreementTests.Figures_are_printed_without_asserting" >/dev/null
cat "$report"
