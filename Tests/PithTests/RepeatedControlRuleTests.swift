import Foundation
import Testing
@testable import Pith

private func tree(_ html: String) throws -> DocumentTree {
    let (markup, tokens) = InertContentStripper.strip(Array(html.utf8), keepLinks: false, tokenize: true)
    return try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 1000, maxDepth: 100)
}

private let sections = [
    ("Payroll", "Run payroll for staff in every state in minutes, with taxes filed for you and payslips sent by e-mail on the day."),
    ("Benefits", "Offer health cover, pensions and commuter benefits that your team can manage themselves from one simple dashboard."),
    ("Hiring", "Post openings, review applicants and send offers without leaving the app, and bring new hires on board in a day."),
]

/// A list of places repeats its call to act in every record: each copy goes, the records'
/// names and fields stay.
@Test func repeatedCallsToActGo() throws {
    let parks = ["Burroughs Park", "Carl Barton Park", "Cypress Creek", "Huntsville State Park", "Jack Brooks Park", "Memorial Park", "Spring Creek", "Terry Hershey Park"]
    let html = "<html><body><main><h1>Mountain bike trails near the city</h1><ul class=\"trails\">" + parks.enumerated().map { n, name in
        "<li class=\"trail\"><h3>\(name)</h3><p>Difficulty: beginner to intermediate, with a loop for children</p><p>Length: \(n + 3) miles of single track through the woods</p><p><a href=\"/map/\(n)\">View trail map</a></p></li>"
    }.joined() + "</ul></main></body></html>"
    let a = try extract(html)
    for name in parks { #expect(a.text.contains(name)) }
    #expect(a.text.contains("Length: 9 miles of single track"))
    #expect(!a.text.contains("View trail map"))
}

/// A link said once stays; a card's name that is part of a larger link is no control; a grid
/// with more than ten labels repeated keeps them (its records' fields).
@Test func singleLinksCardNamesAndGridFieldsStay() throws {
    func applied(_ html: String) throws -> [TextBlock] {
        let t = try tree(html)
        var blocks = BlockSegmenter.segment(t, from: 0, skipping: Array(repeating: nil, count: t.count), keepLinks: false)
        RepeatedControlRule.apply(&blocks, body: Array(blocks.indices), tree: t)
        return blocks
    }
    // The same markup as above with every label said once.
    let once = try applied("<html><body>" + sections.map { h, p in
        "<section><h2>\(h)</h2><p>\(p)</p><div><a href=\"/\(h.lowercased())\">See \(h.lowercased()) plans</a></div></section>"
    }.joined() + "</body></html>")
    #expect(once.filter { $0.text.hasPrefix("See ") }.count == 3)
    #expect(once.allSatisfy { $0.isKept })
    // The same label twice is what the rule takes.
    let twice = try applied("<html><body><p>\(sections[0].1)</p><div><a href=\"/a\">Learn more</a></div><div><a href=\"/b\">Learn more</a></div></body></html>")
    #expect(twice.filter { $0.text == "Learn more" && !$0.isKept }.count == 2)
    // Cards linked whole: their names repeat, but each is part of a larger link.
    let cards = try applied("<html><body><div>" + (1...4).map { n in
        "<a href=\"/p/\(n)\"><div>Trail shoe</div><div>Light and grippy shoe number \(n), made for long days on rough ground.</div></a>"
    }.joined() + "</div></body></html>")
    #expect(cards.filter { $0.text == "Trail shoe" }.count == 4)
    #expect(cards.allSatisfy { $0.isKept })
    // A grid repeating more than ten labels: its records' fields.
    let colours = ["Red", "Blue", "Green", "Black", "White", "Grey", "Navy", "Olive", "Sand", "Teal", "Plum"]
    let grid = try applied("<html><body>" + (1...2).map { _ in "<ul>" + colours.map { "<li><a href=\"/c\">\($0)</a></li>" }.joined() + "</ul>" }.joined() + "</body></html>")
    #expect(grid.filter { $0.text == "Navy" }.count == 2)
    #expect(grid.allSatisfy { $0.isKept })
}
