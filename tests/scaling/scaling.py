#!/usr/bin/env python3
"""The scaling test of issue 14 (run it through tests/scaling/run.sh, which builds the server first).

Generates drafts of the shapes that once made `resolint check` super-linear, at each size, runs the check on each
under GNU time, and prints wall time, peak memory and output bytes. A run fails when it crashes, runs out of its
memory cap, exceeds its time limit, or grows more than GROWTH_FACTOR times when its input grows tenfold."""

import argparse
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time

# Ten times the input may cost ten times the work; twice that again absorbs what is not the checker's: the GC
# growing its heap in steps, timer noise on a shared machine, caches. A quadratic step costs 100×, so it shows.
GROWTH_FACTOR = 20

# What a run costs beyond start-up is compared; below these floors a difference is noise, not growth
# (a 100 KB draft checks in a few milliseconds more than an empty one).
TIME_FLOOR_S = 0.25
MEMORY_FLOOR_KB = 32 * 1024
OUTPUT_FLOOR_BYTES = 64 * 1024

# Runs of the empty draft whose fastest is the start-up subtracted from every run's time.
START_UP_RUNS = 3

# A JSON or SARIF finding takes about 1 KB; a draft line 60–100 bytes. A finding on every line is then ~15× the
# input; a hundred times leaves room for several findings per line, while a report that repeats the whole draft
# in each finding (quadratic) passes it on the smallest size already.
OUTPUT_PER_INPUT_BYTE = 100

# Bounds that keep a bad shape from taking the machine: the .NET heap cap turns a blow-up into an out-of-memory
# exit instead of swapping out the neighbours, the output cap stops a quadratic report before it fills the disk,
# and the time limit (start-up plus a generous rate per MB, ~50× what a linear check needs) stops a hang.
HEAP_CAP_BYTES = 4 * 1024**3
OUTPUT_CAP_BYTES = 1024**3
TIME_LIMIT_BASE_S = 30
TIME_LIMIT_PER_MB_S = 9

HEADING = "The General Assembly,\n\n"

# A run over many drafts prints each report as its draft is done (issue 15): ten times the drafts may take ten
# times the time and output, but its peak memory stays that of a few drafts at once, give or take the GC's steps.
MANY_DRAFTS = (1_000, 10_000)
MANY_DRAFTS_MEMORY_FACTOR = 1.3
MANY_DRAFTS_LINES = 100  # 8 KB each: reports held back for ten thousand drafts would show as memory

# Generated lines repeat with this period, well inside the smallest draft (100 KB is ~1,000 lines), so every size
# has the same density of findings and the growth measured is the checker's, not the generator's.
CYCLE = 100


def unclosed_brackets(i):
    return f"\tRecalling its resolution 60/{i % CYCLE + 1} (see [the report (A/60/5, para. 3 of 1 January 2005, and urging [States\n"


def glued_footnote_markers(i):
    # A paragraph whose markers are glued to the words they annotate, then its footnotes, as a PDF copy gives them.
    # The numbers start again every CYCLE paragraphs: a draft ten times longer has ten times the same findings,
    # not markers that grow into numbers read as years.
    n = 4 * (i % CYCLE)
    notes = "".join(f"{n + k} See A/{60 + k}/{i % CYCLE + 1}.\n" for k in range(1, 5))
    return f"\tNoting the Convention{n + 1} and the Protocol{n + 2} and the Declaration{n + 3} and the Programme{n + 4} of Action,\n{notes}"


def doubled_spaces(i):
    return "\tDecides  to  remain  actively  seized  of  the  matter  and  to  consider  it  again;\n"


def citation_per_line(i):
    j = i % CYCLE  # the same mix of citations (and of repeated ones) in every stretch of the draft
    return f"\tRecalling its resolution {j % 7 + 60}/{j + 1} of {j % 28 + 1} December {2005 + j % 7},\n"


def skipped_number(i):
    n = i + 1 if i < 1 else i + 2  # paragraph 2 is missing: every later number is one too high
    return f"\t{n}.\tDecides to continue its consideration of the question at its next session;\n"


def deep_quotes(i):
    return ">" * 200 + " Decides to act;\n\n"


def deep_list(i):
    return "- " * 200 + "item\n"


def deep_numbered_list(i):
    return "1. " * 130 + "Decides\n"


