#!/usr/bin/env bash
# batch-benchmark.sh - throughput and memory of `skillgap batch` on a generated corpus of resumes.
#
# Usage (from anywhere):  bash Benchmarks/batch-benchmark.sh [COUNT]      (COUNT PDFs, default 1000)
#                         CORPUS=DIR bash Benchmarks/batch-benchmark.sh   (the PDFs under DIR instead)
#
# Environment:
#   CORPUS=DIR                 measure the PDFs found under DIR (`find DIR -name '*.pdf' -type f`, recursively)
#                              instead of generating a corpus; COUNT and SEED are then ignored. See below.
#   SKILLGAP=PATH              use this skillgap binary instead of `swift build -c release --static-swift-stdlib --product skillgap`
#   EXTRACTION_BENCHMARK=PATH  the extraction-benchmark binary for the scoring share (default:
#                              .build/release/extraction-benchmark if it exists; skipped otherwise)
#   EXTRACTION_SAMPLE=N        PDFs given to extraction-benchmark (default 200, spread over the corpus)
#   MEMORY_FILES=N             also generate N PDFs (e.g. 10000) and report batch's peak memory on them
#   REPEAT=N                   run each measurement N times, keep the fastest (default 1)
#   SEED=N                     corpus seed (default 1)
#   KEEP=1                     keep the temporary folder with the corpus and rankings
#
# What is measured, on the same corpus, in the same run:
#   (a) reference: `pdftotext FILE -` once per PDF in a shell loop (one process per file, one core), the
#       usual way to script a batch of PDFs, over OUT/pdf only;
#   (b) `skillgap batch OUT --jobs 1`            all files (PDFs, HTML and text), one worker;
#   (c) `skillgap batch OUT --jobs $(nproc)`     the same with one worker per core;
#   (d) `skillgap batch OUT/pdf --jobs 1`        the PDFs alone, to set against extraction-benchmark's
#       in-process time for the same PDFs: scoring share = 1 - extraction ms per PDF / (d) ms per PDF.
#       "Scoring" is everything batch adds to extraction and sectioning: matching, checks, the score, the
#       CSV, and the process start (~0.1 s) spread over the files. extraction-benchmark keeps the fastest of
#       three passes, so the share leans a little high;
#   (e) `skillgap batch OUT/pdf --jobs $(nproc)` the PDFs alone: the same files as (a), for the speedup
#       against pdftotext (HTML and text files cost less than PDFs, so (c) would flatter skillgap);
#   (f) the poppler floor: Benchmarks/poppler-floor.c (built with cc into the temporary folder) on the PDFs
#       of (d), one thread, run right after (d): poppler-glib alone opening each PDF from memory and getting
#       every page's text, character boxes, font runs and links, the calls skillgap makes, and nothing of
#       skillgap's own work. floor ratio = (d) / (f) (target <= 1.5x): what skillgap's one-worker batch
#       costs over the poppler work it cannot avoid, process start and scoring included;
#   (g) the same floor with --keep-global-parameters: one blank document kept open for the run, as skillgap
#       does, so poppler sets up its global parameters once instead of once per file; floor ratio (d) / (g)
#       is the stricter figure (poppler used as well as skillgap uses it);
#   (t) `skillgap batch OUT/pdf --jobs 1 --timings`: each worker times reading (extraction and sections) and
#       scoring for every file; the scoring share is scoring / (reading + scoring), in the same process;
#   (m) with MEMORY_FILES=N: `skillgap batch` with all jobs on N more PDFs, for the peak memory.
# Each command is timed with `date +%s.%N` around it; peak memory is the maximum resident set of the
# largest process, from `/usr/bin/time -f %M` (for the pdftotext loop: the largest pdftotext).
#
# Why ratios: the project's machine is shared and noisy, so absolute seconds move from run to run. The
# figures to watch are the ratios, measured back to back on the same files: batch with all jobs against
# the pdftotext loop on the same PDFs (target >= 2x), all jobs against one job (target >= 1.8x on 2 cores),
# and the peak memory (target < 200 MB). The load average is printed with them. REPEAT=3 steadies them.
#
# With CORPUS=DIR, the PDFs under DIR are symlinked (never copied) into OUT/pdf, one link each, named
# NNNNN-NAME.pdf, so that every measurement runs unchanged on them. OUT then holds no HTML or text files:
# (b) and (c) still run, on the PDFs alone (so (b) repeats (d) and (c) repeats (e)), and the mixed-corpus
# line is left out. A real corpus may hold PDFs that skillgap cannot analyze (encrypted, image-only): the batch
# then exits 65, which is accepted in this mode; the failed rows are counted and printed, and the floor runs on
# the same files (it cannot open the encrypted ones either, and says so on standard error).
#
# The rankings are written with -o into the temporary folder, not to /dev/null: `-o /dev/null` replaces
# /dev/null with a regular file when run as root (skillgap creates the -o file by atomic rename), and the
# files let the script check that every input has one row and none failed.
# shellcheck disable=SC2154 # seconds_NAME and kb_NAME are set by measure, with printf -v
set -euo pipefail

