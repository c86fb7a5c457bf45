#!/usr/bin/env bash
# Headless Neovim LSP e2e check (Debian neovim 0.7.2).
# usage: nvim-lsp-e2e.sh [--filetype FT] [--expect SUBSTR] [--expect-count N] [--hover L:C[=SUBSTR]]
#                        [--complete L:C[=LABEL]] [--definition L:C=LINE] [--symbols 'a|b']
#                        [--timeout MS] FILE -- SERVER_CMD...
# Example: nvim-lsp-e2e.sh --expect 'numbered 4' --hover 16:126=Footnote --complete '28:4=Also requests' \
#            fixtures/draft.md -- dotnet path/to/resolint.dll lsp
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
lsp_e2e_option() {
  case "$1" in
    --filetype) export LSP_E2E_FILETYPE="$2" ;;
    *) return 1 ;;
  esac
}
source "$here/../lsp-e2e-args.sh"
# isolated state: no user config, no shada, no swap, lsp.log in a temp dir
tmp="$(mktemp -d)"; trap 'rm -rf "$tmp"' EXIT
export XDG_CONFIG_HOME="$tmp/config" XDG_DATA_HOME="$tmp/data" XDG_STATE_HOME="$tmp/state" XDG_CACHE_HOME="$tmp/cache"
# hard wall-clock cap so a hung server can never hang CI
exec timeout --kill-after=5 "${LSP_E2E_WALL:-120}" nvim --headless -n -i NONE --noplugin -u "$here/lsp-e2e.lua" "$file"
