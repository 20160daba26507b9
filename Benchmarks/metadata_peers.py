#!/usr/bin/env python3
"""trafilatura's title, author and date on a set with metadata gold (ID.json `title`, `author`,
`date`; WCXB's dev split has them), scored by the rules `pith-eval --metadata` uses, so the two
tables compare: title exact after lower-casing, collapsing spaces and dropping punctuation and
symbols at either end; author when one contains the other (lower case, spaces collapsed; a hit
when any of the `;`-separated authors matches); date when it is the same day.

Usage: Benchmarks/.venv-peers/bin/python Benchmarks/metadata_peers.py ../shared/eval/wcxb-dev
(run Benchmarks/peers.sh once first: it makes the venv with trafilatura 2.3.1)
"""
import collections
import gzip
import json
import pathlib
import sys
import unicodedata

from trafilatura import extract_metadata


def norm(s):
    return " ".join((s or "").lower().split())


def norm_title(s):
    s = norm(s)
    edge = lambda c: c.isspace() or unicodedata.category(c)[0] in "PS"
    i, j = 0, len(s)
    while i < j and edge(s[i]):
        i += 1
    while j > i and edge(s[j - 1]):
        j -= 1
    return s[i:j]


def main():
    folder = pathlib.Path(sys.argv[1]) / "pages"
    hits = collections.defaultdict(lambda: collections.Counter())
    for meta_path in sorted(folder.glob("*.json")):
        gold = json.loads(meta_path.read_text())
        pid = meta_path.stem
        page = folder / f"{pid}.html.gz"
        html = gzip.decompress(page.read_bytes()) if page.exists() else (folder / f"{pid}.html").read_bytes()
        try:
            m = extract_metadata(html, default_url=gold.get("url"))
            d = m.as_dict() if m else {}
        except Exception:
            d = {}
        for group in {"", gold.get("page_type") or ""}:
            c = hits[group]
            if gold.get("title") and norm_title(gold["title"]):
                c["title pages"] += 1
                c["title"] += norm_title(d.get("title")) == norm_title(gold["title"])
            if gold.get("author") and norm(gold["author"]):
                c["author pages"] += 1
                g = norm(gold["author"])
                c["author"] += any(a and (a in g or g in a) for a in (norm(x) for x in (d.get("author") or "").split(";")))
            if gold.get("date") and len(gold["date"]) >= 10:
                c["date pages"] += 1
                c["date"] += (d.get("date") or "")[:10] == gold["date"][:10]
    print(f"{'trafilatura':16}  {'title':16}  {'author':16}  date")
    for group in sorted(hits):
        c = hits[group]
        cells = []
        for f in ("title", "author", "date"):
            n = c[f + " pages"]
            cells.append(f"{c[f] / n:.3f} ({c[f]:4d}/{n:4d})" if n else "       -        ")
        print(f"{(group or folder.parent.name):16}  " + "  ".join(cells))


if __name__ == "__main__":
    main()
