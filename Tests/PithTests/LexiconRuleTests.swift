import Testing
@testable import Pith

@Test func dropsPromptsInsideTheBody() throws {
    let a = try extract(page(paragraphs: proseZH, after: "<p>点击下载</p><p>下载APP</p><p>分享到微信</p>"))
    for s in ["点击下载", "下载APP", "分享到微信"] { #expect(!a.text.contains(s)) }
    #expect(a.removed.contains { $0.text == "点击下载" && $0.reason == .downloadPrompt })
}

@Test func keepsBodySentencesThatMentionDownloads() throws {
    let p = "市民可以点击下载这份报告的电子版，也可以到各区图书馆借阅纸质版本，了解详细的规划内容。"
    let a = try extract(page(paragraphs: proseZH + [p]))
    #expect(a.text.contains(p))
}

@Test func chineseSiteNoticesGoButLegalProseStays() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("① 凡本网注明“来源：振兴东北网”的所有作品，版权均属于国务院振兴东北办，未经授权不得转载。") == .copyright)
    #expect(m("扫一扫在手机打开当前页") == .share)
    #expect(m("E-mail (不显示在评论中)") == .comments)
    #expect(m("法院认为，根据《中华人民共和国著作权法》第十条，被告未经许可使用原告作品，构成侵权，应当承担赔偿责任。") == nil)
}

@Test func englishPageFurnitureAndLookAlikes() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("Explore further") == .related)
    #expect(m("Follow us on Twitter and Facebook for the latest news.") == .share)
    #expect(m("Microsoft may earn an Affiliate Commission if you purchase something through recommended links.") == .copyright)
    #expect(m("Explore further afield and you will find the old mill, which has stood by the river since 1820.") == nil)
}

@Test func authorBioBoxIsDroppedButAnAuthorsArticleIsNot() throws {
    let bio = "<div class=\"author-bio\"><p>Jane Doe joined the paper in 2017. She covers city hall and has written about local politics for ten years.</p></div>"
    let a = try extract(page(paragraphs: proseEN, after: bio))
    #expect(!a.text.contains("Jane Doe joined"))
    // A page whose article container merely mentions "author" in a class keeps its text.
    let b = try extract("<html><body><div class=\"author-page\"><h1>On writing</h1>" + proseEN.map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
    #expect(b.text.contains(proseEN[1]))
}
