#!/usr/bin/env python3
"""Writes the damaged-WARC fixtures in damaged/: one intact file and one file per kind of damage,
each plain and gzipped (one gzip member per record, as crawlers write them), plus expected.json:
for every file, the pages that must come back (in order) and the damage reasons expected in the
report. The expectations follow from how each file is damaged here, not from Pith's output.

Every file holds five pages (response records) with a request record before each and a metadata
record after the third. Page N's HTML says "Page N" and ends with "end of page N".
Run from Fixtures/batch: python3 make_damaged_warcs.py
"""
import gzip
import json
import pathlib

OUT = pathlib.Path(__file__).parent / "damaged"


def page(n):
    para = " ".join(f"Sentence {k} of page {n} says something about the harbour, the council and the weather."
                    for k in range(12))
    return (f"<html><head><title>Page {n}</title></head><body><article><h1>Page {n}</h1>"
            f"<p>{para}</p><p>{para}</p><p>end of page {n}</p></article></body></html>").encode()


def record(rtype, uri, block, n, length=None, extra=(), drop=()):
    fields = [("WARC-Type", rtype), ("WARC-Record-ID", f"<urn:uuid:00000000-0000-0000-0000-{n:012d}>"),
              ("WARC-Date", "2024-05-01T10:00:00Z"), ("WARC-Target-URI", uri),
              ("Content-Type", "application/http; msgtype=response" if rtype == "response" else "application/warc-fields"),
              ("Content-Length", str(len(block) if length is None else length))] + list(extra)
    head = "WARC/1.0\r\n" + "".join(f"{k}: {v}\r\n" for k, v in fields if k not in drop) + "\r\n"
    return head.encode() + block + b"\r\n\r\n"


def response(n, body=None, chunked=False, **kw):
    body = page(n) if body is None else body
    if chunked:
        http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n" + body
    else:
        http = (b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                + str(len(body)).encode() + b"\r\n\r\n" + body)
    return record("response", f"https://example.org/{n}", http, 10 + n, **kw)


def request(n):
    return record("request", f"https://example.org/{n}",
                  f"GET /{n} HTTP/1.1\r\nHost: example.org\r\n\r\n".encode(), 20 + n)


def metadata(n, **kw):
    return record("metadata", f"https://example.org/{n}", b"fetchTimeMs: 120\r\n", 30 + n, **kw)


def chunked_cut(n):
    body = page(n)
    half = body[: len(body) // 2]
    # A chunk that says it holds the whole page, but only half is there and no last chunk follows.
    return f"{len(body):x}\r\n".encode() + half


def build(damage):
    """The records of one file as a list of bytes (one per record), with `damage` applied."""
    recs = []
    for n in range(1, 6):
        recs.append(request(n))
        body = page(n)
        http_len = len(b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: "
                       + str(len(body)).encode() + b"\r\n\r\n" + body)
        if damage == "long-middle" and n == 3:
            recs.append(response(n, length=http_len + 300))      # runs into request 4 and response 4
        elif damage == "long-end" and n == 5:
            recs.append(response(n, length=http_len + 5000))     # runs past the end of the file
        elif damage == "short-middle" and n == 3:
            recs.append(response(n, length=http_len - 200))
        elif damage == "short-end" and n == 5:
            recs.append(response(n, length=http_len - 200))
        elif damage == "negative-length" and n == 3:
            recs.append(response(n, length=-20))
        elif damage == "no-type" and n == 3:
            recs.append(response(n, drop=("WARC-Type",)))
        elif damage == "chunked-cut" and n == 3:
            recs.append(response(n, body=chunked_cut(n), chunked=True))
        else:
            recs.append(response(n))
        if n == 3:
            recs.append(metadata(n, length=99999999999) if damage == "huge-length" else metadata(n))
    return recs


# file → (pages expected back, damage reasons expected, in order)
CASES = {
    "intact": ([1, 2, 3, 4, 5], []),
    "long-middle": ([1, 2, 4, 5], ["damaged record"]),
    "long-end": ([1, 2, 3, 4], ["truncated record"]),
    "short-middle": ([1, 2, 4, 5], ["damaged record"]),
    "short-end": ([1, 2, 3, 4], ["damaged record"]),
    "negative-length": ([1, 2, 4, 5], ["damaged record"]),
    "huge-length": ([1, 2, 3, 4, 5], ["damaged record"]),
    "no-type": ([1, 2, 4, 5], ["damaged record"]),
    "chunked-cut": ([1, 2, 4, 5], ["damaged record"]),
    "trailing-junk": ([1, 2, 3, 4, 5], ["damaged bytes"]),
    "truncated-member-middle": ([1, 2, 4, 5], ["corrupt gzip", "damaged record"]),
    "truncated-member-end": ([1, 2, 3, 4], ["corrupt gzip", "truncated record"]),
}
GZIP_ONLY = {"truncated-member-middle", "truncated-member-end"}
JUNK = b"\x00\x13garbage that is no record\r\nnor a header\r\n"


def member(b):
    return gzip.compress(b, compresslevel=6, mtime=0)


def main():
    OUT.mkdir(exist_ok=True)
    expected = {}
    for name, (pages, reasons) in CASES.items():
        recs = build(name)
        if name not in GZIP_ONLY:
            plain = b"".join(recs) + (JUNK if name == "trailing-junk" else b"")
            (OUT / f"{name}.warc").write_bytes(plain)
            expected[f"{name}.warc"] = {"pages": pages, "damage": reasons}
        members = [member(r) for r in recs]
        if name == "truncated-member-middle":
            i = 5    # response 3: after request 1, response 1, request 2, response 2, request 3
            members[i] = members[i][: len(members[i]) // 2]
        if name == "truncated-member-end":
            members[-1] = members[-1][: len(members[-1]) // 2]
        gz = b"".join(members) + (JUNK if name == "trailing-junk" else b"")
        (OUT / f"{name}.warc.gz").write_bytes(gz)
        gz_reasons = list(reasons)
        if name == "trailing-junk":
            gz_reasons = ["corrupt gzip"]   # junk after the last member is not gzip data
        expected[f"{name}.warc.gz"] = {"pages": pages, "damage": gz_reasons}
    (OUT / "expected.json").write_text(json.dumps(expected, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