count="${1:-1000}"
seed="${SEED:-1}"
case "$count$seed${REPEAT:-1}${MEMORY_FILES:-0}" in *[!0-9]*) echo "usage: bash Benchmarks/batch-benchmark.sh [COUNT]  (COUNT, SEED, REPEAT, MEMORY_FILES: numbers)" >&2; exit 64 ;; esac
repeat="${REPEAT:-1}"
[ "$repeat" -ge 1 ] || repeat=1
sample="${EXTRACTION_SAMPLE:-200}"
jobs_all="$(nproc)"
corpus_dir=""
if [ -n "${CORPUS:-}" ]; then
    [ -d "$CORPUS" ] || { echo "batch-benchmark: CORPUS=$CORPUS is not a folder" >&2; exit 66; }
    corpus_dir="$(cd "$CORPUS" && pwd)" # before the cd below: CORPUS may be relative
fi

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
cd "$repo"

say() { printf '%s\n' "$*" >&2; }

# ---------------------------------------------------------------- tools

# Installs a Debian package when a tool is missing (as root, or through sudo).
install_package() {
    local package="$1" prefix=""
    [ "$(id -u)" -eq 0 ] || prefix="sudo"
    say "batch-benchmark: installing $package with apt-get"
    $prefix apt-get install -y "$package" >/dev/null || { $prefix apt-get update >/dev/null && $prefix apt-get install -y "$package" >/dev/null; }
}

if ! command -v pdftotext >/dev/null 2>&1; then
    install_package poppler-utils || { say "batch-benchmark: pdftotext is missing and poppler-utils could not be installed"; exit 69; }
fi
if [ ! -x /usr/bin/time ]; then
    install_package time || say "batch-benchmark: /usr/bin/time is missing and could not be installed: no peak memory"
fi
have_time=0
[ -x /usr/bin/time ] && have_time=1
if [ -z "$corpus_dir" ] || [ "${MEMORY_FILES:-0}" -gt 0 ]; then
    pkg-config --exists cairo || { say "batch-benchmark: cairo development files are missing (apt-get install libcairo2-dev)"; exit 69; }
fi
pkg-config --exists poppler-glib gio-2.0 || { say "batch-benchmark: poppler-glib development files are missing (apt-get install libpoppler-glib-dev)"; exit 69; }

if [ -n "${SKILLGAP:-}" ]; then
    skillgap="$SKILLGAP"
else
    say "batch-benchmark: swift build -c release --static-swift-stdlib --product skillgap"
    swift build -c release --static-swift-stdlib --product skillgap >&2
    skillgap="$(swift build -c release --static-swift-stdlib --show-bin-path)/skillgap"
fi
[ -x "$skillgap" ] || { say "batch-benchmark: $skillgap is not an executable"; exit 66; }

extraction_benchmark="${EXTRACTION_BENCHMARK:-}"
if [ -z "$extraction_benchmark" ] && [ -x .build/release/extraction-benchmark ]; then
    extraction_benchmark="$repo/.build/release/extraction-benchmark"
elif [ -n "$extraction_benchmark" ] && [ ! -x "$extraction_benchmark" ]; then
    say "batch-benchmark: EXTRACTION_BENCHMARK=$extraction_benchmark is not an executable: no scoring share"
fi

