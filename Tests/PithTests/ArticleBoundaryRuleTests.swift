import Testing
@testable import Pith

private let story = proseEN + [
    "Officials expect the revised plan to come back before the council early next year, after a round of public meetings.",
    "Residents who could not attend can send written comments to the town hall until the end of the month.",
]

private let teasers = [
    "A storm closed the coastal road for the second time this winter as waves broke over the old sea wall.",
    "A new bakery opened in the town square and drew a queue around the block on its very first morning.",
    "The library will stay open late on Thursdays from next month, the county said in a statement on Monday.",
]

private func feedPage(_ articles: [[String]]) -> String {
    let bodies = articles.enumerated().map { n, paragraphs in
        "<article><h2><a href=\"/story/\(n)\">Story number \(n)</a></h2>"
            + paragraphs.map { "<p>\($0)</p>" }.joined() + "</article>"
    }
    return "<html><head><title>Council budget - Example News</title></head><body><main>"
        + bodies.joined(separator: "\n") + "</main></body></html>"
}

@Test func aFeedOfTeaserArticlesAfterTheStoryIsDropped() throws {
    let a = try extract(feedPage([story] + teasers.map { [$0] }))
    #expect(a.text.contains(story[0]) && a.text.contains(story[4]))
    for t in teasers { #expect(!a.text.contains(t)) }
    #expect(a.removed.contains { $0.text == teasers[0] && $0.reason == .related })
}

@Test func postsOfSimilarSizeAreAllKept() throws {
    // A live blog or a thread: every post is an <article>, none dominates.
    let posts = [Array(story[0...1]), Array(story[2...3]), [story[4], teasers[0]]]
    let a = try extract(feedPage(posts))
    for p in posts.flatMap({ $0 }) { #expect(a.text.contains(p)) }
}

@Test func readerCommentsInsideTheStoryAreKeptWhenAskedFor() throws {
    let comment = "I was at the meeting and the traffic problem near the river is far worse than the report says."
    let html = feedPage([story]).replacingOccurrences(
        of: "</article>", with: "<section><article><p>\(comment)</p></article></section></article>")
    let kept = try extract(html) { $0.includeComments = true }
    #expect(kept.text.contains(comment))
}
