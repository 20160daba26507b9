import Testing
@testable import Pith

@Test func dropsHeadingsLeftAtTheEnd() throws {
    let a = try extract(page(paragraphs: proseEN, after: "<h3>More from the council</h3>"))
    #expect(!a.text.contains("More from the council"))
}

@Test func keepsHeadingsFollowedByText() throws {
    let a = try extract(page(paragraphs: [proseEN[0]], after: "<h2>What happens next</h2>" + proseEN.dropFirst().map { "<p>\($0)</p>" }.joined()))
    #expect(a.text.contains("What happens next"))
    #expect(a.blocks.contains { $0.kind == .heading && $0.level == 2 })
}