# (name, line maker, file extension, formats): each line maker returns line i of the draft.
SHAPES = [
    ("unclosed-brackets", unclosed_brackets, ".txt", ["json"]),
    ("glued-footnote-markers", glued_footnote_markers, ".txt", ["json"]),
    ("doubled-spaces", doubled_spaces, ".txt", ["json"]),
    ("citation-per-line", citation_per_line, ".txt", ["json"]),
    ("skipped-number", skipped_number, ".txt", ["json", "sarif"]),
    ("deep-quotes", deep_quotes, ".md", ["json"]),
    ("deep-list", deep_list, ".md", ["json"]),
    ("deep-numbered-list", deep_numbered_list, ".md", ["json"]),
]


def write_draft(path, make_line, size):
    with open(path, "w", encoding="utf-8") as f:
        written = f.write(HEADING)
        i = 0
        while written < size:
            written += len(make_line(i).encode("utf-8"))
            f.write(make_line(i))
            i += 1


class Run:
    def __init__(self, seconds, memory_kb, output_bytes, failure):
        self.seconds, self.memory_kb, self.output_bytes, self.failure = seconds, memory_kb, output_bytes, failure


def measure(dll, path, fmt, limit_s):
    env = dict(os.environ, DOTNET_GCHeapHardLimit=hex(HEAP_CAP_BYTES))
    with tempfile.NamedTemporaryFile(suffix=".time", delete=False) as t:
        time_file = t.name
    command = ["/usr/bin/time", "-v", "-o", time_file, "dotnet", dll, "check", "--format", fmt, path]
    started = time.monotonic()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, start_new_session=True)
    why = []

    def stop(reason):
        if process.poll() is None:
            why.append(reason)
            os.killpg(process.pid, signal.SIGKILL)

    timer = threading.Timer(limit_s, stop, [f"no answer within {limit_s} s"])
    timer.start()
    stderr_tail = []
    reader = threading.Thread(target=lambda: stderr_tail.append(process.stderr.read()[-4000:]))
    reader.start()
    output = 0
    while chunk := process.stdout.read(1 << 20):
        output += len(chunk)
        if output > OUTPUT_CAP_BYTES:
            stop(f"output over {OUTPUT_CAP_BYTES // 1024**2} MB")
            break
    code = process.wait()
    timer.cancel()
    reader.join()
    seconds = time.monotonic() - started
    memory_kb = 0
    try:
        with open(time_file, encoding="utf-8") as f:
            m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", f.read())
            memory_kb = int(m.group(1)) if m else 0
    finally:
        os.unlink(time_file)
    failure = why[0] if why else None
    if failure is None and output == 0 and fmt in ("json", "sarif"):  # a report in these formats is never empty
        failure = f"no report, exit {code}" + why_failed(stderr_tail)
    if failure is None and code not in (0, 1):  # 1: findings; 2: an error the CLI reported; else a crash
        failure = f"exit {code}" + why_failed(stderr_tail)
    return Run(seconds, memory_kb, output, failure)


def why_failed(stderr_tail):
    """The line of standard error that names the exception, else its last line."""
    lines = (stderr_tail[0] if stderr_tail else b"").decode("utf-8", "replace").strip().splitlines()
    named = [l for l in lines if "Exception" in l and not l.lstrip().startswith("at ")]
    return f": {(named or lines or [''])[-1].strip()[:160]}" if lines else ""


def growth_failure(small, large, base):
    """Why the larger run grew too fast compared with the one ten times smaller, or None."""
    problems = []
    for label, a, b, floor, start in (
        ("time", small.seconds, large.seconds, TIME_FLOOR_S, base.seconds),
        ("memory", small.memory_kb, large.memory_kb, MEMORY_FLOOR_KB, base.memory_kb),
        ("output", small.output_bytes, large.output_bytes, OUTPUT_FLOOR_BYTES, base.output_bytes),
    ):
        allowed = start + GROWTH_FACTOR * max(a - start, floor)
        if b > allowed:
            problems.append(f"{label} ×{(b - start) / max(a - start, floor):.0f} (allowed ×{GROWTH_FACTOR})")
    return "; ".join(problems) or None


