import Foundation
import Testing
@testable import Pith

private func tree(_ html: String) throws -> DocumentTree {
    let (markup, tokens) = InertContentStripper.strip(Array(html.utf8), keepLinks: false, tokenize: true)
    return try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 5000, maxDepth: 100)
}

private func applied(_ html: String) throws -> [TextBlock] {
    let t = try tree(html)
    var blocks = BlockSegmenter.segment(t, from: 0, skipping: Array(repeating: nil, count: t.count), keepLinks: false)
    RecordControls.apply(&blocks, body: Array(blocks.indices), tree: t)
    return blocks
}

private let books = [
    ("The Quiet Harbour", "A fishing town keeps a secret for forty years, until a storm brings it back to shore."),
    ("Salt and Iron", "Two sisters run a forge at the edge of an empire that is slowly falling apart around them."),
    ("North of Nowhere", "A bush pilot and a botanist are stranded for a winter on an island that is not on any map."),
    ("The Glass Orchard", "A gardener inherits an orchard whose trees grow fruit made of glass, and a debt to pay."),
    ("Low Tide", "A detective returns to the coast where her brother vanished, to find the tide has turned."),
]

/// A listing's records each repeat a rating widget and a stock note word for word: they go,
/// the records' names and descriptions stay.
@Test func controlsAndConstantLabelsOfRecordsGo() throws {
    let html = "<html><body><main><h1>New in fiction</h1><ul class=\"results\">" + books.enumerated().map { n, b in
        "<li class=\"book\"><h3><a href=\"/b/\(n)\">\(b.0)</a></h3><p>\(b.1)</p><p class=\"stock\">Available for shipping</p>"
            + "<div class=\"rate\"><label>Rate this book</label></div></li>"
    }.joined() + "</ul></main></body></html>"
    let blocks = try applied(html)
    for b in books { #expect(blocks.contains { $0.text.contains(b.1) && $0.isKept }) }
    #expect(blocks.filter { $0.text == "Available for shipping" }.count == books.count)
    #expect(blocks.filter { $0.text == "Available for shipping" || $0.text == "Rate this book" }.allSatisfy { !$0.isKept })

    // Through the whole pipeline, on a page that says it is a listing.
    let a = try extract(html) { $0.pageKind = .listing }
    for b in books { #expect(a.text.contains(b.0)); #expect(a.text.contains(b.1)) }
    #expect(!a.text.contains("Available for shipping"))
    #expect(!a.text.contains("Rate this book"))
}

/// What looks alike but is the records' own: a field's name (`Format:`), a field's value that every record shares beside
/// values that differ (a listing filtered to hardbacks), a label most records lack, a price, a
/// label inside a longer line; and an article's repeated sections are left alone.
@Test func recordFieldsAndArticlesStay() throws {
    let html = "<html><body><ul class=\"results\">" + books.enumerated().map { n, b in
        "<li class=\"book\"><h3>\(b.0)</h3><p>\(b.1)</p>"
            + "<p><span class=\"k\">Format:</span> paperback, \(200 + n) pages</p><p class=\"price\">$1\(n).99</p>"
            + "<div class=\"facts\"><p class=\"fact\">Hardback</p><p class=\"fact\">\(300 + 20 * n) pages</p></div>"
            + (n == 0 ? "<p class=\"badge\">Staff pick</p>" : "")
            + "<p>Signed by the author <span class=\"x\">while stocks last</span> at our shop on the quay</p></li>"
    }.joined() + "</ul></body></html>"
    let blocks = try applied(html)
    #expect(blocks.allSatisfy { $0.isKept }, "\(blocks.filter { !$0.isKept }.map(\.text))")
    #expect(blocks.filter { $0.text == "Hardback" && $0.isKept }.count == books.count)

    // The rule runs on pages of records only: an article's sections repeating "Read more" keep it.
    let article = "<html><body><article><h1>Five novels of the sea</h1>" + books.map { b in
        "<section class=\"pick\"><h2>\(b.0)</h2><p>\(b.1) It is the best book of the year for readers who love the coast.</p><p class=\"note\">Our critic's choice</p></section>"
    }.joined() + "</article></body></html>"
    let a = try extract(article) { $0.pageKind = .article }
    #expect(a.text.components(separatedBy: "Our critic's choice").count - 1 == books.count)
}
