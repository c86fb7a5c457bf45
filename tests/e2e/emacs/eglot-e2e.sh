#!/usr/bin/env bash
# Batch-mode Emacs + Eglot LSP e2e check (Debian emacs-nox 28.2 + elpa-eglot 1.9).
# usage: eglot-e2e.sh [--language-id ID] [--expect SUBSTR] [--expect-count N] [--hover L:C[=SUBSTR]]
#                     [--complete L:C[=LABEL]] [--definition L:C=LINE] [--symbols 'a|b']
#                     [--timeout SECONDS] [--settings JSON] FILE -- SERVER_CMD...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
file=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --language-id) export LSP_E2E_LANGUAGE_ID="$2"; shift 2 ;;
    --expect) export LSP_E2E_EXPECT="$2"; shift 2 ;;
    --expect-count) export LSP_E2E_EXPECT_COUNT="$2"; shift 2 ;;
    --hover) export LSP_E2E_HOVER="$2"; shift 2 ;;
    --complete) export LSP_E2E_COMPLETE="$2"; shift 2 ;;
    --definition) export LSP_E2E_DEFINITION="$2"; shift 2 ;;
    --symbols) export LSP_E2E_SYMBOLS="$2"; shift 2 ;;
    --timeout) export LSP_E2E_TIMEOUT="$2"; shift 2 ;;
    --settings) export LSP_E2E_SETTINGS="$2"; shift 2 ;;
    --) shift; break ;;
    *) file="$1"; shift ;;
  esac
done
[[ -n "$file" && $# -gt 0 ]] || { echo "usage: $0 [opts] FILE -- SERVER_CMD..." >&2; exit 2; }
export LSP_E2E_FILE="$file"
LSP_E2E_CMD="$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@" 2>/dev/null || python3 -c 'import json,sys;print(json.dumps(sys.argv[1:]))' "$@")"
export LSP_E2E_CMD
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# stderr carries eglot's chatter ("[eglot] Connected! ..."); stdout is the JSON report
HOME="$tmp" exec timeout --kill-after=5 "${LSP_E2E_WALL:-120}" emacs --batch -Q -l "$here/eglot-e2e.el"
