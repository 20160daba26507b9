#!/usr/bin/env python3
"""Packs a folder of HTML pages into JSONL (id, url, html_base64) on stdout: the input format of
`pith --records jsonl`. Usage: make_jsonl.py FOLDER [REPEAT]"""
import base64, json, pathlib, sys

folder = pathlib.Path(sys.argv[1])
repeat = int(sys.argv[2]) if len(sys.argv) > 2 else 1
n = 0
for r in range(repeat):
    for p in sorted(folder.rglob("*.htm*")):
        n += 1
        rec = {"id": f"{n}", "url": f"file://{p.name}", "html_base64": base64.b64encode(p.read_bytes()).decode()}
        sys.stdout.write(json.dumps(rec) + "\n")
