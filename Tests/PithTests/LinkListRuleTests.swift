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

@Test func aSentenceCitingLinkedTitlesStaysButALinkedHeadlineRunGoes() throws {
    let s = "She cited <a href=\"/x\">the 2019 annual report on city transport</a>, <a href=\"/y\">the parks review</a> and <a href=\"/z\">the river road study</a> as the reasons for the change."
    let a = try extract(page(paragraphs: proseEN + [s]))
    #expect(a.text.contains("She cited the 2019 annual report on city transport, the parks review and the river road study as the reasons"))
    // Headlines run together, each a link, ending with a full stop: still a list.
    let run = "<a href=\"/1\">Council approves the budget after a long night.</a> <a href=\"/2\">Park reopens after the storm.</a> <a href=\"/3\">School wins the regional prize.</a>"
    let b = try extract(page(paragraphs: proseEN + [run]))
    #expect(!b.text.contains("Park reopens"))
}
