#!/usr/bin/env python3
"""Counts how often each metadata field is found over a folder of pages.

Usage: python3 Benchmarks/metadata_coverage.py PITH_BINARY PAGES_DIR [--sample N]
Runs `PITH -r PAGES_DIR -f jsonl` once and counts non-empty fields; with --sample N prints
title and date of the first N pages (by file name) for a check by hand against the pages.
"""
import json
import subprocess
import sys

FIELDS = ["title", "date", "dateModified", "authors", "siteName", "language", "category",
          "canonicalURL", "description", "imageURL"]


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    pith, pages = sys.argv[1], sys.argv[2]
    sample = int(sys.argv[sys.argv.index("--sample") + 1]) if "--sample" in sys.argv else 0
    out = subprocess.run([pith, "-r", pages, "-f", "jsonl", "-q"], capture_output=True,
                         text=True, check=False).stdout
    records = [json.loads(line) for line in out.splitlines() if line.strip()]
    print(f"pages: {len(records)}")
    for field in FIELDS:
        found = sum(1 for r in records if r.get(field))
        print(f"{field:14} {found}")
    if sample:
        for r in sorted(records, key=lambda r: r.get("path", ""))[:sample]:
            name = r.get("path", "").rsplit("/", 1)[-1]
            print(f"{name}\t{r.get('date')}\t{r.get('title')}")


if __name__ == "__main__":
    main()
