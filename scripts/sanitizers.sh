#!/usr/bin/env bash
# Runs the test suite under AddressSanitizer and under ThreadSanitizer (each in its own build
# folder), then valgrind memcheck over a batch of real pages. Takes several minutes.
# Usage: bash scripts/sanitizers.sh [asan|tsan|valgrind]...   (default: all three)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
WHAT=("$@"); [ ${#WHAT[@]} -gt 0 ] || WHAT=(asan tsan valgrind)
for w in "${WHAT[@]}"; do
    case "$w" in
    asan)
        echo "== AddressSanitizer: swift test"
        ASAN_OPTIONS=detect_leaks=1 LSAN_OPTIONS=suppressions=$PWD/scripts/lsan.supp \
            swift test --sanitize=address --scratch-path .build-asan 2>&1 | grep -E "Test run|leak|ERROR" ;;
    tsan)
        echo "== ThreadSanitizer: swift test (ConcurrencyTests run 64 extractions from many tasks at once)"
        TSAN_OPTIONS=halt_on_error=1 swift test --sanitize=thread --scratch-path .build-tsan 2>&1 | grep -E "Test run|WARNING|ERROR" ;;
    valgrind)
        echo "== valgrind memcheck: pith over a batch of pages, two jobs"
        swift build -c release -q --product pith
        PAGES=$(ls ../shared/eval/scrapinghub/pages/*.html 2>/dev/null | head -25; ls ../shared/eval/zh-cwced/pages/*.html 2>/dev/null | head -10)
        [ -n "$PAGES" ] || PAGES=$(find Fixtures -name '*.html' -size -200k)
        echo "$PAGES" > .build/valgrind-pages.txt
        # valgrind 3.19 gives up on this toolchain's DWARF 5 debug information in `pith`
        # ("Possibly corrupted debuginfo file"): memcheck runs a copy without it.
        objcopy --strip-debug .build/release/pith .build/pith-for-valgrind
        valgrind --leak-check=full --show-leak-kinds=definite --errors-for-leak-kinds=definite --error-exitcode=9 \
            .build/pith-for-valgrind --files-from .build/valgrind-pages.txt -f jsonl -j 2 -q > /dev/null 2> .build/valgrind.log \
            && echo "no definite leak, no memory error" || echo "valgrind found problems: see .build/valgrind.log"
        grep -E "definitely lost|ERROR SUMMARY" .build/valgrind.log ;;
    esac
done
