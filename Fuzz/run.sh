#!/usr/bin/env bash
# Fuzz/run.sh TARGET [SECONDS]: builds a libFuzzer target with address sanitizer and fuzzing coverage, seeds it
# from Fixtures/ (and Rules/), and runs it for SECONDS (default 600). Targets:
#   pdf, docx, html, text, markdown, json   one extractor each, fed any bytes (seeds: that format's fixtures)
#   ingest                                  format sniffing and whichever extractor it picks (seeds: all fixtures)
#   rules                                   the rule-pack loader (seeds: Rules/ and the hostile YAML)
# Crashes are written as crash-* files into Fuzz/findings/TARGET/: commit each one into Fixtures/hostile/ with
# its expected outcome once it is fixed.
#
# How it is built: SwiftPM names an executable's entry point itself, so libFuzzer's own main cannot be used.
# The targets call LLVMFuzzerRunDriver from their @main (compiled in with -DFUZZING; a plain build makes a
# stub), the modules are instrumented with the frontend's -sanitize=fuzzer, and libFuzzer is linked without
# its main (libclang_rt.fuzzer_no_main). Leak detection is off: fontconfig, which poppler loads, keeps a
# process-wide cache that LeakSanitizer reports once per run; memory errors and crashes are still caught.
set -euo pipefail
cd "$(dirname "$0")/.."
target="${1:?usage: Fuzz/run.sh pdf|docx|html|text|markdown|json|ingest|rules [SECONDS]}"
seconds="${2:-600}"
product=fuzz-ingest
format=""
seeds=""
case "$target" in
    pdf | docx | html) format=$target seeds="-name *.$target" ;;
    text) format=text seeds="-name *.txt" ;;
    markdown) format=markdown seeds="-name *.md" ;;
    json) format=json-resume seeds="-name *.json" ;;
    ingest) seeds="-name *.pdf -o -name *.html -o -name *.txt -o -name *.md -o -name *.json -o -name *.docx" ;;
    rules) product=fuzz-rules ;;
    *) echo "Fuzz/run.sh: unknown target $target (pdf, docx, html, text, markdown, json, ingest, rules)" >&2; exit 64 ;;
esac
clang_lib=$(dirname "$(dirname "$(command -v swiftc)")")/lib/clang
fuzzer_lib=$(find "$clang_lib" -name 'libclang_rt.fuzzer_no_main-x86_64.a' | head -n 1)
[ -n "$fuzzer_lib" ] || { echo "Fuzz/run.sh: libclang_rt.fuzzer_no_main not found under $clang_lib" >&2; exit 1; }

swift build --scratch-path .build-fuzz --product "$product" -Xswiftc -DFUZZING -Xswiftc -sanitize=address \
    -Xswiftc -Xfrontend -Xswiftc -sanitize=fuzzer -Xlinker "$fuzzer_lib" -Xlinker -lstdc++ 2>&1 | grep -v 'Cannot export' >&2

corpus="Fuzz/corpus/$target"
findings="Fuzz/findings/$target"
mkdir -p "$corpus" "$findings"
set -f  # the seed patterns go to find unexpanded
if [ "$target" = rules ]; then
    find Rules Fixtures/hostile -name '*.yaml' -size -200k -exec cp {} "$corpus/" \;
else
    # Known findings (fuzz-*) stay out of the seeds, so a run measures the code, not a replay of fixed bugs.
    find Fixtures -type f -size -200k ! -name 'fuzz-*' \( $seeds \) -exec cp {} "$corpus/" \;
fi
set +f
# Foundation's FileManager.fileSystemRepresentation (used by ZIPFoundation) and fontconfig leak small
# process-wide allocations that LeakSanitizer would report at exit as a finding.
export ASAN_OPTIONS="${ASAN_OPTIONS:-detect_leaks=0}"
SKILLGAP_FUZZ_FORMAT="$format" ".build-fuzz/debug/$product" "$corpus" -max_total_time="$seconds" -max_len=65536 -rss_limit_mb=2048 \
    -timeout=20 -detect_leaks=0 -artifact_prefix="$findings/" -print_final_stats=1
