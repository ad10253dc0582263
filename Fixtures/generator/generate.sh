#!/usr/bin/env bash
# Regenerates the generated fixtures under Fixtures/:
#   Fixtures/pdf/*.pdf   (make-pdfs.c, cairo)
#   Fixtures/docx/*.docx (make-docx.py, Python 3 standard library)
#   Fixtures/postings/posting.pdf and posting.docx (the same two scripts, given a second directory)
# Usage (from anywhere):  bash Fixtures/generator/generate.sh
# Needs: cc, pkg-config, cairo development files (libcairo2-dev), python3.
# Hand-written fixtures (html/, text/, markdown/, jsonresume/, the other files in postings/)
# are not touched.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
fixtures="$(dirname "$here")"
pdf_dir="$fixtures/pdf"
docx_dir="$fixtures/docx"
postings_dir="$fixtures/postings"
mkdir -p "$pdf_dir" "$docx_dir" "$postings_dir"

tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Font: DejaVu Sans if fontconfig knows it, otherwise the generic sans-serif.
if command -v fc-list >/dev/null 2>&1 && fc-list | grep -qi 'DejaVu Sans'; then
    export SKILLGAP_FIXTURE_FONT="DejaVu Sans"
else
    echo "generate.sh: DejaVu Sans not found, using sans-serif" >&2
    export SKILLGAP_FIXTURE_FONT="sans-serif"
fi

# shellcheck disable=SC2046
cc -std=c99 -O1 -Wall -Wextra -o "$tmp/make-pdfs" "$here/make-pdfs.c" $(pkg-config --cflags --libs cairo)
"$tmp/make-pdfs" "$pdf_dir" "$postings_dir"

# truncated.pdf: the first 55% of the bytes of one-column.pdf
size=$(wc -c < "$pdf_dir/one-column.pdf")
head -c $(( size * 55 / 100 )) "$pdf_dir/one-column.pdf" > "$pdf_dir/truncated.pdf"
echo "wrote $pdf_dir/truncated.pdf ($(( size * 55 / 100 )) of $size bytes)"

python3 "$here/make-docx.py" "$docx_dir" "$postings_dir"

# byte-exact text fixtures (encodings, binary, empty)
python3 "$here/make-bytes.py" "$fixtures"
