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

@Test func precisionFocusKeepsAListOrATableThatOpensTheBody() throws {
    let rounds = (1...8).map { "Round \($0): 1\($0) March – Riverside Park" }
    let precise = try extract(page(paragraphs: rounds + proseEN)) { $0.focus = .precision }
    for r in rounds { #expect(precise.text.contains(r)) }
    // A results table: short cells, kept in precision focus too.
    let rows = ["Ann Lee", "Bo Chan", "Cy Diaz", "Di Fox", "Ed Gray"].enumerated().map { n, name in
        "<tr><td>\(n + 1)</td><td>\(name)</td><td>\(100 - n * 7)</td></tr>"
    }.joined()
    let table = try extract(page(paragraphs: [proseEN[0]], after: "<table>\(rows)</table><p>\(proseEN[1])</p><p>\(proseEN[2])</p>")) {
        $0.focus = .precision
    }
    #expect(table.text.contains("Cy Diaz"))
}
