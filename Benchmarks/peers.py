#!/usr/bin/env python3
"""Runs trafilatura, magic-html, readability-lxml, resiliparse and jusText over eval sets in the
../shared/eval layout (pages/ID.html or ID.html.gz, gold ID.txt), writes each system's outputs to
OUT/SYSTEM/SET/ID.txt, times every call (one core, page already in memory, fastest of --repeat
calls), then scores every system — Pith too, through pith-eval — with pith-eval's metrics (score.py's
shingles; WCXB's words for wcxb sets, by page type) and prints one table per set. Run through peers.sh."""
import argparse, gzip, json, pathlib, statistics, subprocess, sys, time, warnings
warnings.filterwarnings("ignore")

ap = argparse.ArgumentParser()
ap.add_argument("sets", nargs="+", help="set folders, or folders of sets")
ap.add_argument("--pith-eval", required=True)
ap.add_argument("--out", default="eval-out/peers", help="where each system's outputs go")
ap.add_argument("--systems", default="trafilatura,magic-html,readability,resiliparse,justext")
ap.add_argument("--repeat", type=int, default=3,
                help="calls per page for every system; its time is the fastest (noise on a shared machine)")
ap.add_argument("--reuse", action="store_true", help="score outputs already in OUT without running the peers again")
args = ap.parse_args()

sets = []
for s in args.sets:
    p = pathlib.Path(s)
    if (p / "pages").is_dir(): sets.append(p)
    else: sets += sorted(c for c in p.iterdir() if (c / "pages").is_dir())
out_root = pathlib.Path(args.out)

def pages_of(data):
    out = []
    for p in sorted((data / "pages").iterdir()):
        n = p.name
        i = n[:-5] if n.endswith(".html") else n[:-8] if n.endswith(".html.gz") else None
        if i and (data / "pages" / (i + ".txt")).exists(): out.append((i, p))
    return out

def read_page(p):
    b = p.read_bytes()
    return gzip.decompress(b) if p.name.endswith(".gz") else b

def url_of(data, i):
    j = data / "pages" / (i + ".json")
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

def run_trafilatura(zh):
    import trafilatura
    return lambda b, u: trafilatura.extract(b, url=u) or ""

def run_readability(zh):
    from readability import Document
    return lambda b, u: lxml_text(Document(b).summary(html_partial=True))

def run_resiliparse(zh):
    from resiliparse.extract.html2text import extract_plain_text
    from resiliparse.parse.html import HTMLTree
    return lambda b, u: extract_plain_text(HTMLTree.parse(decode(b)), main_content=True)

def run_justext(zh):
    import justext
    # Chinese has no stoplist: jusText's language-independent mode (empty list, thresholds 0).
    if zh:
        return lambda b, u: "\n".join(p.text for p in justext.justext(b, frozenset(), stopwords_low=0, stopwords_high=0)
                                      if not p.is_boilerplate)
    stop = justext.get_stoplist("English")
    return lambda b, u: "\n".join(p.text for p in justext.justext(b, stop) if not p.is_boilerplate)

def run_magic_html(zh):
    from magic_html import GeneralExtractor
    ex = GeneralExtractor()
    return lambda b, u: lxml_text(ex.extract(decode(b), base_url=u or "").get("html", ""))

SYSTEMS = {"trafilatura": ("trafilatura 2.3.1", run_trafilatura), "magic-html": ("magic-html 0.1.8", run_magic_html),
           "readability": ("readability-lxml 0.9", run_readability), "resiliparse": ("resiliparse 2.0.1", run_resiliparse),
           "justext": ("jusText 3.0.2", run_justext)}
chosen = [s for s in args.systems.split(",") if s]

times = {}   # (system, set) -> [ms]
for data in sets:
    pages = pages_of(data)
    for key in chosen:
        label, make = SYSTEMS[key]
        d = out_root / key / data.name; d.mkdir(parents=True, exist_ok=True)
        if args.reuse and any(d.iterdir()): continue
        try: fn = make("zh" in data.name)
        except Exception as e:
            print(f"{label}: cannot run ({e})", file=sys.stderr); continue
        ms = []
        for i, p in pages:
            b = read_page(p); u = url_of(data, i)
            best, text = float("inf"), ""
            for _ in range(max(1, args.repeat)):
                t0 = time.perf_counter()
                try: text = fn(b, u)
                except Exception: text = ""
                best = min(best, (time.perf_counter() - t0) * 1000)
            ms.append(best)
            (d / (i + ".txt")).write_text(text or "", encoding="utf-8")
        times[(key, data.name)] = ms
        print(f"{label} on {data.name}: done", file=sys.stderr)

# Pith through pith-eval (one job, so its times are one core's), then every system scored alike.
pith_dir = out_root / "pith"
pith_times = {}
for data in sets:
    csv = out_root / f"pith-{data.name}.csv"
    subprocess.run([args.pith_eval, str(data), "--no-title", "--out", str(pith_dir), "--csv", str(csv), "-j", "1",
                    "--repeat", str(args.repeat)], check=True, stdout=subprocess.DEVNULL)
    pith_times[data.name] = [float(l.split(",")[6]) for l in csv.read_text().splitlines()[1:]]

def score(pred_dir):
    j = out_root / (pred_dir.name + ".json")
    subprocess.run([args.pith_eval, *map(str, sets), "--predictions", str(pred_dir), "--save", str(j)],
                   check=True, stdout=subprocess.DEVNULL)
    return {s["name"]: s for s in json.loads(j.read_text())["sets"]}

rows = [("Pith (body, --no-title)", score(pith_dir), pith_times)]
for key in chosen:
    rows.append((SYSTEMS[key][0], score(out_root / key), {s: m for (k, s), m in times.items() if k == key}))

for data in sets:
    n = data.name
    metric = rows[0][1][n]["metric"]
    print(f"\n### {n} ({rows[0][1][n]['overall']['pages']} pages; metric: {metric}; time: fastest of {args.repeat} calls)\n")
    types = sorted(rows[0][1][n].get("types", {}).keys())
    print("| system | precision | recall | F1 | empty | " + "".join(f"{t} | " for t in types) + "median ms/page |")
    print("|---|---|---|---|---|" + "---|" * len(types) + "---|")
    for label, rep, tm in rows:
        s = rep[n]; o = s["overall"]
        ms = tm.get(n)
        med = f"{statistics.median(ms):.2f}" if ms else "—"
        print(f"| {label} | {o['precision']:.3f} | {o['recall']:.3f} | {o['f1']:.3f} | {o['empty']} | "
              + "".join(f"{s['types'][t]['f1']:.3f} | " for t in types) + f"{med} |")
    pm = pith_times.get(n); rm = times.get(("resiliparse", n)); tm_ = times.get(("trafilatura", n))
    if pm and rm: print(f"\nPith / resiliparse median: {statistics.median(pm) / statistics.median(rm):.2f}×")
    if pm and tm_: print(f"Pith / trafilatura median: {statistics.median(pm) / statistics.median(tm_):.3f}×")
