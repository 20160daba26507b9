#!/usr/bin/env bash
# Runs a small Spark job in local mode that pipes a JSONL sample through pith and checks that
# every record comes back. Needs Java 17 and PyPI; makes its own venv (Benchmarks/.venv-spark).
# Usage: bash Benchmarks/spark-pipe.sh [PAGES_FOLDER]   (default: ../shared/eval/scrapinghub/pages)
set -euo pipefail
cd "$(dirname "$0")/.."
PAGES="${1:-../shared/eval/scrapinghub/pages}"
[ -d "$PAGES" ] || PAGES=Fixtures/seed
bash scripts/install-deps.sh
swift build -c release -q
VENV=Benchmarks/.venv-spark
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q "pyspark==3.5.3"
SAMPLE=$(mktemp --suffix=.jsonl)
trap 'rm -f "$SAMPLE"' EXIT
python3 Benchmarks/make_jsonl.py "$PAGES" > "$SAMPLE"
echo "sample: $(wc -l < "$SAMPLE") records from $PAGES"
"$VENV/bin/python" Benchmarks/spark_pipe.py --pith "$PWD/.build/release/pith" --input "$SAMPLE"
