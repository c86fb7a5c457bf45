#!/usr/bin/env bash
# Batch-mode Emacs + Eglot LSP e2e check (Debian emacs-nox 28.2 + elpa-eglot 1.9).
# usage: eglot-e2e.sh [--language-id ID] [--expect SUBSTR] [--expect-count N] [--hover L:C[=SUBSTR]]
#                     [--complete L:C[=LABEL]] [--definition L:C=LINE] [--symbols 'a|b']
#                     [--timeout SECONDS] [--settings JSON] FILE -- SERVER_CMD...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lsp_e2e_option() {
  case "$1" in
    --language-id) export LSP_E2E_LANGUAGE_ID="$2" ;;
    --settings) export LSP_E2E_SETTINGS="$2" ;;
    *) return 1 ;;
  esac
}
source "$here/../lsp-e2e-args.sh"
export LSP_E2E_FILE="$file"
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
# stderr carries eglot's chatter ("[eglot] Connected! ..."); stdout is the JSON report
HOME="$tmp" exec timeout --kill-after=5 "${LSP_E2E_WALL:-120}" emacs --batch -Q -l "$here/eglot-e2e.el"
