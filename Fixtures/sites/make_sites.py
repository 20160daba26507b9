#!/usr/bin/env python3
"""Writes the site-template fixtures: three fictional sites, 8 pages each, whose furniture is
worded with phrases no phrase list knows, with counters that change per page and a related list
that changes per page. Run from the repository root: python3 Fixtures/sites/make_sites.py
- doc-share-gbk/   Chinese document-sharing pages in GBK (declared gb2312), one speech each
- essay-site/      English essays with a newsletter box and a members' wall
- doc-share-text/  the Chinese pages flattened to text (UTF-8), as a crawler's text dump
expected/SITE/NN.txt holds each page's body lines (what must be kept); furniture.txt each
site's furniture lines (what must go). The bodies are assembled from sentence pools with a fixed
seed, so the output is the same on every run."""
import os, random, pathlib, html

ROOT = pathlib.Path(__file__).resolve().parent
rng = random.Random(20261203)

ZH = [
    "同志们，今天我们在这里召开全市秋季农业生产工作会议，主要任务是总结上半年工作，部署下一阶段任务。",
    "今年以来，全市上下认真落实各项惠农政策，粮食生产保持稳定，农民收入持续增长。",
    "我们要清醒地看到，当前农业基础设施仍然薄弱，抗御自然灾害的能力还不够强。",
    "各乡镇要把秋收秋种作为当前的头等大事来抓，主要领导要亲自过问，分管领导要靠前指挥。",
    "要加强农田水利建设，抓紧修复水毁工程，确保明年春灌用水需要。",
    "要大力推广优良品种和先进适用技术，提高单位面积产量和农产品质量。",
    "要切实做好防火防汛工作，落实责任制度，确保人民群众生命财产安全。",
    "各部门要密切配合，形成合力，在资金、物资、技术等方面给予大力支持。",
    "要认真研究解决农民群众反映强烈的实际问题，让广大农民得到更多实惠。",
    "我们要以更加饱满的热情、更加务实的作风，全力完成全年各项目标任务。",
    "在新的一年里，我们要继续坚持以经济建设为中心，推动各项事业全面发展。",
    "全体干部要转变作风，深入基层，倾听群众呼声，帮助群众解决实际困难。",
    "要加强对村级组织的指导，提高基层干部带领群众致富的能力和水平。",
    "要把改善民生作为一切工作的出发点和落脚点，办好群众关心的实事。",
    "各级各部门要认清形势，明确任务，以时不我待的紧迫感抓好各项工作落实。",
    "教育系统要围绕立德树人根本任务，深化课堂教学改革，提高教育教学质量。",
    "广大教师要爱岗敬业，关爱学生，努力成为学生健康成长的引路人。",
    "安全生产是一切工作的底线，任何时候都不能有丝毫放松和麻痹。",
    "要建立健全隐患排查治理长效机制，坚决遏制重特大事故的发生。",
    "最后，我相信在市委的坚强领导下，在全市人民的共同努力下，我们一定能够完成各项任务。",
]
EN = [
    "The first time I walked the old canal path, the water was low and the reeds had gone brown.",
    "My grandmother kept a notebook of every bird she saw from her kitchen window for forty years.",
    "There is a particular kind of silence in a library at closing time, when the lamps go off one row at a time.",
    "We underestimate how much of a city is remembered through its smells: bread, diesel, rain on warm stone.",
    "Learning to bake sourdough taught me more about patience than any book on the subject ever did.",
    "The town's last cinema closed in the spring, and nobody quite knew what to do with the empty lot.",
    "A good walking route has a destination, but the best ones make you forget you were going anywhere.",
    "When the ferry was cancelled, the whole village gathered in the harbour café to wait out the storm.",
    "Letters take longer to write than messages, which is exactly why they are worth more to keep.",
    "Every garden is an argument between what the gardener wants and what the soil will allow.",
    "I started running at fifty, slowly at first, then with a stubbornness that surprised my family.",
    "The market on Saturdays is less about buying vegetables than about hearing who has moved away.",
    "Maps of the river from a century ago show islands that the floods have long since taken.",
    "Repairing an old bicycle is a lesson in how things were once built to be opened and understood.",
    "Night trains have a way of turning strangers into neighbours for the length of a journey.",
    "The orchard behind the school was planted by pupils in the nineteen fifties and still bears fruit.",
    "Writing by hand slows the mind down just enough for an idea to arrive fully formed.",
    "Some winters the lake freezes hard enough to walk across, and the whole town comes out to try.",
    "The bookshop owner could find any title in the store without looking, but never his own glasses.",
    "In the end, the essays we remember are the ones that ask a small question and answer it honestly.",
]
ZH_TITLES = ["在全市秋季农业生产工作会议上的讲话", "在全县教育工作会议上的讲话", "在安全生产工作会议上的讲话",
             "在村级组织建设推进会上的讲话", "在民生实事工作部署会上的讲话", "在防汛工作会议上的讲话",
             "在基层干部培训班开班仪式上的讲话", "在年度工作总结表彰大会上的讲话"]
EN_TITLES = ["Walking the old canal", "A notebook of birds", "The library at closing time", "What cities smell like",
             "Patience and sourdough", "The empty lot", "Routes without destinations", "Waiting out the storm"]

def window(pool, i, n=5):
    # Page i takes n sentences starting at 2i: a sentence is on at most three of the 8 pages,
    # as passages repeat on a real site — rarely.
    return [pool[(2 * i + k) % len(pool)] for k in range(n)]

