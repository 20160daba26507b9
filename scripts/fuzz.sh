#!/usr/bin/env bash
# Fuzzes Pith.extract with libFuzzer and AddressSanitizer.
# Usage: bash scripts/fuzz.sh [SECONDS=600] [extra libFuzzer flags...]
# Seeds: every fixture (pages, charset cases, WARC/JSONL payloads, hostile pages); the evolving
# corpus lives in .build-fuzz/corpus (not committed); crashes are written to .build-fuzz/ as
# crash-*/leak-*/timeout-* files — each becomes a regression fixture in Fixtures/hostile/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN="${1:-600}"; shift || true
bash scripts/install-deps.sh
swift build -c release --scratch-path .build-fuzz --product pith-fuzz \
    -Xswiftc -sanitize=fuzzer,address -Xswiftc -DFUZZING -Xswiftc -parse-as-library 2>&1 | grep -E "error|warning: unre|Compiling|Build" || true
BIN=.build-fuzz/release/pith-fuzz
mkdir -p .build-fuzz/corpus .build-fuzz/seeds
find Fixtures -type f \( -name '*.html' -o -name '*.txt' -o -name '*.htm' \) -size -512k -exec cp {} .build-fuzz/seeds/ \; 2>/dev/null || true
cd .build-fuzz
ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=1 ./release/pith-fuzz corpus seeds \
    -max_total_time="$SECONDS_TO_RUN" -max_len=16384 -rss_limit_mb=2048 -timeout=10 -print_final_stats=1 "$@"
