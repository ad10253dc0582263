#!/usr/bin/env bash
# Merges the shards of docs/shards/slurm-array.sh into one ranking, once every array task has finished:
#   sbatch --dependency=afterok:$jobid docs/shards/slurm-merge.sh
#
#SBATCH --job-name=skillgap-rank
#SBATCH --time=00:10:00
#SBATCH --output=skillgap-rank-%j.log
set -euo pipefail

results="${RESULTS:-$HOME/skillgap-results}"
skillgap rank "$results"/part-*.jsonl --format csv -o "$results/ranking.csv"
skillgap rank "$results"/part-*.jsonl --format html -o "$results/ranking.html"
