import Testing
@testable import Pith

private func segments(_ html: String, dropping dropped: String) throws -> [String] {
    let (markup, tokens) = InertContentStripper.strip(Array(html.utf8), keepLinks: false, tokenize: true)
    let tree = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 1000, maxDepth: 100)
    var hard = [RemovalReason?](repeating: nil, count: tree.count)
    for i in 0..<tree.count where tree.name(of: i) == dropped { for j in i..<tree[i].end { hard[j] = .widget } }
    return BlockSegmenter.segment(tree, from: 0, skipping: hard).map(\.text)
}

/// A block that is dropped (a `<nav>` between two runs of inline text) still ends the text
/// before it: the words on either side are two blocks, as they are two lines on screen.
@Test func aDroppedBlockStillEndsTheTextBeforeIt() throws {
    let html = "<html><body><div><span>left words</span><nav><a>menu</a></nav><span>right words</span></div></body></html>"
    #expect(try segments(html, dropping: "nav") == ["left words", "right words"])
}

/// Dropped inline markup does not split a line.
@Test func droppedInlineMarkupKeepsTheLineWhole() throws {
    let html = "<html><body><div><span>left words</span> <b>ad</b> <span>right words</span></div></body></html>"
    #expect(try segments(html, dropping: "b") == ["left words right words"])
}
