import Testing
@testable import Pith

private let story = proseEN + [
    "Officials expect the revised plan to come back before the council early next year, after a round of public meetings.",
    "Residents who could not attend can send written comments to the town hall until the end of the month.",
]

@Test func aTeaserAfterTheArticlesFooterIsDropped() throws {
    let teaser = "The council met on Tuesday to discuss the budget for parks and schools."
    let html = """
        <html><head><title>Council budget - Example News</title></head><body><div id="page">
        <h1>Council budget</h1>\(story.map { "<p>\($0)</p>" }.joined())
        <div class="copyright">Copyright notice: reprints need the written permission of the publisher, please ask first.</div>
        <p>\(teaser)</p></div></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains(story[4]))
    #expect(!a.text.contains(teaser))
}

@Test func aQuotationsFooterIsAnAttributionAndTheArticleGoesOn() throws {
    let html = """
        <html><head><title>Council budget - Example News</title></head><body><div id="page">
        <h1>Council budget</h1>\(story.map { "<p>\($0)</p>" }.joined())
        <blockquote><p>We will listen to every resident before we decide anything at all.</p><footer>The mayor, speaking on Tuesday</footer></blockquote>
        <p>The final vote is expected in March, when the council sets next year's tax rate as well.</p></div></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains("The final vote is expected in March"))
}

private func tableLayout(_ cell: String) -> String {
    "<html><head><title>Council budget - Example Blog</title></head><body><table><tr><td>\(cell)</td></tr></table></body></html>"
}

@Test func whatFollowsTheCommentsInTheBodysRunIsNotTheArticle() throws {
    let sidebar = "Old table layouts put the archive and the latest posts right after the comments, in the same cell."
    let cell = story.map { "<p>\($0)</p>" }.joined()
        + "<div class=\"comments\"><p>A reader wrote that the parks money should go to the schools instead, and many agreed with her.</p></div>"
        + "<p>\(sidebar)</p>"
    let a = try extract(tableLayout(cell))
    #expect(a.text.contains(story[4]))
    #expect(!a.text.contains(sidebar))
}

@Test func aCommentBoxEarlyInTheArticleDoesNotEndIt() throws {
    let cell = "<p>\(story[0])</p><div class=\"comments\"><p>Join the discussion of the budget below the article, where readers share their views.</p></div>"
        + story.dropFirst().map { "<p>\($0)</p>" }.joined()
    let a = try extract(tableLayout(cell))
    #expect(a.text.contains(story[4]))
}
