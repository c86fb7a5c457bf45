#!/usr/bin/env bash
# The benchmark of issue 15 in one run, on the same files and the same machine (docs/benchmarks.md):
#   1. CPU of a CLI check of a folder of Markdown drafts: resolint's builds, and markdownlint-cli2 (installed from npm
#      into tests/bench/.tools), as ratios;
#   2. the language server's keystroke latency (tests/e2e/bench/latency.js) on a 100 KB and a 1 MB draft, and on the
#      largest of the drafts (a real resolution where the folder is the devset's): each keystroke sent as soon as the
#      last one's diagnostics are in, the worst case, and at 1 MB also at a drafter's pace (GAP ms between keystrokes);
#   3. the peak memory of one check of 10,000 drafts (copies of the folder's drafts).
# Each CPU figure and each latency figure is the median of --runs runs (default 3): one run's p99 of 200 keystrokes is
# its second slowest keystroke, and one slow moment of a shared machine moves it by milliseconds.
# resolint's builds are those the tool packages carry (docs/ci.md): NativeAOT; framework-dependent compiled ahead of
# time (ReadyToRun) for one platform, as for the platforms without a native package; and the portable framework-
# dependent build (`any`), measured for the CLI and the 100 KB draft only.
# usage: bash tests/bench/compare.sh [--drafts FOLDER] [--keystrokes N] [--many N] [--runs N]
# FOLDER defaults to ../shared/devset/texts_md beside the project, else the bundled seeds. Prints a Markdown table.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
drafts="$root/../shared/devset/texts_md"; [[ -d "$drafts" ]] || drafts="$root/seeds"
keystrokes=200
many=10000
runs=3
# markdownlint-cli2 as the issue measured it; pinned so that ratios compare across runs.
markdownlint_version=0.24.1
while [[ $# -gt 0 ]]; do
  case "$1" in
    --drafts) drafts="$(cd "$2" && pwd)"; shift 2 ;;
    --keystrokes) keystrokes="$2"; shift 2 ;;
    --many) many="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
done
if [[ ! -x /usr/bin/time ]]; then
  as_root=(); [[ $EUID -ne 0 ]] && as_root=(sudo -n)
  "${as_root[@]}" apt-get update -qq >/dev/null && "${as_root[@]}" apt-get install -y -qq time >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "building the three builds and installing markdownlint-cli2 $markdownlint_version ..." >&2
rid=$(dotnet --info | sed -n 's/^ *RID: *//p' | head -n 1)
dotnet publish "$root/server/Resolint" -c Release -p:PublishAot=false -o "$work/portable" --nologo -v q >/dev/null
portable=(dotnet "$work/portable/resolint.dll")
dotnet publish "$root/server/Resolint" -c Release -r "$rid" -p:PublishAot=false -o "$work/ahead" --nologo -v q >/dev/null
framework=(dotnet "$work/ahead/resolint.dll")
dotnet publish "$root/server/Resolint" -c Release -r "$rid" -p:PublishAot=true -o "$work/aot" --nologo -v q >/dev/null
aot=("$work/aot/resolint")
tools="$root/tests/bench/.tools"
if [[ ! -x "$tools/node_modules/.bin/markdownlint-cli2" ]]; then
  mkdir -p "$tools"
  npm install --prefix "$tools" --no-audit --no-fund --loglevel=error "markdownlint-cli2@$markdownlint_version" >/dev/null
fi
markdownlint=("$tools/node_modules/.bin/markdownlint-cli2")
(cd "$root/tests/e2e/node" && [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error >/dev/null)

# CPU seconds (user + system) and peak resident memory (MB) of one command; its exit code is not the point (a
# check that finds problems exits 1, and time then writes a line saying so before its own).
measure() {
  /usr/bin/time -f "%U %S %M" -o "$work/time" "$@" >/dev/null 2>&1 || true
  tail -n 1 "$work/time" | awk '{ printf "%.2f %.0f\n", $1 + $2, $3 / 1024 }'
}

# The median, column by column, of lines of numbers read from standard input.
median() {
  awk '{ for (i = 1; i <= NF; i++) v[i, NR] = $i; if (NF > n) n = NF }
       END { for (i = 1; i <= n; i++) { m = 0; for (r = 1; r <= NR; r++) c[++m] = v[i, r]
             for (a = 2; a <= m; a++) { x = c[a]; for (b = a - 1; b >= 1 && c[b] > x; b--) c[b + 1] = c[b]; c[b + 1] = x }
             printf "%s%s", c[int((m + 1) / 2)], (i < n ? " " : "\n") } }'
}
# A command's CPU seconds, the median of --runs runs.
cpu() { for ((r = 0; r < runs; r++)); do measure "$@" | cut -d' ' -f1; done | median; }

files=$(find "$drafts" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) | wc -l)
bytes=$(find "$drafts" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) -exec cat {} + | wc -c)
cpu_aot=$(cpu "${aot[@]}" check "$drafts")
cpu_fd=$(cpu "${framework[@]}" check "$drafts")
cpu_any=$(cpu "${portable[@]}" check "$drafts")
# markdownlint-cli2 reads its globs relative to the working folder; no configuration, its default rules.
cpu_ml=$(cd "$drafts" && cpu "${markdownlint[@]}" "*.md" "*.txt")

