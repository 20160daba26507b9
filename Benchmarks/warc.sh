#!/usr/bin/env bash
# WARC and WET throughput and memory: Pith against FastWARC + resiliparse on the same files.
# Writes WARC files from the scrapinghub eval pages (Benchmarks/make_warc.py, warcio's writer;
# each page's copies under sites of their own), then times, pinned to one core (`taskset -c 1`):
#   pith FILE.warc.gz -j 1 -q                     (JSON lines on stdout, to /dev/null)
#   Benchmarks/fastwarc_resiliparse.py FILE.warc.gz  (FastWARC iterating, resiliparse main content)
# and `pith -j 2` against `-j 1` on two cores, and peak RSS (`/usr/bin/time -f %M`) for 1× and 20×
# files. Prints medians of RUNS runs, alternating the two programs.
# Usage: bash Benchmarks/warc.sh [RUNS]   (default 5; files in ${WARC_BENCH_DIR:-/tmp/pith-warc-bench})
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS=${1:-5}
DIR=${WARC_BENCH_DIR:-/tmp/pith-warc-bench}
PAGES=../shared/eval/scrapinghub/pages
mkdir -p "$DIR"
bash scripts/install-deps.sh
swift build -c release -q --product pith
PITH=.build/release/pith
VENV=Benchmarks/.venv-peers
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q warcio==1.7.4 fastwarc==2.0.1 resiliparse==2.0.1
PY="$VENV/bin/python"
[ -f "$DIR/x1.warc.gz" ] || "$PY" Benchmarks/make_warc.py "$DIR/x1.warc.gz" --repeat 5 "$PAGES"
[ -f "$DIR/x20.warc.gz" ] || "$PY" Benchmarks/make_warc.py "$DIR/x20.warc.gz" --repeat 100 "$PAGES"
[ -f "$DIR/x1.wet.gz" ] || "$PY" Benchmarks/make_warc.py "$DIR/x1.wet.gz" --repeat 5 --wet "$PAGES"

# seconds and peak KB of one run: run LABEL CMD...
run() {
    local label=$1; shift
    /usr/bin/time -o "$DIR/time.txt" -f "%e %M" "$@" > /dev/null 2> "$DIR/stderr.txt" || { cat "$DIR/stderr.txt"; exit 1; }
    echo "$label $(cat "$DIR/time.txt")" >> "$DIR/runs.txt"
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2)}'; }
records() { "$PY" - "$1" <<'PYEOF'
import sys
from fastwarc.warc import ArchiveIterator, WarcRecordType
n = 0
with open(sys.argv[1], "rb") as f:
    for r in ArchiveIterator(f, record_types=WarcRecordType.response | WarcRecordType.conversion, parse_http=False):
        n += 1
print(n)
PYEOF
}

: > "$DIR/runs.txt"
for ((i = 0; i < RUNS; i++)); do
    run pith1 taskset -c 1 "$PITH" "$DIR/x1.warc.gz" -j 1 -q
    run fr1 taskset -c 1 "$PY" Benchmarks/fastwarc_resiliparse.py "$DIR/x1.warc.gz"
    run pithj1 taskset -c 0,1 "$PITH" "$DIR/x1.warc.gz" -j 1 -q
    run pithj2 taskset -c 0,1 "$PITH" "$DIR/x1.warc.gz" -j 2 -q
    run wet1 taskset -c 1 "$PITH" "$DIR/x1.wet.gz" -j 1 -q
done
run pith20 taskset -c 1 "$PITH" "$DIR/x20.warc.gz" -j 1 -q
run fr20 taskset -c 1 "$PY" Benchmarks/fastwarc_resiliparse.py "$DIR/x20.warc.gz"
run pith20j2 taskset -c 0,1 "$PITH" "$DIR/x20.warc.gz" -j 2 -q

n1=$(records "$DIR/x1.warc.gz"); n20=$(records "$DIR/x20.warc.gz"); nwet=$(records "$DIR/x1.wet.gz")
t() { grep "^$1 " "$DIR/runs.txt" | awk '{print $2}' | median; }
m() { grep "^$1 " "$DIR/runs.txt" | awk '{print $3}' | sort -n | tail -1; }
printf '%-44s %8s %10s %10s\n' "run (median of $RUNS; 20x: one run)" seconds records/s "peak MB"
div() { awk -v a="$1" -v b="$2" 'BEGIN {printf "%.3f", a / b}'; }
row() { printf '%-44s %8.2f %10.0f %10.1f\n' "$1" "$2" "$(div "$3" "$2")" "$(div "$4" 1024)"; }
row "pith -j 1, one core ($n1 records)" "$(t pith1)" "$n1" "$(m pith1)"
row "FastWARC + resiliparse, one core" "$(t fr1)" "$n1" "$(m fr1)"
row "pith -j 1, two cores" "$(t pithj1)" "$n1" "$(m pithj1)"
row "pith -j 2, two cores" "$(t pithj2)" "$n1" "$(m pithj2)"
row "pith WET -j 1, one core ($nwet records)" "$(t wet1)" "$nwet" "$(m wet1)"
row "pith -j 1, one core, 20x ($n20 records)" "$(t pith20)" "$n20" "$(m pith20)"
row "FastWARC + resiliparse, one core, 20x" "$(t fr20)" "$n20" "$(m fr20)"
row "pith -j 2, two cores, 20x" "$(t pith20j2)" "$n20" "$(m pith20j2)"
echo "pith / (FastWARC + resiliparse), records/s, one core: $(div "$(t fr1)" "$(t pith1)") (1x), $(div "$(t fr20)" "$(t pith20)") (20x)"
echo "pith -j 2 / -j 1 (two cores): $(div "$(t pithj1)" "$(t pithj2)")"
