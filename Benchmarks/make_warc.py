#!/usr/bin/env python3
"""Writes a WARC file of `response` records (one gzip member per record, as crawlers write them)
from folders of HTML pages, with warcio's writer. Each record is preceded by its `request` record
and followed by a `metadata` record, as in Common Crawl files.

Usage: make_warc.py OUT.warc.gz [--repeat N] [--plain] [--wet] FOLDER...
--wet writes a WET file instead: one `conversion` record of text per page (the page's gold text
ID.txt beside it, as Common Crawl's WET files hold each page's text).
Pages are `*.html` and `*.html.gz` files under each folder (the eval sets' pages/ folders); each
record's URI is the page's own from its ID.json.
"""
import gzip
import io
import json
import pathlib
import sys

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter


def page_url(path):
    """The page's own address from the eval set's ID.json beside it, else a made-up one."""
    meta = path.with_name(path.name.split(".")[0] + ".json")
    try:
        url = json.loads(meta.read_text()).get("url")
    except (OSError, ValueError):
        url = None
    return url or f"https://{path.parent.parent.name}.example.org/{path.name}"


def pages(folders):
    for folder in folders:
        for p in sorted(pathlib.Path(folder).rglob("*")):
            if p.name.endswith(".html"):
                yield p, p.read_bytes()
            elif p.name.endswith(".html.gz"):
                yield p, gzip.decompress(p.read_bytes())


def main():
    args = sys.argv[1:]
    if not args:
        sys.exit(__doc__)
    out = args.pop(0)
    repeat = 1
    plain = False
    if "--repeat" in args:
        i = args.index("--repeat")
        repeat = int(args[i + 1])
        del args[i:i + 2]
    if "--plain" in args:
        args.remove("--plain")
        plain = True
    wet = "--wet" in args
    if wet:
        args.remove("--wet")
    all_pages = list(pages(args))
    n = 0
    with open(out, "wb") as f:
        writer = WARCWriter(f, gzip=not plain)
        for r in range(repeat):
            for path, body in all_pages:
                n += 1
                # Each copy of a page under a site of its own (www.x.com → www-x-com-r1.example):
                # copies of one page are no site whose template could be learnt.
                url = page_url(path)
                if r > 0:
                    scheme, rest = url.split("://", 1)
                    host, _, tail = rest.partition("/")
                    url = f"{scheme}://{host.replace('.', '-')}-r{r}.example/{tail}"
                if wet:
                    text = path.with_name(path.name.split(".")[0] + ".txt")
                    payload = text.read_bytes() if text.exists() else body
                    writer.write_record(writer.create_warc_record(url, "conversion", payload=io.BytesIO(payload),
                                                                  warc_content_type="text/plain"))
                    continue
                req = StatusAndHeaders("GET /%d HTTP/1.1" % n, [("Host", "example.org")], is_http_request=True)
                writer.write_record(writer.create_warc_record(url, "request", http_headers=req))
                headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html"),
                                                      ("Content-Length", str(len(body)))], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                              http_headers=headers))
                meta = b"fetchTimeMs: 120\r\n"
                writer.write_record(writer.create_warc_record(url, "metadata", payload=io.BytesIO(meta),
                                                              warc_content_type="application/warc-fields"))
    print(f"{out}: {n} {'conversion' if wet else 'response'} records", file=sys.stderr)


if __name__ == "__main__":
    main()
