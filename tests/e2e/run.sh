#!/usr/bin/env bash
# Runs resolint's language server under real clients: a scripted Node client, headless Neovim and Emacs
# with Eglot. Each opens fixtures/draft.md and checks diagnostics, hover, completion, definition and
# document symbols; the Node client also exports it (resolint.export). The last line is "N passed, N failed";
# the exit code is non-zero when one failed.
# usage: run.sh [path/to/resolint.dll | path/to/resolint]   (default: builds server/Resolint in Release)
# Reports land in $E2E_OUT (default ./out/e2e).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
out="${E2E_OUT:-$PWD/out/e2e}"; mkdir -p "$out"
dll="${1:-}"
if [[ -z "$dll" ]]; then
  dll="$repo/server/Resolint/bin/Release/net10.0/resolint.dll"
  dotnet build "$repo/server/Resolint" -c Release -nologo -v q >"$out/build.log" 2>&1 || { cat "$out/build.log"; echo "0 passed, 1 failed"; exit 1; }
fi
dll="$(cd "$(dirname "$dll")" && pwd)/$(basename "$dll")"
# A .dll runs under dotnet; anything else (the NativeAOT build) runs as it is.
if [[ "$dll" == *.dll ]]; then server=(dotnet "$dll" lsp); else server=("$dll" lsp); fi
draft="$here/fixtures/draft.md"

# What the fixture holds (0-based lines): the numbering jumps from 2 to 4 (lines 26 and 28); marker ¹ at
# 16:126 cites footnote 1 (line 30); at 28:4, just after "5. *", a verb that repeats one above is offered.
diag='numbered 4; expected 3'
hover='16:126=Footnote 1'
complete='28:4=Also requests'
definition='16:126=30'
symbols='Operative part|1. Welcomes|Footnote 2'

pass=0; fail=0
check() {  # name, command...
  local name="$1"; shift
  local t0; t0=$(date +%s%N)
  if "$@" > "$out/$name.json" 2> "$out/$name.stderr"; then r=PASS; pass=$((pass+1)); else r=FAIL; fail=$((fail+1)); fi
  printf '%-12s %s %6d ms\n' "$name" "$r" $(( ($(date +%s%N) - t0) / 1000000 ))
  [[ $r == FAIL ]] && sed 's/^/    /' "$out/$name.json" | head -40
  return 0
}

check node node "$here/node/resolint-e2e.js" --file "$draft" --expect-diag "$diag" --expect-diag-count 1 --expect-code RES101 \
  --hover "$hover" --complete "$complete" --definition "$definition" \
  --symbol 'Operative part' --symbol '1. Welcomes' --symbol 'Footnote 2' \
  --export "akn=$out/node-export.xml" --export "txt=$out/node-export.txt" --export-refused pdf -- "${server[@]}"
check neovim "$here/nvim/nvim-lsp-e2e.sh" --expect "$diag" --expect-count 1 --hover "$hover" --complete "$complete" \
  --definition "$definition" --symbols "$symbols" "$draft" -- "${server[@]}"
check emacs "$here/emacs/eglot-e2e.sh" --expect "$diag" --expect-count 1 --hover "$hover" --complete "$complete" \
  --definition "$definition" --symbols "$symbols" "$draft" -- "${server[@]}"

# The same clients in a folder whose .resolint.json names a catalogue of the UN's (two entries of its JSON lines):
# 78/217 is cited with a wrong date (RES505 and its fix at 2:40); hover on it shows the catalogue's title; after
# "resolution 78/2" (4:35) completion offers 78/218, which neither the draft nor the bundled corpus mentions.
catalogue_draft="$here/fixtures/catalogue/draft.md"
cdiag='adopted on 19 December 2023, not 20 December 2023'
chover='2:30=Protection of migrants'
ccomplete='4:35=78/218'
cfix='2:40=19 December 2023'
check node-catalogue node "$here/node/resolint-e2e.js" --file "$catalogue_draft" --expect-diag "$cdiag" --expect-diag-count 1 \
  --expect-code RES505 --hover "$chover" --complete "$ccomplete" --code-action "$cfix" -- "${server[@]}"
check neovim-catalogue "$here/nvim/nvim-lsp-e2e.sh" --expect "$cdiag" --expect-count 1 --hover "$chover" \
  --complete "$ccomplete" --code-action "$cfix" "$catalogue_draft" -- "${server[@]}"
check emacs-catalogue "$here/emacs/eglot-e2e.sh" --expect "$cdiag" --expect-count 1 --hover "$chover" \
  --complete "$ccomplete" --code-action "$cfix" "$catalogue_draft" -- "${server[@]}"

echo "$pass passed, $fail failed"
[[ $fail -eq 0 ]]
