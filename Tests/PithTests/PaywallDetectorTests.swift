import Testing
@testable import Pith

@Test func wallAfterTheBodyMarksTruncation() throws {
    let a = try extract(page(paragraphs: proseZH, after: "<div class=\"wall\"><p>登录后查看全文</p></div>"))
    #expect(a.isTruncated)
    #expect(!a.text.contains("登录后查看全文"))
    let b = try extract(page(paragraphs: proseEN, after: "<p>Subscribe to continue reading</p>"))
    #expect(b.isTruncated)
}

@Test func wallLinkInTheSiteHeaderDoesNotMarkTruncation() throws {
    let a = try extract(page(paragraphs: proseZH, before: "<div class=\"top\"><a href=\"/vip\">开通VIP</a></div>"))
    #expect(!a.isTruncated)
    let b = try extract(page(paragraphs: proseEN))
    #expect(!b.isTruncated)
}

@Test func bodySentenceAboutSubscriptionsIsNotAWall() throws {
    let p = "The paper said that more readers than ever now subscribe to continue reading its investigations online, a sign of change."
    let a = try extract(page(paragraphs: proseEN + [p]))
    #expect(!a.isTruncated)
    #expect(a.text.contains(p))
}
