#!/usr/bin/env bash
# Scores a folder of applicants as a Slurm job array: one task per slice of the sorted files. `--shard auto`
# reads SLURM_ARRAY_TASK_ID, SLURM_ARRAY_TASK_MIN and SLURM_ARRAY_TASK_COUNT, so changing --array below is all it
# takes to change the number of shards.
#
#   jobid=$(sbatch --parsable docs/shards/slurm-array.sh)
#   sbatch --dependency=afterok:$jobid docs/shards/slurm-merge.sh
#
#SBATCH --job-name=skillgap
#SBATCH --array=0-7
#SBATCH --cpus-per-task=2
#SBATCH --time=01:00:00
#SBATCH --output=skillgap-%A-%a.log
set -euo pipefail

applicants="${APPLICANTS:-$HOME/applicants}"
results="${RESULTS:-$HOME/skillgap-results}"
mkdir -p "$results"

# Exit 65 says some files could not be read; they are rows with the reason, and the shard is complete.
status=0
skillgap batch "$applicants" --shard auto --jobs "${SLURM_CPUS_PER_TASK:-1}" --format jsonl -q \
    -o "$results/part-$SLURM_ARRAY_TASK_ID.jsonl" || status=$?
[ "$status" -eq 0 ] || [ "$status" -eq 65 ]
