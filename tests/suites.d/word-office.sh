#!/usr/bin/env bash
# Exported Word documents open in a real office suite: each seed is exported with `resolint export --to docx`, and
# LibreOffice (headless, one start for all the files) converts them to text and to PDF. The text LibreOffice reads
# must be the words resolint reads back from the same file (italics, escapes and notes aside: LibreOffice's text
# leaves out the footnotes' texts and shows each marker as its number), and each PDF must hold pages.
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet build "$root/server/Resolint" -c Release --nologo -v q >/dev/null || { echo "0 passed, 1 failed"; exit 1; }
resolint=(dotnet "$root/server/Resolint/bin/Release/net10.0/resolint.dll")

seeds=("$root"/seeds/*.txt)
for seed in "${seeds[@]}"; do
  "${resolint[@]}" export "$seed" --to docx -o "$work/$(basename "$seed" .txt).docx"
done

# A profile of its own, so that no running LibreOffice and no user settings take part.
office=(soffice -env:UserInstallation="file://$work/profile" --headless --norestore)
"${office[@]}" --convert-to "txt:Text (encoded):UTF8" --outdir "$work/txt" "$work"/*.docx >/dev/null 2>&1
"${office[@]}" --convert-to pdf --outdir "$work/pdf" "$work"/*.docx >/dev/null 2>&1

# Words only: white space as one space; from resolint's reading, the notes after the rule, italics, escapes and marker brackets out.
words() { tr -s '[:space:]' ' ' | sed 's/^ //; s/ $//'; }
read_back() {
  "${resolint[@]}" export "$1" --to md | sed '/^__________________$/,$d' \
    | sed 's/\\\*/\x01/g; s/\*//g; s/\x01/*/g; s/\[^\([0-9]*\)\]/\1/g; s/\\\(.\)/\1/g' | words
}

passed=0; failed=0
for docx in "$work"/*.docx; do
  name="$(basename "$docx" .docx)"
  txt="$work/txt/$name.txt"; pdf="$work/pdf/$name.pdf"
  if [[ ! -s "$txt" ]]; then
    echo "FAIL $name: LibreOffice did not convert it to text"; failed=$((failed + 1)); continue
  fi
  office_words="$(sed '1s/^\xEF\xBB\xBF//' "$txt" | words)"
  resolint_words="$(read_back "$docx")"
  if [[ "$office_words" != "$resolint_words" ]]; then
    echo "FAIL $name: LibreOffice's text differs from resolint's reading"
    diff <(echo "$resolint_words" | tr ' ' '\n') <(echo "$office_words" | tr ' ' '\n') | head -10
    failed=$((failed + 1)); continue
  fi
  if [[ ! -s "$pdf" ]] || ! head -c 5 "$pdf" | grep -q '%PDF-' || ! grep -aq '/Type */Page[^s]' "$pdf"; then
    echo "FAIL $name: LibreOffice made no PDF with pages of it"; failed=$((failed + 1)); continue
  fi
  echo "ok $name: $(echo "$office_words" | wc -w) words alike, $(grep -ac '/Type */Page[^s]' "$pdf") PDF page(s)"
  passed=$((passed + 1))
done
[[ $passed -eq ${#seeds[@]} ]] || failed=$((failed > 0 ? failed : 1))
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
