import Testing
@testable import Pith

@Test func dropsLinkListsInsideTheContainer() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <p><a href="/1">Council approves budget</a> | <a href="/2">Park reopens after storm</a> | <a href="/3">School news</a></p>
        """))
    #expect(!a.text.contains("Park reopens"))
    #expect(a.removed.contains { $0.reason == .linkList })
}

@Test func keepsParagraphsWithSomeLinks() throws {
    let p = "According to <a href=\"/report\">the annual report</a>, spending on roads rose by a fifth, while spending on libraries stayed flat for the third year running."
    let a = try extract(page(paragraphs: proseEN + [p]))
    #expect(a.text.contains("According to the annual report, spending on roads rose"))
}