def zh_page(i):
    body = window(ZH, i)
    related = rng.sample([t for j, t in enumerate(ZH_TITLES) if j != i], 3)
    count = sum(len(s) for s in body)
    furniture_fixed = [
        "星辰文库 · 让每一份资料都找到读者",
        "用手机扫一扫右侧图案，随时随地读全文",
        "一键复制全文",
        "导出为可编辑文档",
        "剩余段落仅向星辰会员开放，开通后即可继续阅读",
        "投稿文章的看法属于投稿人，星辰文库只负责整理排版",
        "星辰文库由山城的几位读书人维护，欢迎来信交流",
    ]
    counter = f"本篇共{count}字，阅读约需{max(1, count // 300)}分钟"
    views = f"已有{rng.randint(100, 9999)}人读过"
    head = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{ZH_TITLES[i]}_星辰文库</title></head><body>'
    h = [head,
         f'<div class="hd"><span class="slogan">{furniture_fixed[0]}</span></div>',
         f'<div class="wrap"><div class="doc">',
         f'<h1>{ZH_TITLES[i]}</h1>',
         f'<div class="meta"><span class="cnt">{counter}</span> <span class="pv">{views}</span></div>',
         f'<div class="tools"><span class="b1">{furniture_fixed[2]}</span> <span class="b2">{furniture_fixed[3]}</span></div>',
         '<div class="txt">'] + [f'<p>{s}</p>' for s in body] + ['</div>',
         f'<div class="lock"><p>{furniture_fixed[4]}</p></div>',
         f'<div class="note"><p>{furniture_fixed[5]}</p></div>',
         '</div>',
         f'<div class="side"><div class="qr"><p>{furniture_fixed[1]}</p></div>',
         '<div class="more"><h3>相关文档</h3><ul>' + "".join(f'<li><a href="/d/{rng.randint(1000,9999)}.html">{t}</a></li>' for t in related) + '</ul></div></div>',
         f'</div><div class="ft"><p>{furniture_fixed[6]}</p></div></body></html>']
    furniture = furniture_fixed + [counter, views]
    return "\n".join(h), [ZH_TITLES[i]] + body, furniture, related

def en_page(i):
    body = window(EN, i)
    related = rng.sample([t for j, t in enumerate(EN_TITLES) if j != i], 3)
    minutes = f"{rng.randint(3, 12)} minute read · {rng.randint(1, 999):,} readers"
    furniture_fixed = [
        "Longhand Quarterly — slow writing for quick lives",
        "Get one unhurried essay in your inbox every Sunday morning.",
        "Join the list",
        "The rest of this essay is kept for Longhand patrons. Become one to keep reading.",
        "Longhand Quarterly is written and edited by a small group of friends in Leeds.",
        "Copyright Longhand Quarterly 2026",
    ]
    h = ['<html><head><meta charset="utf-8"><title>' + EN_TITLES[i] + ' | Longhand Quarterly</title>'
         f'<link rel="canonical" href="https://longhand.example.org/essays/{i + 1}"></head><body>',
         f'<div class="masthead-x"><p class="tag">{furniture_fixed[0]}</p></div>',
         '<div class="page"><div class="essay">',
         f'<h1>{EN_TITLES[i]}</h1>',
         f'<div class="byline-x"><span class="rt">{minutes}</span></div>'] + [f'<p>{s}</p>' for s in body] + [
         f'<div class="box-a"><p>{furniture_fixed[1]}</p><a class="btn" href="/list">{furniture_fixed[2]}</a></div>',
         f'<div class="box-b"><p>{furniture_fixed[3]}</p></div>',
         '</div><div class="rail"><h3>Elsewhere in the quarterly</h3><ul>' + "".join(f'<li><a href="/e/{t.lower().replace(" ", "-")}">{t}</a></li>' for t in related) + '</ul>',
         f'<p class="about-x">{furniture_fixed[4]}</p></div></div>',
         f'<div class="base"><p>{furniture_fixed[5]}</p></div></body></html>']
    return "\n".join(h), [EN_TITLES[i]] + body, furniture_fixed + [minutes], related

def flatten(page_html):
    # A crawler's text dump: one line per block, tags dropped.
    import re
    t = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", page_html, flags=re.S)
    t = re.sub(r"</?(p|div|h1|h3|li|ul|span|a)[^>]*>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    return "\n".join(l.strip() for l in html.unescape(t).splitlines() if l.strip()) + "\n"

def write(site, name, data):
    p = ROOT / site / name
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_bytes(data)

for i in range(8):
    page, body, furniture, related = zh_page(i)
    write("doc-share-gbk", f"{i + 1:02d}.html", page.encode("gbk"))
    write("doc-share-text", f"{i + 1:02d}.txt", flatten(page).encode("utf-8"))
    write("expected/doc-share", f"{i + 1:02d}.txt", ("\n".join(body) + "\n").encode("utf-8"))
    write("expected/doc-share", f"{i + 1:02d}.related.txt", ("\n".join(related) + "\n").encode("utf-8"))
    if i == 0: write("expected/doc-share", "furniture.txt", ("\n".join(furniture[:7]) + "\n").encode("utf-8"))
    write("expected/doc-share", f"{i + 1:02d}.counters.txt", ("\n".join(furniture[7:]) + "\n").encode("utf-8"))
    page, body, furniture, related = en_page(i)
    write("essay-site", f"{i + 1:02d}.html", page.encode("utf-8"))
    write("expected/essay-site", f"{i + 1:02d}.txt", ("\n".join(body) + "\n").encode("utf-8"))
    write("expected/essay-site", f"{i + 1:02d}.related.txt", ("\n".join(related) + "\n").encode("utf-8"))
    if i == 0: write("expected/essay-site", "furniture.txt", ("\n".join(furniture[:6]) + "\n").encode("utf-8"))
    write("expected/essay-site", f"{i + 1:02d}.counters.txt", ("\n".join(furniture[6:]) + "\n").encode("utf-8"))
