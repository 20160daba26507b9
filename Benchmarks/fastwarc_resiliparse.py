#!/usr/bin/env python3
"""The FastWARC + resiliparse pipeline Pith is measured against: iterate a WARC's `response`
records with FastWARC, decode each HTML payload with resiliparse's charset detection and extract
the main content as plain text, writing one JSON line per record (as `pith FILE.warc.gz` does).

Usage: fastwarc_resiliparse.py FILE.warc[.gz] > out.jsonl
"""
import json
import sys

from fastwarc.warc import ArchiveIterator, WarcRecordType
from resiliparse.extract.html2text import extract_plain_text
from resiliparse.parse.encoding import bytes_to_str, detect_encoding
from resiliparse.parse.html import HTMLTree


def main():
    out = sys.stdout
    n = 0
    with open(sys.argv[1], "rb") as f:
        for record in ArchiveIterator(f, record_types=WarcRecordType.response, parse_http=True):
            ctype = record.http_content_type or ""
            if ctype and "html" not in ctype:
                continue
            body = record.reader.read()
            html = bytes_to_str(body, detect_encoding(body))
            text = extract_plain_text(HTMLTree.parse(html), main_content=True)
            out.write(json.dumps({"url": record.headers.get("WARC-Target-URI"), "text": text}) + "\n")
            n += 1
    print(f"{n} records", file=sys.stderr)


if __name__ == "__main__":
    main()
