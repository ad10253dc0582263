#!/usr/bin/env bash
# check-benchmark.sh - how long a one-file `skillgap check` takes, against references timed in the same run.
#
# Usage (from anywhere):  bash Benchmarks/check-benchmark.sh [FILE...]   (default: Fixtures/pdf/two-column.pdf)
#                         With several files, each is measured as below, then one table sums them up
#                         (for example every one-page PDF of a folder:
#                         bash Benchmarks/check-benchmark.sh $(for f in DIR/*.pdf; do
#                             pdfinfo "$f" | grep -q '^Pages: *1$' && echo "$f"; done))
#
# Environment:
#   SKILLGAP=PATH   the skillgap binary (default .build/release/skillgap, built with
#                   `swift build -c release --static-swift-stdlib --product skillgap`)
#   ROUNDS=N        rounds (default 5); RUNS=N hyperfine runs per command and round (default 20, after 2 warm-up
#                   runs). Each round times every command of every file in turn, so a machine that speeds up or
#                   slows down during the run affects all of them alike; each figure is the median of the rounds'
#                   means.
#
# Timed, one process per run, on the same file:
#   check           `skillgap check FILE` (hyperfine sends standard output to /dev/null) (target: 20 ms or less for a one-page resume)
#   extract         `skillgap extract FILE`: reading and sectioning alone; check - extract is the rules,
#                   matching, scoring and the report
#   version         `skillgap --version`: starting the process (the loader, poppler-glib's libraries, argument
#                   parsing)
#   poppler floor   Benchmarks/poppler-floor.c (built with cc into a temporary folder) on FILE: a C program
#                   linked to poppler-glib that only opens FILE and reads its text, character boxes, font runs
#                   and links (a PDF's floor: what any program reading it this way pays, process start included)
#   pdftotext       `pdftotext FILE -`, for a PDF, when poppler-utils is installed
# The milliseconds move with the load on a shared machine; the ratios to the references, measured in the same
# rounds, are the figures to compare.
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
[ $# -gt 0 ] || set -- "$root/Fixtures/pdf/two-column.pdf"
skillgap=${SKILLGAP:-$root/.build/release/skillgap}
rounds=${ROUNDS:-5}
runs=${RUNS:-20}

command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 69; }
[ -x "$skillgap" ] || {
    echo "no skillgap binary at $skillgap: swift build -c release --static-swift-stdlib --product skillgap" >&2
    exit 69
}
for file in "$@"; do [ -f "$file" ] || { echo "$file: no such file" >&2; exit 66; }; done

work=$(mktemp -d "${TMPDIR:-/tmp}/skillgap-check-benchmark.XXXXXX")
trap 'rm -rf "$work"' EXIT
# shellcheck disable=SC2046 # pkg-config prints several flags
cc -std=c99 -O2 -o "$work/poppler-floor" "$root/Benchmarks/poppler-floor.c" \
    $(pkg-config --cflags --libs poppler-glib gio-2.0)

# One round of one file: hyperfine's JSON in $work/times-FILE-ROUND.json, the commands' names in $work/names-FILE.
measure() {
    local file=$1 number=$2 round=$3
    local commands=("$skillgap check $file" "$skillgap extract $file" "$skillgap --version")
    local names=(check extract version)
    if [ "${file##*.}" = pdf ]; then
        commands+=("$work/poppler-floor $file")
        names+=("poppler floor")
        if command -v pdftotext >/dev/null; then
            commands+=("pdftotext $file -")
            names+=(pdftotext)
        fi
    fi
    hyperfine -N --warmup 2 --runs "$runs" --style none --export-json "$work/times-$number-$round.json" \
        "${commands[@]}" >/dev/null
    printf '%s\n' "${names[@]}" >"$work/names-$number"
}

for round in $(seq "$rounds"); do
    echo "round $round of $rounds" >&2
    number=0
    for file in "$@"; do
        number=$((number + 1))
        measure "$file" "$number" "$round"
    done
done

python3 - "$work" "$rounds" "$runs" "$(nproc)" "$(cat /proc/loadavg)" "$@" <<'PY'
import json, os, statistics, sys
work, rounds, runs, cores, load, files = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5], sys.argv[6:]
print(f"skillgap check benchmark: {len(files)} file(s), {rounds} rounds of {runs} runs of each command, {cores} cores, load {load}")
print()
rows = []
for number, file in enumerate(files, 1):
    names = open(os.path.join(work, f"names-{number}")).read().splitlines()
    means = {name: [] for name in names}
    for round in range(1, rounds + 1):
        results = json.load(open(os.path.join(work, f"times-{number}-{round}.json")))["results"]
        for name, result in zip(names, results):
            means[name].append(result["mean"] * 1000)
    median = {name: statistics.median(values) for name, values in means.items()}
    print(f"{file}")
    print()
    print("| run | median of the rounds' means | rounds' means from - to |")
    print("|---|---|---|")
    for name in names:
        print(f"| {name} | {median[name]:.1f} ms | {min(means[name]):.1f} - {max(means[name]):.1f} ms |")
    print()
    check = median["check"]
    verdict = "meets target" if check <= 20 else "MISSES TARGET"
    print(f"check:                 {check:.1f} ms   (target <= 20 ms for a one-page resume: {verdict})")
    print(f"check / extract:       {check / median['extract']:.2f}x   ({check - median['extract']:.1f} ms for rules, matching, scoring, report)")
    floor = median.get("poppler floor")
    if floor:
        print(f"check / poppler floor: {check / floor:.2f}x   ({check - floor:.1f} ms over poppler reading the file in its own process)")
    if "pdftotext" in median:
        print(f"check / pdftotext:     {check / median['pdftotext']:.2f}x")
    print()
    rows.append((os.path.basename(file), check, median["extract"], floor))
if len(rows) > 1:
    print("| file | check | extract | poppler floor | check / floor |")
    print("|---|---|---|---|---|")
    for name, check, extract, floor in rows:
        ratio = f"{check / floor:.2f}x" if floor else "-"
        shown = f"{floor:.1f} ms" if floor else "-"
        print(f"| {name} | {check:.1f} ms | {extract:.1f} ms | {shown} | {ratio} |")
    met = sum(1 for row in rows if row[1] <= 20)
    checks = sorted(row[1] for row in rows)
    ratios = sorted(row[1] / row[3] for row in rows if row[3])
    print()
    print(f"{met} of {len(rows)} files checked in 20 ms or less; check from {checks[0]:.1f} to {checks[-1]:.1f} ms, median {statistics.median(checks):.1f} ms")
    if ratios:
        print(f"check / poppler floor from {ratios[0]:.2f}x to {ratios[-1]:.2f}x, median {statistics.median(ratios):.2f}x")
PY
