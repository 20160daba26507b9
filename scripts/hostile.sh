#!/usr/bin/env bash
# The big hostile inputs, too slow for `swift test`: made on the fly in a temporary folder and
# run through the release `pith` with /usr/bin/time (wall time, peak memory, exit status).
# Usage: bash scripts/hostile.sh
set -uo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh >/dev/null
swift build -c release -q --product pith
T=$(mktemp -d); trap 'rm -rf "$T"' EXIT
P="<p>The city council met on Tuesday evening to discuss the new budget, which includes more money for parks and schools.</p>"
python3 - "$T" "$P" <<'PY'
import sys, pathlib
t = pathlib.Path(sys.argv[1]); p = sys.argv[2]
# 200 MB page: 1.6 million paragraphs.
with open(t / "page-200mb.html", "w") as f:
    f.write("<html><body><article>")
    chunk = p * 10000
    for _ in range(160): f.write(chunk)
    f.write("</article></body></html>")
# One 50 MB text node.
with open(t / "text-node-50mb.html", "w") as f:
    f.write("<html><body><article><p>" + p + "</p><p>" + "word " * 10_000_000 + "</p></article></body></html>")
# 1,000,000 siblings and 100,000-deep nesting.
(t / "siblings-1m.html").write_text("<html><body>" + p * 3 + "<i></i>" * 1_000_000 + "</body></html>")
(t / "nesting-100k.html").write_text("<html><body>" + "<div>" * 100_000 + p * 3 + "</div>" * 100_000 + "</body></html>")
PY
for f in page-200mb text-node-50mb siblings-1m nesting-100k; do
    ls -la "$T/$f.html" | awk '{printf "%-16s %6.1f MB  ", "'$f'", $5/1e6}'
    /usr/bin/time -f "%e s, peak %M KB" .build/release/pith -q "$T/$f.html" > "$T/$f.out" 2> "$T/$f.err"
    echo "exit $?, $(tail -1 "$T/$f.err"), output $(wc -c < "$T/$f.out") bytes"
done
echo "page-200mb with --max-bytes 100000000:"
.build/release/pith "$T/page-200mb.html" --max-bytes 100000000 > /dev/null; echo "exit $?"
