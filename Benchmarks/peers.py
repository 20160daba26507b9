#!/usr/bin/env python3
"""Runs Pith (through pith-eval) and trafilatura, magic-html, readability-lxml, resiliparse and
jusText over one eval set (pages/ID.html + gold pages/ID.txt), scores all of them with score.py's
metric, times each extraction call (one core, median and p99 ms per page, page already in
memory; each page extracted --repeat times by every system, the fastest call counted), and
prints one Markdown table. Run through peers.sh."""
import argparse, importlib.util, json, pathlib, statistics, subprocess, sys, tempfile, time, warnings
warnings.filterwarnings("ignore")

ap = argparse.ArgumentParser()
ap.add_argument("set")
ap.add_argument("--pith-eval", required=True)
ap.add_argument("--score", default=None, help="path to score.py (default: SET/../score.py)")
ap.add_argument("--repeat", type=int, default=3,
                help="calls per page for every system; its time is the fastest (noise on a shared machine)")
args = ap.parse_args()
data = pathlib.Path(args.set)
score_path = pathlib.Path(args.score) if args.score else data.parent / "score.py"
spec = importlib.util.spec_from_file_location("score", score_path)
score = importlib.util.module_from_spec(spec); spec.loader.exec_module(score)
pages = sorted(p for p in (data / "pages").glob("*.html") if p.with_suffix(".txt").exists())
is_zh = "zh" in data.name
out_root = pathlib.Path(tempfile.mkdtemp(prefix="peers-"))

def url_of(p):
    j = p.with_suffix(".json")
    try: return json.loads(j.read_text()).get("url") if j.exists() else None
    except Exception: return None

from resiliparse.parse.encoding import detect_encoding, bytes_to_str
def decode(b): return bytes_to_str(b, detect_encoding(b))

def lxml_text(fragment):
    from lxml import html as lh
    if not fragment or not fragment.strip(): return ""
    tree = lh.fromstring(fragment)
    for br in tree.iter("br"): br.tail = "\n" + (br.tail or "")
    for el in tree.iter("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre"):
        el.tail = "\n" + (el.tail or "")
    return tree.text_content()

def run_trafilatura():
    import trafilatura
    return lambda b, u: trafilatura.extract(b, url=u) or ""

def run_readability():
    from readability import Document
    return lambda b, u: lxml_text(Document(b).summary(html_partial=True))

def run_resiliparse():
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree
    return lambda b, u: extract_plain_text(HTMLTree.parse(decode(b)), main_content=True)

def run_justext():
    import justext
    # Chinese has no stoplist: jusText's language-independent mode (empty list, thresholds 0).
    if is_zh:
        return lambda b, u: "\n".join(p.text for p in justext.justext(b, frozenset(), stopwords_low=0, stopwords_high=0)
                                      if not p.is_boilerplate)
    stop = justext.get_stoplist("English")
    return lambda b, u: "\n".join(p.text for p in justext.justext(b, stop) if not p.is_boilerplate)

def run_magic_html():
    from magic_html import GeneralExtractor
    ex = GeneralExtractor()
    return lambda b, u: lxml_text(ex.extract(decode(b), base_url=u or "").get("html", ""))

def measure(name, fn):
    d = out_root / name; d.mkdir()
    times = []
    for p in pages:
        b = p.read_bytes(); u = url_of(p)
        best = float("inf")
        for _ in range(max(1, args.repeat)):
            t0 = time.perf_counter()
            try: text = fn(b, u)
            except Exception: text = ""
            best = min(best, (time.perf_counter() - t0) * 1000)
        times.append(best)
        (d / (p.stem + ".txt")).write_text(text or "", encoding="utf-8")
    return d, times

rows = []
# Pith: one job, so its per-page times are one core's. The gold is the article body; the
# peers print the body without the title, so the like-for-like row is --no-title. The default
# output (title line + body) is scored too.
for label, extra in [("Pith (body, --no-title)", ["--no-title"]), ("Pith (title + body, default)", [])]:
    d = out_root / ("pith" + "".join(extra)); csv = out_root / ("pith" + "".join(extra) + ".csv")
    subprocess.run([args.pith_eval, str(data), "--out", str(d), "--csv", str(csv), "-j", "1", "--repeat", str(args.repeat)] + extra,
                   check=True, stdout=subprocess.DEVNULL)
    ms = [float(l.split(",")[4]) for l in csv.read_text().splitlines()[1:]]
    rows.append((label, d, ms))
for name, make in [("trafilatura 2.3.1", run_trafilatura), ("magic-html 0.1.8", run_magic_html),
                   ("readability-lxml 0.9", run_readability), ("resiliparse 2.0.1", run_resiliparse),
                   ("jusText 3.0.2", run_justext)]:
    try:
        fn = make()
    except Exception as e:
        print(f"{name}: cannot run ({e})", file=sys.stderr); continue
    d, ms = measure(name.split()[0], fn)
    rows.append((name, d, ms))

print(f"\n### {data.name} ({len(pages)} pages; each system's time per page is its fastest of {args.repeat} calls)\n")
print("| system | precision | recall | F1 | empty | median ms/page | p99 ms/page |")
print("|---|---|---|---|---|---|---|")
for name, d, ms in rows:
    r = score.score(str(data), str(d))
    q = sorted(ms); p99 = q[min(len(q) - 1, int(len(q) * 0.99))]
    print(f"| {name} | {r['precision']:.3f} | {r['recall']:.3f} | {r['f1']:.3f} | {r['empty']} | {statistics.median(ms):.2f} | {p99:.1f} |")

# The speed targets of issue 5, as ratios of medians measured in this same run.
medians = {name: statistics.median(ms) for name, _, ms in rows}
pith = medians.get("Pith (body, --no-title)")
resiliparse = next((v for k, v in medians.items() if k.startswith("resiliparse")), None)
trafilatura = next((v for k, v in medians.items() if k.startswith("trafilatura")), None)
if pith:
    print()
    if resiliparse:
        print(f"Pith / resiliparse median: {pith / resiliparse:.2f}× (target ≤ 1)")
    if trafilatura:
        print(f"Pith / trafilatura median: {pith / trafilatura:.3f}× (target ≤ 0.1); trafilatura is {trafilatura / pith:.1f}× slower")
