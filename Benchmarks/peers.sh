#!/usr/bin/env bash
# Side-by-side accuracy and speed: Pith and five peers on the same pages, one table per set.
# Makes its own venv (Benchmarks/.venv-peers) with pinned peers from PyPI.
# Usage: bash Benchmarks/peers.sh [SET_OR_FOLDER_OF_SETS...] [-- peers.py options]
#        (default: every set in ../shared/eval; outputs in eval-out/peers/SYSTEM/SET/ID.txt)
set -euo pipefail
cd "$(dirname "$0")/.."
SETS=()
while [ $# -gt 0 ] && [ "$1" != "--" ]; do SETS+=("$1"); shift; done
[ "${1:-}" = "--" ] && shift
[ ${#SETS[@]} -gt 0 ] || SETS=(../shared/eval)
bash scripts/install-deps.sh
swift build -c release -q --product pith-eval
VENV=Benchmarks/.venv-peers
[ -x "$VENV/bin/python" ] || python3 -m venv "$VENV"
"$VENV/bin/pip" install -q --upgrade pip
"$VENV/bin/pip" install -q trafilatura==2.3.1 readability-lxml==0.9 resiliparse==2.0.1 justext==3.0.2
# magic-html 0.1.8 declares Python >= 3.12 but runs on 3.11: its dependencies first, then it alone.
"$VENV/bin/pip" install -q lxml lxml_html_clean numpy py_asciimath Brotli chardet charset_normalizer urllib3
"$VENV/bin/pip" install -q --no-deps --ignore-requires-python magic-html==0.1.8
"$VENV/bin/python" Benchmarks/peers.py "${SETS[@]}" --pith-eval .build/release/pith-eval "$@"
