import Testing
@testable import Pith

private let teasers = [
    "Storm closes the coastal road for the second time this winter as waves break over the sea wall.",
    "New bakery opens in the town square and draws a queue around the block on its very first morning.",
]

@Test func relatedHeaderCutsTheTeasersAfterIt() throws {
    let a = try extract(page(paragraphs: proseEN, after: "<h3>More in Local News</h3>" + teasers.map { "<p>\($0)</p>" }.joined()))
    #expect(a.text.contains(proseEN[2]))
    #expect(!a.text.contains("Storm closes") && !a.text.contains("New bakery"))
    #expect(a.removed.contains { $0.text == "More in Local News" && $0.reason == .related })
}

@Test func aReadMoreButtonOrAnInlineRelatedLinkDoesNotCutTheStory() throws {
    // "Read more" that expands the story, and a "Related:" line in the middle: the story goes on.
    let a = try extract(page(paragraphs: [proseEN[0], "Related: Council publishes its spending plans", proseEN[1]],
                             after: "<div class=\"btn\">Read more</div><p>\(proseEN[2])</p>"))
    #expect(a.text.contains(proseEN[1]) && a.text.contains(proseEN[2]))
    #expect(!a.text.contains("Related: Council publishes"))
}

@Test func aRelatedHeaderEarlyInTheBodyIsNotATail() throws {
    // The header comes before most of the text: what follows is the article, not teasers.
    let a = try extract(page(paragraphs: [proseEN[0], "<h3>Related</h3>"] + proseEN + proseEN.map { $0 + " Again." }))
    #expect(a.text.contains(proseEN[2] + " Again."))
}

@Test func openersMatchAtWordBoundariesOnly() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("More in Minnesota Wild") == .related)
    #expect(m("Leia também: como cuidar da horta") == .related)
    #expect(m("More information about the budget") == nil)
    #expect(m("More in the report, published today, than anyone expected.") == nil)
}

@Test(arguments: [
    ("Wir verwenden Cookies, um Ihnen das beste Nutzererlebnis zu bieten.", RemovalReason.cookieBanner),
    ("Alle Rechte vorbehalten", .copyright), ("À lire aussi", .related), ("Lo más leído", .related),
    ("Читайте также", .related), ("関連記事", .related), ("Você pode gostar...", .related),
])
func lexiconsInOtherLanguages(_ text: String, _ reason: RemovalReason) throws {
    let lexicon = try BoilerplateLexicon.load()
    #expect(lexicon.match(text, stats: TextStatistics(text)) == reason)
}

@Test func otherLanguageBodySentencesAreKept() throws {
    let lexicon = try BoilerplateLexicon.load()
    for s in ["Die Bäckerei verwendet Cookies aus eigener Herstellung und verkauft sie jeden Morgen auf dem Markt am Rathaus.",
              "Читайте также книги, которые помогут вам лучше понять историю нашего города и его жителей, советует автор."] {
        #expect(lexicon.match(s, stats: TextStatistics(s)) == nil, "\(s)")
    }
}

@Test func aNonHeadingRelatedLineFollowedByLinksEndsTheBody() throws {
    let links = (1...5).map { "<p><a href=\"/a\($0)\">少年时代(\($0))(2004/10/10 17:06)</a></p>" }.joined()
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH + proseZH.map { $0 + "这是补充说明。" },
                             after: "<p><b>相关链接</b></p>" + links))
    #expect(!a.text.contains("少年时代"))
    #expect(a.text.contains(proseZH[2] + "这是补充说明。"))
}

@Test func aNoticeHeaderEndsTheBodyWithTheLegalTextAfterIt() throws {
    let notice = "<p>反侵权公告：</p><p>一、任何单位或个人，在任何公开传播平台上使用本报作品，须经书面授权。</p><p>二、对于各类非法转载行为，欢迎读者提供线索。</p>"
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH + proseZH.map { $0 + "这是补充说明。" }, after: notice))
    #expect(!a.text.contains("任何单位或个人") && !a.text.contains("非法转载"))
    #expect(a.text.contains(proseZH[2] + "这是补充说明。"))
}

@Test func chinesePaginationAndOriginalTitleLines() throws {
    let lexicon = try BoilerplateLexicon.load()
    func m(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }
    #expect(m("第1页/共1页 << 上一页 | 下一页 >>") == .navigation)
    #expect(m("原标题：春季学期开学，织密返校疫情防控网") == .metadataLine)
    #expect(m("分享让更多人看到") == .share)
    #expect(m("他翻到上一页，又看了一遍那段话，然后合上了书。") == nil)
}

@Test func aMoreFromTheSiteHeadingCutsTheFeedButAMoreHeadingAboutTheStoryDoesNot() throws {
    let feed = "<h3>More Example News</h3>" + teasers.map { "<p>\($0)</p>" }.joined()
    let a = try extract(page(paragraphs: proseEN + proseEN.map { $0 + " Again." }, after: feed))
    #expect(!a.text.contains("Storm closes") && !a.text.contains("New bakery"))
    #expect(a.removed.contains { $0.text == "More Example News" && $0.reason == .related })
    let b = try extract(page(paragraphs: proseEN + proseEN.map { $0 + " Again." },
                             after: "<h3>More rain expected</h3>" + teasers.map { "<p>\($0)</p>" }.joined()))
    #expect(b.text.contains("Storm closes") && b.text.contains("New bakery"))
}

@Test func aHeaderEverySectionRepeatsIsAButtonNotTheEndOfTheBody() throws {
    // A landing page: each section ends with the same short line the lexicon reads as a related
    // header, followed by short card lines. A header comes once; a repeated line is a button.
    let section = { (k: Int) in
        "<section><h2>Service \(k)</h2><p>\(proseEN[k % proseEN.count])</p><h3>More in Local News</h3>"
            + "<p>Card one of section \(k)</p><p>Card two of section \(k)</p></section>"
    }
    let html = "<html><body><main>" + (0..<3).map(section).joined() + "</main></body></html>"
    let a = try extract(html)
    #expect(a.text.contains("Service 2"))
    #expect(a.text.contains(proseEN[2 % proseEN.count]))
    // Once, the same header still ends the body (relatedHeaderCutsTheTeasersAfterIt).
    let block = { (t: String) in TextBlock(text: t, kind: .paragraph, element: -1, linkCharacters: 0) }
    #expect(RelatedTailRule.repeats("Read more", in: [block("Read more"), block("A paragraph"), block("read  MORE")]))
    #expect(!RelatedTailRule.repeats("Read more", in: [block("Read more"), block("Read more about the budget")]))
}
