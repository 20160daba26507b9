#!/usr/bin/env python3
"""Regenerates the batch fixtures: small WARC, WARC.gz, WET.gz and JSONL files built with warcio
(pip install warcio), from pages written here and the seed pages. Deterministic: fixed record ids
and dates. Run from anywhere: python3 Fixtures/batch/make_batch_fixtures.py"""
import base64, gzip, io, json, pathlib, zlib
from warcio.warcwriter import WARCWriter
from warcio.statusandheaders import StatusAndHeaders

HERE = pathlib.Path(__file__).resolve().parent
SEED = HERE.parent / "seed"

def news(title, paras, extra=""):
    nav = '<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>'
    body = "".join(f"<p>{p}</p>" for p in paras)
    foot = '<footer>Copyright 2024 Example News. All rights reserved.</footer>'
    return (f"<html lang=\"en\"><head><meta charset=\"utf-8\"><title>{title} - Example News</title></head>"
            f"<body>{nav}<article><h1>{title}</h1>{body}</article>{extra}{foot}</body></html>")

EN_A = news("Council approves new budget for parks", [
    "The city council met on Tuesday evening to discuss the new budget, which includes more money for parks and schools.",
    "Several residents spoke during the public comment period, raising concerns about traffic on the main road near the river.",
    "The mayor said the plan would be revised after further consultation with neighbourhood groups over the coming months."])
EN_B = news("River clean-up draws hundreds of volunteers", [
    "Hundreds of volunteers gathered along the river on Saturday morning to collect rubbish washed up by the winter floods.",
    "Organisers said more than two tonnes of plastic, glass and metal had been removed from the banks by midday.",
    "The council has promised to install new bins at the popular picnic spots before the summer holidays begin."])
EN_C = news("Library extends its opening hours", [
    "The central library will stay open until nine in the evening from next month, the council announced on Friday.",
    "Students had asked for longer hours during the exam season, when the reading rooms are often full by lunchtime.",
    "The extra hours will be paid for by savings in the energy budget after the new roof panels were installed."])
ZH = ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>城市建设取得新进展_新闻中心</title></head>"
      "<body><div class=\"nav\"><a href=\"/\">首页</a> <a href=\"/news\">新闻</a></div><div class=\"article\"><h1>城市建设取得新进展</h1>"
      "<p>市政府昨天召开新闻发布会，介绍今年城市建设的主要进展。发言人说，全市新建道路一百二十公里，改造老旧小区三百多个。</p>"
      "<p>会上，朱镕基研究会的王喆先生介绍了城市规划的历史经验，李昇和张堃两位专家也发表了意见。</p>"
      "<p>会议强调，各部门要加强协调，确保明年的各项工作按时完成，让人民群众有更多的获得感和幸福感。</p></div></body></html>")

def record_id(n):
    return f"<urn:uuid:00000000-0000-4000-8000-{n:012d}>"

def http(status, headers, body):
    return StatusAndHeaders(status, headers, protocol="HTTP/1.1"), body

def write_warc(path, gz, truncate_last=False):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=gz)
    n = 0
    def rec(uri, rtype, payload, http_headers=None, content_type=None):
        nonlocal n
        n += 1
        hdrs = {"WARC-Record-ID": record_id(n), "WARC-Date": "2024-05-01T10:00:00Z"}
        r = w.create_warc_record(uri, rtype, payload=io.BytesIO(payload), http_headers=http_headers,
                                 warc_headers_dict=hdrs, warc_content_type=content_type, length=len(payload))
        w.write_record(r)
    info = b"software: make_batch_fixtures.py\r\nformat: WARC File Format 1.0\r\n"
    rec(None, "warcinfo", info, content_type="application/warc-fields")
    rec("https://news.example.com/council-budget", "request", b"GET /council-budget HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
        content_type="application/http; msgtype=request")
    def response(uri, status, ctype, body, extra=()):
        sh = StatusAndHeaders(status, [("Content-Type", ctype)] + list(extra), protocol="HTTP/1.1")
        rec(uri, "response", body, http_headers=sh)
    response("https://news.example.com/council-budget", "200 OK", "text/html; charset=utf-8", EN_A.encode())
    response("https://news.example.com/image.png", "200 OK", "image/png", b"\x89PNG\r\n\x1a\n" + bytes(64))
    response("https://news.example.com/missing", "404 Not Found", "text/html", b"<html><body>Not found</body></html>")
    response("https://zh.example.com/news/1.html", "200 OK", "text/html; charset=gbk", ZH.encode("gb18030"))
    chunks = EN_B.encode()
    chunked = b"".join(b"%x\r\n%s\r\n" % (len(chunks[i:i+200]), chunks[i:i+200]) for i in range(0, len(chunks), 200)) + b"0\r\n\r\n"
    response("https://news.example.com/river-clean-up", "200 OK", "text/html", chunked, [("Transfer-Encoding", "chunked")])
    response("https://news.example.com/library?lang=en&page=2", "200 OK", "text/html; charset=UTF-8",
             gzip.compress(EN_C.encode(), mtime=0), [("Content-Encoding", "gzip")])
    rec("https://news.example.com/council-budget", "metadata", b"fetchTimeMs: 120\r\n", content_type="application/warc-fields")
    rec("https://zh.example.com/../../etc/passwd", "resource", (SEED / "fanwen-utf8-br.html").read_bytes(), content_type="text/html")
    data = buf.getvalue()
    if truncate_last:
        data = data[: len(data) - 300]
    path.write_bytes(data)

