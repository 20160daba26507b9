#!/usr/bin/env python3
"""Regenerates the binary fixtures (pages in legacy charsets) from the texts in this script and
from the user's seed page. Run from anywhere: python3 Fixtures/make_fixtures.py"""
import json, pathlib, html

HERE = pathlib.Path(__file__).resolve().parent

# ---------------------------------------------------------------- charset pages
ZH = ("市政府昨天召开新闻发布会，介绍今年城市建设的主要进展。发言人说，全市新建道路一百二十公里，"
      "改造老旧小区三百多个，群众的居住条件得到了明显改善。")
ZH_GBK_ONLY = "会上，朱镕基研究会的王喆先生介绍了城市规划的历史经验，李昇和张堃两位专家也发表了意见。"
ZH_AFTER = "会议最后强调，各部门要加强协调，确保明年的各项工作按时完成，让人民群众有更多的获得感和幸福感。"
TW = ("市政府昨天舉行記者會，說明今年城市建設的主要進展。發言人表示，全市新建道路一百二十公里，"
      "改造老舊社區三百多個，民眾的居住條件得到了明顯改善。會議最後強調，各部門要加強協調，確保明年的工作順利完成。")
JA = ("市役所は昨日記者会見を開き、今年の都市整備の主な進展について説明しました。担当者によると、"
      "市内では新しい道路が百二十キロ整備され、古い住宅地三百か所以上が改修されたということです。"
      "会見の最後に、各部署が協力して来年の計画を予定どおりに進めることが強調されました。")
RU = ("Вчера городская администрация провела пресс-конференцию и рассказала о главных итогах "
      "строительства в этом году. По словам представителя, в городе построено сто двадцать километров "
      "новых дорог и отремонтировано более трёхсот старых жилых кварталов. В конце встречи было "
      "подчёркнуто, что все службы должны работать вместе, чтобы выполнить планы следующего года.")
EN_MIX = "The café’s naïve décor — “rustic”, they said — drew crowds. 城市建设取得新进展，群众生活明显改善。"

def page(title, paras, meta=None, lang="", pre_comment=""):
    head = pre_comment
    head += '<html%s><head>' % (f' lang="{lang}"' if lang else "")
    if meta: head += meta
    head += f"<title>{html.escape(title)}</title></head><body>"
    head += '<div class="nav"><a href="/">Home</a> | <a href="/news">News</a></div><div class="article">'
    body = "".join(f"<p>{html.escape(p)}</p>" for p in paras)
    return head + f"<h1>{html.escape(title)}</h1>" + body + "</div></body></html>\n"

def meta_charset(label):
    return f'<meta http-equiv="Content-Type" content="text/html; charset={label}">'

cases = []
def add(name, text_html, encoding, expect_charset, must_contain, bom=b""):
    data = bom + text_html.encode(encoding)
    (HERE / "charset" / name).write_bytes(data)
    cases.append({"file": name, "charset": expect_charset, "contains": must_contain})

add("gbk-labelled-gb2312.html", page("城市建设取得新进展", [ZH, ZH_GBK_ONLY, ZH_AFTER], meta_charset("gb2312")),
    "gbk", "GB18030", [ZH_GBK_ONLY, ZH_AFTER])
add("gbk-unlabelled.html", page("城市建设取得新进展", [ZH, ZH_GBK_ONLY, ZH_AFTER]), "gbk", "GB18030", [ZH, ZH_AFTER])
add("gbk-labelled-iso-8859-1.html", page("城市建设取得新进展", [ZH, ZH_AFTER], meta_charset("iso-8859-1")),
    "gbk", "GB18030", [ZH_AFTER])
add("gbk-meta-after-long-comment.html",
    page("城市建设取得新进展", [ZH, ZH_GBK_ONLY, ZH_AFTER], meta_charset("gbk"),
         pre_comment="<!-- " + "x" * 3000 + " -->\n"), "gbk", "GB18030", [ZH_GBK_ONLY])
add("big5-labelled.html", page("城市建設取得新進展", [TW], meta_charset("big5")), "big5", "Big5", [TW])
add("big5-unlabelled.html", page("城市建設取得新進展", [TW]), "big5", "Big5", [TW])
add("big5-labelled-gb2312.html", page("城市建設取得新進展", [TW], meta_charset("gb2312")), "big5", "Big5", [TW])
add("shift_jis-labelled.html", page("都市整備の進展", [JA], '<meta charset="Shift_JIS">', lang="ja"),
    "cp932", "Shift_JIS", [JA])
