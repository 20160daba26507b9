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

/// A block's kind comes from its innermost heading, preformatted element, list item or
/// (innermost) cell; a quotation around anything else, however far out, makes a quote.
@Test func blockKindsFromTheirEnclosingElements() throws {
    func kinds(_ body: String) throws -> [String] {
        let (markup, tokens) = InertContentStripper.strip(Array("<html><body>\(body)</body></html>".utf8), keepLinks: false, tokenize: true)
        let tree = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 1000, maxDepth: 100)
        let hard = [RemovalReason?](repeating: nil, count: tree.count)
        return BlockSegmenter.segment(tree, from: 0, skipping: hard).map { b in
            "\(b.kind)" + (b.level.map { "\($0)" } ?? "") + ":" + b.text
        }
    }
    #expect(try kinds("<blockquote><div><p>q</p></div></blockquote>") == ["quote:q"])
    #expect(try kinds("<blockquote><ul><li>x</li></ul></blockquote>") == ["listItem:x"])
    #expect(try kinds("<table><tr><td><blockquote>y</blockquote></td></tr></table>") == ["quote:y"])
    #expect(try kinds("<blockquote><table><tr><td>z</td></tr></table></blockquote>") == ["quote:z"])
    #expect(try kinds("<table><tr><td><div>cell</div></td></tr></table>") == ["paragraph:cell"])
    #expect(try kinds("<div><h2>Title</h2><p>after</p></div>") == ["heading2:Title", "paragraph:after"])
    #expect(try kinds("<pre>a  b\nc</pre><p>x  y</p>") == ["code:a  b\nc", "paragraph:x y"])
    #expect(try kinds("<pre><div>in  div\nline</div></pre>") == ["code:in  div\nline"])
    #expect(try kinds("<xmp>x  y</xmp>") == ["code:x  y"])
    #expect(try kinds("<blockquote><pre>p  q</pre></blockquote><p>after</p>") == ["code:p  q", "paragraph:after"])
}
