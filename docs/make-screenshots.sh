#!/usr/bin/env bash
# Rebuilds the README's pictures from the project's own fixtures: the gap report of Fixtures/check/strong.md and
# the ranking of a folder of fixtures (every format, one encrypted PDF). Needs a built skillgap and Chromium:
#   swift build -c release && bash docs/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
skillgap=${SKILLGAP:-.build/release/skillgap}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/applicants"
for file in Fixtures/check/strong.md Fixtures/check/weak.txt Fixtures/check/non-technical.txt \
    Fixtures/blind/harvey_dent_mle.md Fixtures/pdf/two-column.pdf Fixtures/html/resume.html \
    Fixtures/docx/resume.docx Fixtures/jsonresume/resume.json Fixtures/text/resume.txt \
    Fixtures/pdf/encrypted.pdf; do
    cp "$file" "$work/applicants/"
done
shot() { chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$work/profile" \
    --window-size="$2" --screenshot="$3" "$1" 2>/dev/null; }
"$skillgap" check Fixtures/check/strong.md --format html >"$work/report.html"
shot "file://$work/report.html" 1200,1600 docs/check-report.png
"$skillgap" batch "$work/applicants" --format html -o "$work/ranking.html" --reports "$work/reports" -q || true
shot "file://$work/ranking.html#sort=score&dir=desc" 1500,1100 docs/batch-ranking.png