# ---------------------------------------------------------------- corpus

tmp="$(mktemp -d "${TMPDIR:-/tmp}/skillgap-batch-benchmark.XXXXXX")"
if [ "${KEEP:-0}" = 1 ]; then
    say "batch-benchmark: keeping $tmp"
else
    trap 'rm -rf "$tmp"' EXIT
fi

# shellcheck disable=SC2046
cc -std=c99 -O2 -o "$tmp/poppler-floor" "$here/poppler-floor.c" $(pkg-config --cflags --libs poppler-glib gio-2.0)
if [ -z "$corpus_dir" ] || [ "${MEMORY_FILES:-0}" -gt 0 ]; then
    # shellcheck disable=SC2046
    cc -std=c99 -O2 -o "$tmp/generate-corpus" "$here/generate-corpus.c" $(pkg-config --cflags --libs cairo)
fi
corpus="$tmp/corpus"
if [ -n "$corpus_dir" ]; then
    # One symlink per PDF, numbered (names may repeat across folders), the name kept to safe characters.
    mkdir -p "$corpus/pdf"
    n=0
    while IFS= read -r -d '' f; do
        n=$((n + 1))
        name="$(basename "$f" .pdf)"
        name="${name//[!A-Za-z0-9._+-]/_}"
        ln -s "$f" "$corpus/pdf/$(printf '%05d' "$n")-$name.pdf"
    done < <(find "$corpus_dir" -name '*.pdf' -type f -print0 | sort -z)
    [ "$n" -gt 0 ] || { say "batch-benchmark: no PDF under $corpus_dir"; exit 66; }
    say "batch-benchmark: $n PDFs under $corpus_dir, linked into $corpus/pdf"
else
    start=$(date +%s.%N)
    "$tmp/generate-corpus" "$corpus" "$count" "$seed" >&2
    end=$(date +%s.%N)
    say "batch-benchmark: generated in $(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.1f", e - s }') s"
fi
# -L: in CORPUS mode the PDFs are symlinks. The floor's list is the files (d) reads, in batch's order.
find -L "$corpus/pdf" -type f | sort > "$tmp/pdf-list"
pdfs=$(wc -l < "$tmp/pdf-list")
all_files=$(find -L "$corpus" -type f | wc -l)
find -L "$corpus" -type f -exec cat {} + >/dev/null # into the page cache, so that no run pays for the disk

# ---------------------------------------------------------------- measuring

# In CORPUS mode a batch may exit 65 (some files could not be analyzed) and its ranking may hold failed rows;
# failures_ok=1 accepts both, and the failed rows are reported. The memory run, on generated PDFs, sets it to 0.
failures_ok=0
[ -n "$corpus_dir" ] && failures_ok=1

# measure NAME COMMAND...: runs the command $repeat times; sets seconds_NAME (fastest) and kb_NAME (largest
# peak resident set, or empty without /usr/bin/time). The command's status must be 0 (or 65 with failures_ok=1).
measure() {
    local name="$1" best="" peak="" round s e kb status
    shift
    for ((round = 1; round <= repeat; round++)); do
        s=$(date +%s.%N)
        status=0
        if [ "$have_time" = 1 ]; then
            /usr/bin/time -f %M -o "$tmp/time.$name" "$@" || status=$?
        else
            "$@" || status=$?
        fi
        e=$(date +%s.%N)
        if [ "$status" -ne 0 ] && ! { [ "$failures_ok" = 1 ] && [ "$status" -eq 65 ]; }; then
            say "batch-benchmark: ($name) $* exited with $status"
            exit 1
        fi
        best=$(awk -v s="$s" -v e="$e" -v b="$best" 'BEGIN { t = e - s; if (b == "" || t < b) b = t; printf "%.3f", b }')
        if [ "$have_time" = 1 ]; then
            kb=$(tail -n 1 "$tmp/time.$name")
            if [ -z "$peak" ] || [ "$kb" -gt "$peak" ]; then peak="$kb"; fi
        fi
    done
    printf -v "seconds_$name" '%s' "$best"
    printf -v "kb_$name" '%s' "$peak"
}

