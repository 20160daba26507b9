import Testing
@testable import Pith

@Test func precisionFocusTrimsStubsAtTheEdges() throws {
    let html = page(paragraphs: ["Staff reporter"] + proseEN + ["Continue reading"])
    let balanced = try extract(html)
    let precise = try extract(html) { $0.focus = .precision }
    #expect(precise.text.contains(proseEN[0]) && precise.text.contains(proseEN[2]))
    #expect(!precise.text.contains("Continue reading") && !precise.text.contains("Staff reporter"))
    #expect(precise.blocks.count <= balanced.blocks.count)
}

@Test func precisionFocusKeepsShortSentencesAndTheHeading() throws {
    let precise = try extract(page(paragraphs: proseEN + ["He left."])) { $0.focus = .precision }
    #expect(precise.text.contains("He left."))          // a sentence, however short
    #expect(precise.text.contains("A day in the city"))  // the title heading opens the body
}