def write_wet(path):
    buf = io.BytesIO()
    w = WARCWriter(buf, gzip=True)
    def conv(n, uri, text):
        hdrs = {"WARC-Record-ID": record_id(100 + n), "WARC-Date": "2024-05-01T10:00:00Z",
                "WARC-Refers-To": record_id(n)}
        payload = text.encode()
        r = w.create_warc_record(uri, "conversion", payload=io.BytesIO(payload), warc_headers_dict=hdrs,
                                 warc_content_type="text/plain", length=len(payload))
        w.write_record(r)
    w.write_record(w.create_warc_record(None, "warcinfo", payload=io.BytesIO(b"software: make_batch_fixtures.py\r\n"),
                                        warc_headers_dict={"WARC-Record-ID": record_id(99), "WARC-Date": "2024-05-01T10:00:00Z"},
                                        warc_content_type="application/warc-fields", length=34))
    conv(1, "https://wenmi.example.cn/fayan/2012/1013.html", (SEED / "000_4d4af724e9113844.txt").read_text())
    flat = "\n".join([
        "Home", "World", "Sport", "Business", "Council approves new budget for parks",
        "By Jane Smith", "12 March 2024",
        "The city council met on Tuesday evening to discuss the new budget, which includes more money for parks and schools.",
        "Several residents spoke during the public comment period, raising concerns about traffic on the main road near the river.",
        "The mayor said the plan would be revised after further consultation with neighbourhood groups over the coming months.",
        "Share this article", "Facebook", "Twitter", "Most read", "Storm closes coastal road", "New bakery opens in town square",
        "Copyright 2024 Example News. All rights reserved."])
    conv(2, "https://news.example.com/council-budget", flat)
    path.write_bytes(buf.getvalue())

def write_jsonl(path):
    lines = [
        {"id": "a1", "url": "https://news.example.com/council-budget", "html": EN_A},
        {"id": 42, "url": "https://zh.example.com/news/1.html", "html_base64": base64.b64encode(ZH.encode("gb18030")).decode(), "charset": "gbk"},
        {"id": "t3", "text": (SEED / "000_4d4af724e9113844.txt").read_text()},
    ]
    out = [json.dumps(l, ensure_ascii=False) for l in lines]
    out.insert(2, '{"id": "broken", "html": "<p>unterminated')   # not JSON: reported, the rest goes on
    out.append(json.dumps({"id": "nohtml", "url": "https://x.example/"}))
    out.append(json.dumps({"id": "png", "html_base64": base64.b64encode(b"\x89PNG\r\n\x1a\n" + bytes(64)).decode()}))
    out.append("")
    out.append(json.dumps({"id": "b5", "url": "https://news.example.com/river-clean-up", "html": EN_B}))
    path.write_text("\n".join(out) + "\n")

write_warc(HERE / "sample.warc", gz=False)
write_warc(HERE / "sample.warc.gz", gz=True)
write_warc(HERE / "truncated.warc.gz", gz=True, truncate_last=True)
write_wet(HERE / "sample.warc.wet.gz")
write_jsonl(HERE / "pages.jsonl")
# 4 MB of one letter in 4 KB: a decompression bomb for the size limit.
(HERE / "bomb.html.gz").write_bytes(gzip.compress(b"<p>" + b"a" * 4_000_000 + b"</p>", mtime=0))
# A page stored gzipped, as crawls keep them.
(HERE / "page.html.gz").write_bytes(gzip.compress(EN_C.encode(), mtime=0))
print("written:", ", ".join(p.name for p in sorted(HERE.iterdir()) if p.suffix != ".py"))
