#!/usr/bin/env bash
# portfolio-benchmark.sh - `skillgap portfolio` against cloc on the same generated repository, in one run.
#
# Usage (from anywhere):  bash Benchmarks/portfolio-benchmark.sh [FILES]      (default 10000 source files)
#
# Environment:
#   SKILLGAP=PATH   use this skillgap binary instead of `swift build -c release --product skillgap`
#   RUNS=N          hyperfine runs per command (default 5)
#   KEEP=1          keep the generated repository
#
# The repository is made by this script: FILES source files in 100 folders (Python, R, JavaScript, Julia,
# notebooks and a few manifests, 20 to 120 lines each), plus a node_modules tree and a .git folder that both
# tools leave out. cloc (Debian's package) counts lines per language; skillgap reads the same files for their
# languages, imports, manifests and checklist. Both read every byte once, single-threaded; the figure is
# skillgap's mean time over cloc's, from the same hyperfine run. Target: 0.25 or less.
set -euo pipefail
files=${1:-10000}
runs=${RUNS:-5}
here=$(cd "$(dirname "$0")/.." && pwd)
command -v cloc >/dev/null || { echo "cloc is needed: apt-get install -y cloc" >&2; exit 69; }
command -v hyperfine >/dev/null || { echo "hyperfine is needed: apt-get install -y hyperfine" >&2; exit 69; }
if [ -z "${SKILLGAP:-}" ]; then
    (cd "$here" && swift build -c release --product skillgap >/dev/null)
    SKILLGAP="$here/.build/release/skillgap"
fi
work=$(mktemp -d)
[ "${KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
repo="$work/project"
mkdir -p "$repo/node_modules/left-pad" "$repo/.git"
printf 'module.exports = 1;\n' > "$repo/node_modules/left-pad/index.js"
printf '[core]\n\tbare = false\n' > "$repo/.git/config"
printf 'torch==2.1.0\npandas==2.1.0\nscikit-learn==1.3.2\n' > "$repo/requirements.txt"
printf '# Generated project\nThe goal is to classify images. Accuracy: 91.2%%.\n```\npython train.py\n```\n' > "$repo/README.md"
awk -v files="$files" -v repo="$repo" 'BEGIN {
    srand(1)
    for (i = 0; i < files; i++) {
        folder = sprintf("%s/pkg%02d", repo, i % 100)
        if (i < 100) system("mkdir -p " folder)
        kind = i % 10
        lines = 20 + int(rand() * 100)
        if (kind < 5) {
            path = sprintf("%s/module%05d.py", folder, i)
            print "import numpy as np\nimport torch\nfrom sklearn.metrics import f1_score\n" > path
            for (l = 0; l < lines; l++) printf("def f%d(x):\n    return np.mean(x) * %d  # comment\n\n", l, l) > path
        } else if (kind < 7) {
            path = sprintf("%s/analysis%05d.R", folder, i)
            print "library(ggplot2)\nlibrary(dplyr)\n" > path
            for (l = 0; l < lines; l++) printf("x%d <- mean(c(%d, 2, 3))\n", l, l) > path
        } else if (kind < 9) {
            path = sprintf("%s/app%05d.js", folder, i)
            print "const express = require(\"express\");\nimport React from \"react\";\n" > path
            for (l = 0; l < lines; l++) printf("function f%d(a) { return a + %d; }\n", l, l) > path
        } else {
            path = sprintf("%s/model%05d.jl", folder, i)
            print "using Flux, DataFrames\n" > path
            for (l = 0; l < lines; l++) printf("f%d(x) = x * %d\n", l, l) > path
        }
        close(path)
    }
}'
echo "repository: $files source files, $(du -sh "$repo" | cut -f1)"
hyperfine -N --warmup 1 --runs "$runs" --export-json "$work/times.json" \
    "cloc --quiet $repo" \
    "$SKILLGAP portfolio $repo --max-project-files 100000 --format json --output /dev/null" >&2
python3 - "$work/times.json" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
cloc, skillgap = results[0]["mean"], results[1]["mean"]
print(f"cloc {cloc:.3f} s, skillgap portfolio {skillgap:.3f} s: {skillgap / cloc:.3f} of cloc's time")
PY
