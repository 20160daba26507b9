import Foundation
import Testing
@testable import Pith

/// The user's example: a speech inside a Chinese document-sharing page. Three renditions of the
/// same page — the flattened text the user gave, a GBK page labelled gb2312 with a sidebar, nav,
/// paywall mask and download box, and a UTF-8 page with a `<br>`-separated body, a login wall,
/// comments and a related list — must all give exactly the speech.
@Test(arguments: ["seed/000_4d4af724e9113844.txt", "seed/wenmi-gbk-labelled-gb2312.html", "seed/fanwen-utf8-br.html"])
func seedPageGivesExactlyTheSpeech(_ path: String) throws {
    let expected = try fixtureText("seed/expected.txt").trimmingCharacters(in: .whitespacesAndNewlines)
    let article = try Pith.extract(html: try fixture(path))
    #expect(article.text == expected)
    #expect(article.isTruncated)
    #expect(article.title == "在全市基层组织建设年活动现场推进会上的讲话")
    #expect(article.metadata.date == "2012-10-13")
    #expect(article.metadata.category == "发言稿")
}

@Test func seedPageBoilerplateLinesAreGone() throws {
    let article = try Pith.extract(html: try fixture("seed/wenmi-gbk-labelled-gb2312.html"))
    #expect(article.charset == "GB18030")
    for line in ["电脑桌面", "栏目", "解锁后", "点击下载", "分享", "热门文章", "热门标签", "确认删除", "QQ", "回到顶部", "镕"] {
        #expect(!article.text.contains(line), "kept boilerplate: \(line)")
    }
}

@Test func seedPageExplainsEveryRemoval() throws {
    var o = ExtractionOptions()
    o.recordRemoved = true
    let article = try Pith.extract(html: try fixture("seed/wenmi-gbk-labelled-gb2312.html"), options: o)
    let reasons = Dictionary(article.removed.map { ($0.text, $0.reason) }, uniquingKeysWith: { a, _ in a })
    #expect(reasons["解锁后支持完整在线阅读或下载编辑海量优质内容资源"] != nil)
    #expect(reasons["点击下载"] != nil)
    #expect(reasons["栏目:发言稿发布:2012-10-13浏览:2214下载253次收藏"] == .metadataLine)
    #expect(reasons["添加文秘网到电脑桌面"] == .desktopPrompt)
}
