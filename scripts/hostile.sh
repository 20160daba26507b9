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
# Linearity: the same page shape (menu, article paragraphs, related list) at 100 KB and 10 MB.
unit = ('<div class="nav"><a href="/a">World</a> <a href="/b">Sport</a> <a href="/c">Business</a></div>'
        '<div class="story">' + p * 6 + '</div><ul class="related">'
        + "".join('<li><a href="/s%d">Another story about the council budget number %d</a></li>' % (i, i) for i in range(5))
        + '</ul>')
for name, size in (("shape-100kb", 100_000), ("shape-10mb", 10_000_000)):
    (t / (name + ".html")).write_text("<html><body>" + unit * (size // len(unit)) + "</body></html>")
PY
for f in page-200mb text-node-50mb siblings-1m nesting-100k shape-100kb shape-10mb; do
    ls -la "$T/$f.html" | awk '{printf "%-16s %6.1f MB  ", "'$f'", $5/1e6}'
    /usr/bin/time -f "%e s, peak %M KB" .build/release/pith -q "$T/$f.html" > "$T/$f.out" 2> "$T/$f.err"
    echo "exit $?, $(tail -1 "$T/$f.err"), output $(wc -c < "$T/$f.out") bytes"
done
echo "page-200mb with --max-bytes 100000000:"
.build/release/pith "$T/page-200mb.html" --max-bytes 100000000 > /dev/null; echo "exit $?"
# Linearity: pith-bench's median time per page (extraction only, no process start) at each size.
swift build -c release -q --product pith-bench
small=$(.build/release/pith-bench --repeat-to 50 "$T/shape-100kb.html" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
big=$(.build/release/pith-bench --repeat-to 3 "$T/shape-10mb.html" | sed -n 's/.*median \([0-9.]*\) ms.*/\1/p')
python3 -c "print(f'100 KB page {$small:.2f} ms, 10 MB page {$big:.1f} ms: ratio {$big / $small:.0f} (target: about 100)')"
