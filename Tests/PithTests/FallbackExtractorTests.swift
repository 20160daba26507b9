import Testing
@testable import Pith

@Test func pageWithOnlyShortLinesStillGivesText() throws {
    let a = try extract("<html><body><div>Hello world</div></body></html>")
    #expect(a.text.contains("Hello world"))
}

@Test func fallbackKeepsProseButNotBoilerplate() {
    var blocks = [
        TextBlock(text: "Home", kind: .paragraph, element: -1, linkCharacters: 4),
        TextBlock(text: proseEN[0], kind: .paragraph, element: -1, linkCharacters: 0),
    ]
    for i in blocks.indices { blocks[i].value = BlockValue.value(of: blocks[i]) }
    #expect(FallbackExtractor.select(blocks) == [1])
}