pdftotext_loop() {
    local f
    # A PDF pdftotext cannot read (encrypted, with CORPUS=DIR) says so on stderr and the loop goes on.
    for f in "$1"/*.pdf; do pdftotext "$f" - >/dev/null || :; done
}
export -f pdftotext_loop

# poppler_floor BINARY LIST OUT [--keep-global-parameters]: the floor on the PDFs listed in LIST, its line
# appended to OUT.
poppler_floor() { "$1" ${4:+"$4"} - < "$2" >> "$3"; }
export -f poppler_floor

# check_ranking CSV EXPECTED: one row per input file, none failed (a failed row has the status "failed"),
# unless failures_ok=1.
check_ranking() {
    local rows failed
    rows=$(($(wc -l < "$1") - 1))
    failed=$(grep -c ',failed,' "$1" || true)
    if [ "$rows" -ne "$2" ] || { [ "$failed" -ne 0 ] && [ "$failures_ok" != 1 ]; }; then
        say "batch-benchmark: $1: $rows rows for $2 files, $failed failed"
        exit 1
    fi
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
say "batch-benchmark: (a) pdftotext loop over $pdfs PDFs"
# shellcheck disable=SC2016 # "$1" is bash -c's
measure a bash -c 'pdftotext_loop "$1"' _ "$corpus/pdf"
say "batch-benchmark: (b) skillgap batch, 1 job, $all_files files"
measure b "$skillgap" batch "$corpus" --jobs 1 -q --format csv -o "$tmp/ranking-b.csv"
check_ranking "$tmp/ranking-b.csv" "$all_files"
say "batch-benchmark: (c) skillgap batch, $jobs_all jobs, $all_files files"
measure c "$skillgap" batch "$corpus" --jobs "$jobs_all" -q --format csv -o "$tmp/ranking-c.csv"
check_ranking "$tmp/ranking-c.csv" "$all_files"
cmp -s "$tmp/ranking-b.csv" "$tmp/ranking-c.csv" || { say "batch-benchmark: the rankings with 1 and $jobs_all jobs differ"; exit 1; }
say "batch-benchmark: (d) skillgap batch, 1 job, $pdfs PDFs"
measure d "$skillgap" batch "$corpus/pdf" --jobs 1 -q --format csv -o "$tmp/ranking-d.csv"
check_ranking "$tmp/ranking-d.csv" "$pdfs"
say "batch-benchmark: (f) poppler floor, 1 thread, $pdfs PDFs"
: > "$tmp/floor.out"
measure f bash -c 'poppler_floor "$@"' _ "$tmp/poppler-floor" "$tmp/pdf-list" "$tmp/floor.out"
# The run with the fastest loop by poppler-floor's own clock: "poppler-floor: FILES files, PAGES pages, SECONDS s".
floor_line=$(sort -t, -k3,3 -g < "$tmp/floor.out" | head -n 1)
say "batch-benchmark: (g) poppler floor keeping its global parameters, 1 thread, $pdfs PDFs"
: > "$tmp/floor-kept.out"
measure g bash -c 'poppler_floor "$@"' _ "$tmp/poppler-floor" "$tmp/pdf-list" "$tmp/floor-kept.out" --keep-global-parameters
floor_kept_line=$(sort -t, -k3,3 -g < "$tmp/floor-kept.out" | head -n 1)
say "batch-benchmark: (e) skillgap batch, $jobs_all jobs, $pdfs PDFs"
measure e "$skillgap" batch "$corpus/pdf" --jobs "$jobs_all" -q --format csv -o "$tmp/ranking-e.csv"
check_ranking "$tmp/ranking-e.csv" "$pdfs"

# The scoring share measured inside one batch: each worker times reading (extraction and sections) and
# scoring (matching, requirements, score) for every file; `--timings` prints the sums.
say "batch-benchmark: (t) skillgap batch --timings, 1 job, $pdfs PDFs"
status=0
"$skillgap" batch "$corpus/pdf" --jobs 1 -q --timings --format csv -o "$tmp/ranking-t.csv" 2> "$tmp/timings.t" || status=$?
if [ "$status" -ne 0 ] && ! { [ "$failures_ok" = 1 ] && [ "$status" -eq 65 ]; }; then
    say "batch-benchmark: (t) skillgap batch --timings exited with $status"
    cat "$tmp/timings.t" >&2
    exit 1
fi
timings_line=$(grep '^timings:' "$tmp/timings.t" || true)

extract_ms=""
if [ -n "$extraction_benchmark" ] && [ -x "$extraction_benchmark" ]; then
    # A sample spread over the corpus (every k-th PDF): extraction-benchmark warms up and then runs every
    # file 9 times, so all 1,000 would take long; the PDFs are alike, so the mean per file holds.
    step=$(( (pdfs + sample - 1) / sample ))
    mapfile -t picked < <(find "$corpus/pdf" -name '*.pdf' | sort | awk -v k="$step" '(NR - 1) % k == 0')
    say "batch-benchmark: extraction-benchmark --rounds 1 on ${#picked[@]} PDFs"
    extract_ms=$("$extraction_benchmark" --rounds 1 "${picked[@]}" | awk '/^skillgap extract/ { print $4 }')
fi
load_after=$(cut -d' ' -f1-3 /proc/loadavg)

memory_seconds="" kb_m=""
if [ "${MEMORY_FILES:-0}" -gt 0 ]; then
    say "batch-benchmark: generating $MEMORY_FILES PDFs for the memory run"
    failures_ok=0
    "$tmp/generate-corpus" "$tmp/memory" "$MEMORY_FILES" "$seed" >&2
    rm -rf "$tmp/memory/other"
    say "batch-benchmark: (m) skillgap batch, $jobs_all jobs, $MEMORY_FILES PDFs"
    measure m "$skillgap" batch "$tmp/memory" --jobs "$jobs_all" -q --format csv -o "$tmp/ranking-m.csv"
    check_ranking "$tmp/ranking-m.csv" "$MEMORY_FILES"
    memory_seconds="$seconds_m"
fi

# ---------------------------------------------------------------- report

row() { # row LABEL FILES SECONDS KB
    awk -v l="$1" -v n="$2" -v s="$3" -v kb="$4" 'BEGIN {
        mb = kb == "" ? "n/a" : sprintf("%.1f", kb / 1024)
        printf "| %-44s | %6d | %8.2f | %8.1f | %8.2f | %7s |\n", l, n, s, n / s, 1000 * s / n, mb }'
}

echo
if [ -n "$corpus_dir" ]; then
    echo "skillgap batch benchmark: $pdfs PDFs under $corpus_dir (CORPUS; (b) and (c) on the same PDFs), best of $repeat"
else
    echo "skillgap batch benchmark: $count generated PDFs (seed $seed) + $((all_files - pdfs)) HTML and text files, best of $repeat"
fi
echo
echo "| run                                          |  files |  seconds |  files/s |  ms/file | peak MB |"
echo "|----------------------------------------------|--------|----------|----------|----------|---------|"
row "(a) pdftotext FILE - loop (PDFs only)" "$pdfs" "$seconds_a" "$kb_a"
row "(b) skillgap batch --jobs 1" "$all_files" "$seconds_b" "$kb_b"
row "(c) skillgap batch --jobs $jobs_all" "$all_files" "$seconds_c" "$kb_c"
row "(d) skillgap batch --jobs 1 (PDFs only)" "$pdfs" "$seconds_d" "$kb_d"
row "(e) skillgap batch --jobs $jobs_all (PDFs only)" "$pdfs" "$seconds_e" "$kb_e"
row "(f) poppler floor, 1 thread (PDFs only)" "$pdfs" "$seconds_f" "$kb_f"
row "(g) poppler floor keeping global parameters" "$pdfs" "$seconds_g" "$kb_g"
[ -n "$memory_seconds" ] && row "(m) skillgap batch --jobs $jobs_all (memory run)" "$MEMORY_FILES" "$seconds_m" "$kb_m"
echo

# verdict VALUE TARGET higher|lower|at-most
verdict() { awk -v v="$1" -v t="$2" -v way="$3" 'BEGIN { ok = way == "higher" ? v >= t : way == "lower" ? v < t : v <= t; print ok ? "meets target" : "MISSES TARGET" }'; }
line() { printf '%-28s %s\n' "$1" "$2"; } # line LABEL TEXT

speedup=$(awk -v a="$seconds_a" -v e="$seconds_e" 'BEGIN { printf "%.2f", a / e }')
mixed=$(awk -v a="$seconds_a" -v na="$pdfs" -v c="$seconds_c" -v nc="$all_files" 'BEGIN { printf "%.2f", (nc / c) / (na / a) }')
scaling=$(awk -v b="$seconds_b" -v c="$seconds_c" 'BEGIN { printf "%.2f", b / c }')
floor_ratio=$(awk -v d="$seconds_d" -v f="$seconds_f" 'BEGIN { printf "%.2f", d / f }')
floor_kept_ratio=$(awk -v d="$seconds_d" -v g="$seconds_g" 'BEGIN { printf "%.2f", d / g }')
peak_kb=$(printf '%s\n' "$kb_b" "$kb_c" "$kb_d" "$kb_e" "$kb_m" | grep . | sort -n | tail -n 1 || true)

line "batch vs pdftotext loop:" "${speedup}x, $jobs_all jobs on the same PDFs, (a)/(e)   (target >= 2x: $(verdict "$speedup" 2 higher))"
[ "$all_files" -gt "$pdfs" ] && line "" "${mixed}x in files/s on the mixed corpus, (c) against (a)"
line "$jobs_all jobs vs 1 job:" "${scaling}x, (b)/(c)   (target >= 1.8x on 2 cores: $(verdict "$scaling" 1.8 higher))"
line "floor ratio:" "${floor_ratio}x = (d) / (f)   (target <= 1.5x: $(verdict "$floor_ratio" 1.5 at-most))"
line "" "${floor_line:-poppler-floor: no output} (its own clock, fastest run; process start not included)"
line "" "${floor_kept_ratio}x = (d) / (g) against poppler keeping its global parameters, as skillgap does"
line "" "${floor_kept_line:-poppler-floor: no output} (its own clock, fastest run)"
if [ -n "$corpus_dir" ]; then
    failed_rows=$(grep ',failed,' "$tmp/ranking-d.csv" || true)
    if [ -z "$failed_rows" ]; then
        line "failed files:" "none of $pdfs in (d)"
    else
        line "failed files:" "$(grep -c . <<< "$failed_rows") of $pdfs in (d) (batch exits 65; the floor still reads them if poppler can):"
        while IFS= read -r failed_row; do
            file=$(cut -d, -f2 <<< "$failed_row")
            line "" "$(readlink "$file" || echo "$file"): ${failed_row#*,failed,}"
        done <<< "$failed_rows"
    fi
fi
if [ -n "$peak_kb" ]; then
    peak_mb=$(awk -v kb="$peak_kb" 'BEGIN { printf "%.1f", kb / 1024 }')
    line "peak memory:" "${peak_mb} MB, largest of the skillgap runs$([ -n "$memory_seconds" ] && echo " (with $MEMORY_FILES files)")   (target < 200 MB: $(verdict "$peak_mb" 200 lower))"
else
    line "peak memory:" "n/a (no /usr/bin/time)"
fi
if [ -n "$timings_line" ]; then
    share=$(sed -n 's/.*scoring is \([0-9.]*\)% of the work.*/\1/p' <<< "$timings_line")
    line "scoring share:" "${share}% of reading and scoring, from --timings (target < 10%: $(verdict "$share" 10 lower))"
    line "" "${timings_line#timings: }"
fi
if [ -n "$extract_ms" ]; then
    line "scoring share:" "$(awk -v e="$extract_ms" -v d="$seconds_d" -v n="$pdfs" 'BEGIN { b = 1000 * d / n
        printf "%.0f%% of (d) = 1 - %.3f ms extraction per PDF (extraction-benchmark) / %.3f ms per PDF (d)", 100 * (1 - e / b), e, b }')"
else
    line "scoring share:" "see extraction-benchmark (set EXTRACTION_BENCHMARK, or build it with"
    line "" "swift build -c release --product extraction-benchmark)"
fi
line "machine:" "$jobs_all cores (nproc), $(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -n 1)"
line "load average:" "$load_before before, $load_after after"
line "skillgap:" "$skillgap ($("$skillgap" --version 2>/dev/null || echo "version unknown"))"
