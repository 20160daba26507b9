#!/usr/bin/env python3
"""Regenerates the small hostile inputs (committed). The big ones (200 MB page, 50 MB text node,
1,000,000 siblings) are made on the fly by scripts/hostile.sh and, smaller, by the tests.
Run from anywhere: python3 Fixtures/hostile/make_hostile.py"""
import gzip, pathlib
HERE = pathlib.Path(__file__).resolve().parent
P = ("<p>The city council met on Tuesday evening to discuss the new budget, which includes more money "
     "for parks and schools, and residents raised concerns about traffic on the main road.</p>")
SECRET = "/tmp/pith-hostile-secret.txt"   # the test writes a marker here and checks it never shows up

def w(name, data):
    (HERE / name).write_bytes(data if isinstance(data, bytes) else data.encode())

w("empty.html", b"")
w("whitespace.html", b" \n\t\r\n   \n")
w("png.html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
w("pdf.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(200))
w("gzip-no-suffix.html", gzip.compress(("<html><body>" + P * 20 + "</body></html>").encode(), mtime=0))
w("nul-mid-page.html", ("<html><body>" + P + "\0\0<p>After the NUL bytes the page goes on with its second paragraph of text.</p>" + P + "</body></html>").encode())
w("truncated-utf8.html", ("<html><body>" + P + "<p>城市建设取得新进展").encode()[:-2])
w("mixed-encodings.html", ("<html><head><meta charset=utf-8></head><body>" + P).encode()
  + "<p>市政府昨天召开新闻发布会，介绍今年城市建设的主要进展。</p>".encode("gbk") + (P + "</body></html>").encode())
w("lying-label.html", ('<html><head><meta charset="utf-8"></head><body><p>' + "市政府昨天召開新聞發布會，介紹今年城市建設的主要進展，發言人說全市新建道路一百二十公里。" * 3 + "</p></body></html>").encode("big5"))
w("unclosed-tags.html", "<html><body>" + "<div><span><b><i><font>" * 2000 + P * 3)
w("entity-flood.html", "<html><body><p>" + "&amp;" * 100_000 + "</p><p>&#0;&#x110000;&#xD800;&#99999999999;&bogus;&#x;&#;</p>" + P * 3 + "</body></html>")
w("rss.xml", '<?xml version="1.0"?><rss version="2.0"><channel><title>Feed</title><item><title>One</title>'
  "<description>The city council met on Tuesday evening to discuss the new budget for parks and schools.</description></item></channel></rss>")
w("json.html", '{"title": "not a page", "items": [1, 2, 3], "text": "The city council met on Tuesday evening."}')
w("external-refs.html", f"""<?xml version="1.0"?>
<!DOCTYPE html SYSTEM "file://{SECRET}" [<!ENTITY secret SYSTEM "file://{SECRET}"><!ENTITY remote SYSTEM "http://192.0.2.1/x">]>
<html xmlns:xi="http://www.w3.org/2001/XInclude"><head>
<meta http-equiv="refresh" content="0; url=file://{SECRET}"><base href="file:///tmp/">
<link rel="stylesheet" href="file://{SECRET}"><script src="http://192.0.2.1/x.js"></script></head>
<body><xi:include href="file://{SECRET}" parse="text"/><iframe src="file://{SECRET}"></iframe>
<img src="http://192.0.2.1/pixel.gif"><p>&secret;&remote;</p>{P * 3}</body></html>""")
print("written:", ", ".join(sorted(p.name for p in HERE.iterdir() if p.suffix != ".py")))
