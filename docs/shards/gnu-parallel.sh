#!/usr/bin/env bash
# Scores a folder of applicants in 4 slices with GNU parallel (on one machine, or over several with its
# --sshlogin), then merges them. `--shard auto` reads PARALLEL_SEQ (1 to 4); SKILLGAP_SHARD_COUNT says how many
# slices there are, and must equal the number of arguments after :::.
#
#   APPLICANTS=applicants/ RESULTS=results/ bash docs/shards/gnu-parallel.sh
set -euo pipefail

applicants="${APPLICANTS:-applicants}"
results="${RESULTS:-results}"
mkdir -p "$results"

# parallel's exit status counts the jobs that failed, and a shard with unreadable files exits 65 although it is
# complete (those files are rows with the reason): so each shard's output is checked instead.
SKILLGAP_SHARD_COUNT=4 parallel --jobs 4 \
    skillgap batch "$applicants" --shard auto --jobs 1 --format jsonl -q -o "$results/part-{}.jsonl" ::: 1 2 3 4 || true
for k in 1 2 3 4; do
    [ -f "$results/part-$k.jsonl" ] || { echo "shard $k of 4 did not finish; see its error above" >&2; exit 1; }
done
skillgap rank "$results"/part-*.jsonl --format csv -o "$results/ranking.csv"
