#!/usr/bin/env python3
"""Flattens HTML pages to text, one line per block element (a plain converter, independent of
Pith), to measure Pith's text mode: python3 Benchmarks/flatten_html.py SRC_PAGES_DIR OUT_DIR"""
import html.parser, pathlib, re, sys

BLOCK = {"p", "div", "br", "li", "tr", "td", "th", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
         "section", "article", "header", "footer", "nav", "aside", "blockquote", "pre", "dt", "dd", "hr",
         "form", "center", "main", "figure", "figcaption", "title"}
SKIP = {"script", "style", "noscript", "template", "head", "svg"}

class Flattener(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines, self.cur, self.skip = [], [], 0
    def flush(self):
        t = re.sub(r"\s+", " ", "".join(self.cur)).strip()
        if t: self.lines.append(t)
        self.cur = []
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        elif tag in BLOCK: self.flush()
    def handle_endtag(self, tag):
        if tag in SKIP: self.skip = max(0, self.skip - 1)
        elif tag in BLOCK: self.flush()
    def handle_data(self, data):
        if not self.skip: self.cur.append(data)

def decode(raw):
    m = re.search(rb'charset=["\']?([\w-]+)', raw[:4096], re.I)
    label = m.group(1).decode().lower() if m else "utf-8"
    if label in ("gb2312", "gbk", "gb18030"): label = "gb18030"
    try: return raw.decode(label)
    except (LookupError, UnicodeDecodeError):
        try: return raw.decode("utf-8")
        except UnicodeDecodeError: return raw.decode("gb18030", errors="replace")

src, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
out.mkdir(parents=True, exist_ok=True)
for f in sorted(src.glob("*.html")):
    p = Flattener(); p.feed(decode(f.read_bytes())); p.flush()
    (out / (f.stem + ".txt")).write_text("\n".join(p.lines) + "\n", encoding="utf-8")
