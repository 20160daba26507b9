import Testing
@testable import Pith

private let teasers = (1...5).map {
    "<div class=\"teaser\"><a href=\"/s/\($0)\">Another headline number \($0) about the region</a><span>SPRINGFIELD: An excerpt of story \($0), cut short after a line or so of text...</span></div>"
}.joined()

@Test func dropsTeaserListsWithExcerpts() throws {
    let a = try extract(page(paragraphs: proseEN, after: "<div class=\"more\">\(teasers)</div>"))
    #expect(!a.text.contains("Another headline"))
    #expect(!a.text.contains("An excerpt of story"))
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func keepsListsWhoseLinksArePartOfSentences() throws {
    let items = [
        "<li><strong><a href=\"/a\">The state attorney general is investigating the company</a>.</strong> The company confirmed it had been contacted by the office.</li>",
        "<li><strong><a href=\"/b\">The chief executive is stepping down in May</a>.</strong> He will hand over to the president of the company.</li>",
        "<li><strong><a href=\"/c\">The investor wants the firm to turn a profit</a>.</strong> He told executives to look for savings next year.</li>",
    ].joined()
    let paragraphs = [
        "<p><a href=\"/x\">Rolling Stone</a> reported details of the reunion tour that stops in the city in July, with all the original members.</p>",
        "<p><a href=\"/y\">The band</a> will also play two shows in the capital, the first of them on a Friday in early August.</p>",
        "<p><a href=\"/z\">Tickets</a> go on sale next week, and fan-club members can buy them two days earlier than everyone else.</p>",
    ].joined()
    let a = try extract(page(paragraphs: [proseEN[0]], after: "<ol>\(items)</ol>" + paragraphs))
    #expect(a.text.contains("The company confirmed it had been contacted"))
    #expect(a.text.contains("Rolling Stone reported details"))
    #expect(a.text.contains("Tickets go on sale"))
}
