# Sourced by the Neovim and Emacs harnesses, which take the same options: reads them into the LSP_E2E_*
# variables their editor scripts read, the draft into $file, and leaves the server command in "$@"
# (exported JSON-encoded as LSP_E2E_CMD). A harness reads its own options in lsp_e2e_option NAME VALUE,
# which returns 1 for an option it does not know.
file=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --expect) export LSP_E2E_EXPECT="$2"; shift 2 ;;
    --expect-count) export LSP_E2E_EXPECT_COUNT="$2"; shift 2 ;;
    --hover) export LSP_E2E_HOVER="$2"; shift 2 ;;
    --complete) export LSP_E2E_COMPLETE="$2"; shift 2 ;;
    --definition) export LSP_E2E_DEFINITION="$2"; shift 2 ;;
    --symbols) export LSP_E2E_SYMBOLS="$2"; shift 2 ;;
    --code-action) export LSP_E2E_CODE_ACTION="$2"; shift 2 ;;
    --timeout) export LSP_E2E_TIMEOUT="$2"; shift 2 ;;
    --) shift; break ;;
    --*) lsp_e2e_option "$1" "${2:-}" || { echo "unknown option: $1" >&2; exit 2; }; shift 2 ;;
    *) file="$1"; shift ;;
  esac
done
[[ -n "$file" && $# -gt 0 ]] || { echo "usage: $0 [options] FILE -- SERVER_CMD..." >&2; exit 2; }
# The server command (argv) JSON-encoded, without needing jq.
LSP_E2E_CMD="$(node -e 'console.log(JSON.stringify(process.argv.slice(1)))' -- "$@" 2>/dev/null || python3 -c 'import json,sys;print(json.dumps(sys.argv[1:]))' "$@")"
export LSP_E2E_CMD
