import Testing
@testable import Pith

/// The kind of line a shop prints into hidden spans: identifiers, not words.
private let soup = "9303097ac-d3e5-41e1-a1 303640756ebfX2bf8403c-6590-4d73-8b16-95f6c3ecdef8 84f535a2-9d93-4358-b5a8-c77d761c12e9"
    + " S74566818-87fa-4f92-a44b-1994747f4b09p4aaa672b"

@Test func aLineOfIdentifiersInTheBodyIsDropped() throws {
    let a = try extract(page(paragraphs: Array(proseEN.prefix(2)) + [soup] + proseEN.dropFirst(2)))
    #expect(!a.text.contains("d3e5"))
    #expect(a.text.contains(proseEN[0]) && a.text.contains(proseEN[2]))
    #expect(IdentifierSoupRule.isSoup(soup))
}

@Test func modelNumbersAmongWordsAndCodeStay() throws {
    let specs = "The XR2000 ships with the A14 chip, 8GB of memory, a 256GB drive and a USB3 port on each side of the case."
    let hashes = "a1b2c3d4 e5f60718 9a8b7c6d 5e4f3a2b 1c2d3e4f 5a6b7c8d 9e0f1a2b 3c4d5e6f 7a8b9c0d 1e2f3a4b"
    let html = page(paragraphs: [proseEN[0], specs, proseEN[1]], after: "<pre><code>\(hashes)</code></pre><p>\(proseEN[2])</p>")
    let a = try extract(html)
    #expect(a.text.contains(specs))
    #expect(a.text.contains("9a8b7c6d"))
    #expect(!IdentifierSoupRule.isSoup(specs))
    // Few words are not a run of identifiers (a part number alone).
    #expect(!IdentifierSoupRule.isSoup("Part AB12-CD34-EF56"))
}

@Test func identifiersThatAreTheWholeBodyStay() throws {
    let html = "<html><body><div class=\"story\"><p>\(soup) \(soup)</p></div></body></html>"
    let a = try extract(html)
    #expect(a.text.contains("d3e5"))
}

@Test func aLineOfIdentifiersInTextInputIsDropped() throws {
    var o = ExtractionOptions()
    o.inputFormat = .text
    let a = try Pith.extract(string: (Array(proseEN.prefix(2)) + [soup] + proseEN.dropFirst(2)).joined(separator: "\n\n"), options: o)
    #expect(!a.text.contains("d3e5"))
    #expect(a.text.contains(proseEN[2]))
}