add("shift_jis-unlabelled.html", page("都市整備の進展", [JA]), "cp932", "Shift_JIS", [JA])
add("windows-1251-labelled.html", page("Итоги года", [RU], meta_charset("windows-1251"), lang="ru"),
    "cp1251", "windows-1251", [RU])
add("windows-1251-unlabelled.html", page("Итоги года", [RU]), "cp1251", "windows-1251", [RU])
add("utf8-bom.html", page("城市建设", [EN_MIX, ZH]), "utf-8", "UTF-8", [EN_MIX, ZH], bom=b"\xef\xbb\xbf")
add("utf8-labelled-gb2312.html", page("城市建设取得新进展", [ZH, ZH_AFTER], meta_charset("gb2312")),
    "utf-8", "UTF-8", [ZH, ZH_AFTER])
add("utf8-unlabelled.html", page("城市建设", [EN_MIX, ZH]), "utf-8", "UTF-8", [EN_MIX, ZH])
add("windows-1252-labelled-utf8.html", page("Café news", [EN_MIX.split(" 城")[0] + " It was a long day for everyone in town."],
    '<meta charset="utf-8">'), "cp1252", "windows-1252", ["The café’s naïve décor — “rustic”, they said — drew crowds."])
# UTF-8 with one sequence cut short (a page spliced mid-character): still UTF-8, one U+FFFD.
broken = page("城市建设取得新进展", [ZH, ZH_AFTER], '<meta charset="utf-8">').encode("utf-8")
cut = broken.index("介绍".encode("utf-8"))
(HERE / "charset" / "utf8-with-a-broken-sequence.html").write_bytes(broken[:cut] + broken[cut:cut + 2] + broken[cut + 3:])
cases.append({"file": "utf8-with-a-broken-sequence.html", "charset": "UTF-8", "contains": [ZH_AFTER], "replacements": 1})
(HERE / "charset" / "expected.json").write_text(json.dumps(cases, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")

# ---------------------------------------------------------------- the seed page, twice
seed_lines = (HERE / "seed" / "000_4d4af724e9113844.txt").read_text(encoding="utf-8").split("\n")
start = next(i for i, l in enumerate(seed_lines) if l.strip() == "在全市基层组织建设年活动")
end = next(i for i, l in enumerate(seed_lines) if l.rstrip().endswith("抓具体、抓实在、"))
speech = [l.strip() for l in seed_lines[start:end + 1]]
title = "在全市基层组织建设年活动现场推进会上的讲话"
(HERE / "seed" / "expected.txt").write_text("\n\n".join(l for l in speech if l) + "\n", encoding="utf-8")

def p_lines(lines):
    out = []
    for i, l in enumerate(lines):
        if not l:
            out.append("<p>&nbsp;</p>")
        elif i < 2:
            out.append(f'<p align="center"><strong>{html.escape(l)}</strong>&nbsp;&nbsp;</p>')
        else:
            out.append(f"<p>{html.escape(l)}&nbsp;&nbsp;</p>")
    return "\n".join(out)

hot = ["学习朱镕基同志讲话精神心得体会", "在全县农村工作会议上的讲话", "2012年上半年工作总结", "组织部长在党建工作会议上的讲话",
       "关于开展创先争优活动的实施方案", "在全市干部大会上的讲话", "基层党建工作述职报告", "年度工作计划范文"]
tags = ["讲话稿", "发言稿", "工作总结", "心得体会", "述职报告", "党建"]
wenmi = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />
<title>{title}_发言稿_文秘网</title>
<meta name="keywords" content="基层组织建设年,推进会,讲话" />
<link href="/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript">var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
</head>
<body>
<div class="topbar"><div class="w">欢迎来到文秘网！ <a href="/login.html">登录</a> | <a href="/reg.html">注册</a> | <a href="/vip.html">开通VIP</a></div></div>
<div id="desktop" class="desk-tip"><p>电脑桌面</p><p><a href="/shortcut.php">添加文秘网到电脑桌面</a></p><p>安装后可以在桌面快捷访问</p></div>
<div class="header"><div class="logo"><a href="/"><img src="/images/logo.gif" alt="文秘网" /></a></div>
<div class="search"><form action="/search.php"><input type="text" name="q" /><input type="submit" value="搜索" /></form></div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zongjie/">工作总结</a></li><li><a href="/jihua/">工作计划</a></li><li><a href="/fayangao/">发言稿</a></li><li><a href="/xinde/">心得体会</a></li><li><a href="/shuzhi/">述职报告</a></li></ul></div>
<div class="main">
<div class="left">
<div class="box"><h3>热门文章</h3><ul>{"".join(f'<li><a href="/a/{i}.html">{h}</a></li>' for i, h in enumerate(hot))}</ul></div>
<div class="box"><h3>热门标签</h3><div class="tags">{" ".join(f'<a href="/tag/{i}">{t}</a>' for i, t in enumerate(tags))}</div></div>
</div>
<div class="right">
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/fayangao/">发言稿</a> &gt; 正文</div>
<div class="article">
<h1>{title}</h1>
<div class="info">栏目:<a href="/fayangao/">发言稿</a>发布:2012-10-13浏览:2214下载253次<a href="javascript:fav()">收藏</a></div>
<div class="content" id="article-content">
{p_lines(speech)}
</div>
<div class="readmore"><div class="mask"></div><div class="unlock"><p>解锁后支持完整在线阅读或下载编辑海量优质内容资源</p><a class="btn" href="/vip.html">立即解锁</a></div></div>
<div class="downbox"><h2>{title}</h2><a class="downbtn" href="/down/1234.html">点击下载</a></div>
<div class="share-bar">分享:<a class="weixin" href="#"></a><a class="weibo" href="#"></a><a class="qzone" href="#"></a></div>
</div>
</div>
</div>
<div class="footer"><p><a href="/about.html">关于我们</a> | <a href="/contact.html">联系我们</a> | <a href="/sitemap.html">网站地图</a></p><p>Copyright &copy; 2010-2020 文秘网 版权所有 蜀ICP备12345678号</p></div>
<div id="delmodal" class="modal" style="display:none"><p>确认删除?</p><button>确定</button><button>取消</button></div>
<div class="float-kefu"><ul><li>QQ</li><li><a href="tencent://message/?uin=123">QQ点击这里给我发消息</a></li></ul><a class="gotop" href="#">回到顶部</a></div>
<script type="text/javascript">document.write('<div class="ad">广告</div>');</script>
</body>
</html>
"""
(HERE / "seed" / "wenmi-gbk-labelled-gb2312.html").write_bytes(wenmi.encode("gbk"))

related = ["在全县基层组织建设年活动推进会上的讲话", "基层组织建设年活动总结", "在党建工作现场会上的讲话"]
comments = ["写得很好，很有参考价值，感谢作者的整理和分享！", "内容很全面，结构清楚，正好用得上，已经收藏了。",
            "第三部分讲得特别到位，我们单位也在推进这项工作，受益匪浅。"]
br_body = "<br />\n".join(html.escape(l) if l else "&nbsp;" for l in speech)
fanwen = f"""<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} - 范文大全</title>
<meta property="og:title" content="{title}">
<meta property="og:site_name" content="范文大全">
<script src="/static/app.js"></script>
<style>.login-wall{{position:relative}}</style>
</head>
<body>
<header class="site-header"><a class="logo" href="/">范文大全</a>
<nav><a href="/">首页</a><a href="/jianghua/">讲话稿</a><a href="/zongjie/">总结</a><a href="/jihua/">计划</a><a href="/login">登录</a></nav></header>
<div class="app-banner"><span>下载APP，阅读更方便</span> <a href="/app">打开APP</a></div>
<main>
<article>
<h1 class="title">{title}</h1>
<div class="meta"><span>栏目:发言稿</span> <span>发布:2012-10-13</span> <span>浏览:2214</span></div>
<div class="text">
{br_body}
</div>
<div class="login-wall"><p>登录后查看全文</p><a class="btn" href="/login">立即登录</a></div>
</article>
<section class="related"><h3>相关推荐</h3><ul>{"".join(f'<li><a href="/r/{i}">{r}</a></li>' for i, r in enumerate(related))}</ul></section>
<section id="comments" class="comments"><h3>网友评论</h3>{"".join(f'<div class="comment"><span class="user">用户{i}</span><p>{c}</p></div>' for i, c in enumerate(comments))}</section>
</main>
<footer><p>© 2024 范文大全 All Rights Reserved</p><p>京ICP备00000000号</p></footer>
</body>
</html>
"""
(HERE / "seed" / "fanwen-utf8-br.html").write_bytes(fanwen.encode("utf-8"))
print("fixtures written")