def many_drafts(dll, folder, base):
    """Checks a folder of 1,000 small drafts and one of 10,000; returns the number of failing runs."""
    failures, previous = 0, None
    for count in MANY_DRAFTS:
        drafts = os.path.join(folder, f"many-{count}")
        os.makedirs(drafts, exist_ok=True)
        for i in range(count):
            write_draft(os.path.join(drafts, f"draft-{i}.txt"), citation_per_line, 80 * MANY_DRAFTS_LINES)
        run = measure(dll, drafts, "json", TIME_LIMIT_BASE_S + TIME_LIMIT_PER_MB_S * count * 80 * MANY_DRAFTS_LINES / 1e6)
        verdict = run.failure or (growth_failure(previous, run, base) if previous and not previous.failure else None)
        if not verdict and previous and not previous.failure and run.memory_kb > MANY_DRAFTS_MEMORY_FACTOR * previous.memory_kb:
            verdict = f"peak memory grew ×{run.memory_kb / previous.memory_kb:.1f} with ten times the drafts (allowed ×{MANY_DRAFTS_MEMORY_FACTOR})"
        print(f"{f'{count:,} drafts of 8 KB':<24} {'json':<6} {human(count * 80 * MANY_DRAFTS_LINES, 'B'):>9} {run.seconds:>7.2f}s {human(run.memory_kb, 'KB'):>9} "
              f"{human(run.output_bytes, 'B'):>10}  {'FAIL: ' + verdict if verdict else 'ok'}", flush=True)
        failures += 1 if verdict else 0
        previous = run
    return failures


def human(n, unit):
    if n == 0:
        return "—"  # not measured: the run was stopped
    if unit == "KB":
        return f"{n / 1024:.0f} MB"
    return f"{n / 1024**2:.1f} MB" if n >= 1024**2 else f"{n / 1024:.0f} KB"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dll", required=True)
    parser.add_argument("--sizes", default="100000,1000000,10000000", help="draft sizes in bytes, each ten times the last")
    parser.add_argument("--shape", action="append", help="run only these shapes (repeatable): " + ", ".join(s[0] for s in SHAPES))
    parser.add_argument("--keep", help="write the drafts to this folder and keep them")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    shapes = [s for s in SHAPES if not args.shape or s[0] in args.shape]

    folder = args.keep or tempfile.mkdtemp(prefix="resolint-scaling-")
    os.makedirs(folder, exist_ok=True)
    tiny = os.path.join(folder, "start-up.txt")
    write_draft(tiny, citation_per_line, 200)
    # The fastest of a few runs: the first launch of dotnet reads the runtime from a cold disk cache and can take longer
    # than a 100 KB check after it, and a start-up taken too long leaves the next size's work looking ten times smaller.
    base = min((measure(args.dll, tiny, "json", TIME_LIMIT_BASE_S) for _ in range(START_UP_RUNS)), key=lambda run: run.seconds)
    print(f"start-up (a 200-byte draft, fastest of {START_UP_RUNS}): {base.seconds:.2f} s, {human(base.memory_kb, 'KB')}")
    print(f"{'shape':<24} {'format':<6} {'input':>9} {'time':>8} {'memory':>9} {'output':>10}  verdict")

    failures = 0
    for name, make_line, extension, formats in shapes:
        for fmt in formats:
            previous = None
            for size in sizes:
                path = os.path.join(folder, f"{name}-{size}{extension}")
                if not os.path.exists(path):
                    write_draft(path, make_line, size)
                if previous is not None and previous.failure and previous.failure.startswith(("no answer", "exit", "output over", "no report")):
                    print(f"{name:<24} {fmt:<6} {human(size, 'B'):>9} {'':>8} {'':>9} {'':>10}  SKIPPED (failed at the smaller size)")
                    failures += 1
                    continue
                limit = TIME_LIMIT_BASE_S + TIME_LIMIT_PER_MB_S * size / 1e6
                run = measure(args.dll, path, fmt, limit)
                verdict = run.failure or (growth_failure(previous, run, base) if previous and not previous.failure else None)
                if not verdict and run.output_bytes > OUTPUT_PER_INPUT_BYTE * size + OUTPUT_FLOOR_BYTES:
                    verdict = f"output {run.output_bytes / size:.0f}× the input (allowed {OUTPUT_PER_INPUT_BYTE}×)"
                print(f"{name:<24} {fmt:<6} {human(size, 'B'):>9} {run.seconds:>7.2f}s {human(run.memory_kb, 'KB'):>9} "
                      f"{human(run.output_bytes, 'B'):>10}  {'FAIL: ' + verdict if verdict else 'ok'}", flush=True)
                if verdict:
                    failures += 1
                previous = run
            if not args.keep:
                for size in sizes:
                    p = os.path.join(folder, f"{name}-{size}{extension}")
                    if os.path.exists(p) and fmt == formats[-1]:
                        os.unlink(p)
    failures += many_drafts(args.dll, folder, base)
    if not args.keep:
        os.unlink(tiny)
        shutil.rmtree(folder)
    print(f"{failures} failing run(s)" if failures else "all shapes scale linearly")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