# A drafter typing fast leaves 100-200 ms between keystrokes.
pace=150
latency() { # build size-or-file → "p50 p99 start", each the median of --runs runs; GAP ms between keystrokes (default 0)
  local draft=(--size "$2"); [[ -f "$2" ]] && draft=(--draft "$2")
  for ((r = 0; r < runs; r++)); do
    node "$root/tests/e2e/bench/latency.js" --starts 3 --keystrokes "$keystrokes" --gap "${GAP:-0}" "${draft[@]}" -- "${@:3}" \
      | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{const r=JSON.parse(s);console.log(r.keystroke.p50, r.keystroke.p99, r.coldStart.p50)})'
  done | median
}
read -r aot_p50 aot_p99 aot_start < <(latency aot 102400 "${aot[@]}" lsp)
read -r aot_p50m aot_p99m _ < <(latency aot 1048576 "${aot[@]}" lsp)
read -r fd_p50 fd_p99 fd_start < <(latency framework 102400 "${framework[@]}" lsp)
read -r fd_p50m fd_p99m _ < <(latency framework 1048576 "${framework[@]}" lsp)
read -r aot_p50p aot_p99p _ < <(GAP=$pace latency aot 1048576 "${aot[@]}" lsp)
read -r fd_p50p fd_p99p _ < <(GAP=$pace latency framework 1048576 "${framework[@]}" lsp)
read -r any_p50 any_p99 any_start < <(latency portable 102400 "${portable[@]}" lsp)
largest=$(find "$drafts" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) -printf '%s %p\n' | sort -n | tail -n 1 | cut -d' ' -f2-)
read -r aot_p50l aot_p99l _ < <(latency aot "$largest" "${aot[@]}" lsp)
read -r fd_p50l fd_p99l _ < <(latency framework "$largest" "${framework[@]}" lsp)
read -r any_p50l any_p99l _ < <(latency portable "$largest" "${portable[@]}" lsp)

mkdir -p "$work/many"
mapfile -t sources < <(find "$drafts" -maxdepth 1 -type f \( -name '*.md' -o -name '*.txt' \) | sort)
for ((i = 0; i < many; i++)); do
  src="${sources[i % ${#sources[@]}]}"
  cp "$src" "$work/many/$i-$(basename "$src")"
done
read -r _ peak_aot < <(measure "${aot[@]}" check --format json "$work/many")
read -r _ peak_fd < <(measure "${framework[@]}" check --format json "$work/many")

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.0f×" : "—"), a / b }'; }
cat <<REPORT
Run of $(date -u '+%Y-%m-%d %H:%M') UTC on $(nproc) cores (load average $(cut -d' ' -f1-3 /proc/loadavg)); drafts: $files files, $((bytes / 1024)) KB ($drafts); CPU and latency figures the median of $runs runs.

| What | resolint NativeAOT | resolint framework-dependent, ReadyToRun | resolint portable (\`any\`) | markdownlint-cli2 $markdownlint_version |
|---|---:|---:|---:|---:|
| CPU of one check of the drafts | ${cpu_aot} s ($(ratio "$cpu_ml" "$cpu_aot") less) | ${cpu_fd} s ($(ratio "$cpu_ml" "$cpu_fd") less) | ${cpu_any} s ($(ratio "$cpu_ml" "$cpu_any") less) | ${cpu_ml} s |
| Server start (spawn → initialize answered), p50 | ${aot_start} ms | ${fd_start} ms | ${any_start} ms | |
| Keystroke → diagnostics, 100 KB draft, p50 / p99 | ${aot_p50} / ${aot_p99} ms | ${fd_p50} / ${fd_p99} ms | ${any_p50} / ${any_p99} ms | |
| Keystroke → diagnostics, 1 MB draft, p50 / p99 | ${aot_p50m} / ${aot_p99m} ms | ${fd_p50m} / ${fd_p99m} ms | | |
| The same, typed at a drafter's pace ($pace ms between keystrokes), p50 / p99 | ${aot_p50p} / ${aot_p99p} ms | ${fd_p50p} / ${fd_p99p} ms | | |
| Keystroke → diagnostics, the largest draft ($(basename "$largest"), $(($(wc -c < "$largest") / 1024)) KB), p50 / p99 | ${aot_p50l} / ${aot_p99l} ms | ${fd_p50l} / ${fd_p99l} ms | ${any_p50l} / ${any_p99l} ms | |
| Peak memory, one check of $many drafts | ${peak_aot} MB | ${peak_fd} MB | | |
REPORT
