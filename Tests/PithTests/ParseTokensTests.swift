import Foundation
import Testing
@testable import Pith

/// Tokens in place of text and attributes (`ParseTokens`) must give exactly the tree the page
/// gives without them: same nodes, same text to the byte (white space included), same
/// attributes. `LibXMLTreeReaderTests` holds that tree to libxml2's own.
struct ParseTokensTests {
    /// Every node of a tree, in full.
    static func dump(_ tree: DocumentTree) -> [String] {
        tree.nodes.indices.map { i in
            let n = tree.nodes[i]
            let attributes = tree.attributes(of: i).map { "\($0.name)=\($0.value.debugDescription)" }.joined(separator: " ")
            return "\(n.kind) \(tree.name(of: i)) p\(n.parent) e\(n.end) d\(n.depth) m\(n.attributeMask.rawValue) "
                + "f\(tree.flags[i].rawValue) [\(attributes)] \(tree.text(of: i).debugDescription)"
        }
    }

    static func trees(_ utf8: [UInt8], keepLinks: Bool, maxDepth: Int = 10_000) throws -> (plain: [String], tokens: [String], used: Int) {
        let plain = InertContentStripper.strip(utf8, keepLinks: keepLinks)
        let (markup, tokens) = InertContentStripper.strip(utf8, keepLinks: keepLinks, tokenize: true)
        let a = try LibXMLTreeReader.parse(utf8: plain, maxNodes: 5_000_000, maxDepth: maxDepth, keepLinks: keepLinks)
        let b = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 5_000_000, maxDepth: maxDepth,
                                           keepLinks: keepLinks)
        return (dump(a), dump(b), tokens.texts.count + tokens.attributeSets.count)
    }

    static func firstDifference(_ a: [String], _ b: [String]) -> String? {
        for i in 0..<max(a.count, b.count) {
            let x = i < a.count ? a[i] : "(end)", y = i < b.count ? b[i] : "(end)"
            if x != y { return "node \(i): without tokens \(x.prefix(200)) | with tokens \(y.prefix(200))" }
        }
        return nil
    }

    @Test func sameTreeWithAndWithoutTokensOnEveryPage() throws {
        var compared = 0, used = 0
        for url in try LibXMLTreeReaderTests.pages() {
            let data = try Data(contentsOf: url)
            guard let (utf8, _, kind) = try? Pith.decode(data, options: ExtractionOptions()), kind != .text,
                  utf8.contains(where: { $0 > 0x20 }) else { continue }
            for keepLinks in [false, true] {
                let (plain, tokens, count) = try Self.trees(utf8, keepLinks: keepLinks)
                #expect(Self.firstDifference(plain, tokens) == nil, "\(url.lastPathComponent) keepLinks \(keepLinks)")
                used += count
            }
            compared += 1
        }
        #expect(compared >= 30)
        // The comparison means something only if the pages were tokenized.
        #expect(used > compared * 20)
    }

    /// Text and attributes where a token could go wrong: references, control characters,
    /// non-characters, private-use characters, blank runs, text before the first tag, runs of
    /// more than libxml2's 1,000-byte pieces, comments joining text, repeated attributes.
    @Test(arguments: LibXMLTreeReaderTests.misreadMarkup + [
        "<p>Tom &amp; Jerry &#8217;s friends &nbsp; and more words here</p>",
        "<p>an icon &#xE001; between words, and &#57345; again, then text</p>",
        "<p>written private use \u{E001} character, and plane 12 \u{C0001}\u{C0002} ones: no text tokens</p>",
        "<p>a reference to plane 12: &#xC0000; &#xC0001;&#xC0002; and &#786432; then words</p>",
        "<p>a non-character \u{FFFF} inside, and \u{FFFE} too, then words</p>",
        "<p>a control \u{01} byte inside a long run of words</p>",
        "   leading text before any tag, with blanks <p>then a paragraph of text</p>",
        "<div>" + String(repeating: " ", count: 700) + "text after many blanks</div>",
        "<div>" + String(repeating: "word ", count: 400) + "</div>",
        "<p>" + String(repeating: "a<!-- c -->bcdefgh ", count: 300) + "</p>",
        "<p>x" + String(repeating: "&amp;longer words ", count: 200) + "</p>",
        "<p>a < b and c <3 d, text</p><p>e </ f and then some more</p>",
        "<!DOCTYPE html>text after the doctype<p>para</p>",
        "<html><head>text in the head<title>the title text</title></head><body>body text here</body></html>",
        "<html><body><p>in</p></body></html>text after the end of the document",
        "<table>stray table text<tr><td>cell text here</td></tr></table>",
        "<pre>\n  preformatted   text\n</pre><textarea>\n  area text  </textarea>",
        "<p class=a class=b>duplicate class</p><p style=\"color:red\" style=\"display:none\">dup style</p>",
        "<p class=\"a&amp;b\" id=x>reference in a value</p><p id='y' class=\"c d\">quoted</p>",
        "<p class=unquoted/>self-closed?</p><br class=x/><img class=y />after",
        "<div _.-0=x class=real>a page that names the token itself</div>",
        "<div CLASS=Upper ID=Main Role=main Hidden>case</div><span aria-hidden=true>s</span>",
        "<meta name=description content=\"A page about things\"><meta charset=gbk><p>text after meta</p>",
        "<a href=\"/x?a=1&amp;b=2\" class=link>with a reference</a><a href=/y class=c>plain</a>",
        "<link rel=canonical href=/c><link rel=stylesheet href=/s.css><p>links</p>",
        "<script type=\"application/ld+json\">{\"a\": \"text\"}</script><p>after json</p>",
        "<script type=application/ld+json>{\"a\": \"Tom &amp; Jerry </div> <b>x</b>\", \"b\": \"\\u00e9\"}</script><p>x</p>",
        "<script type=application/ld+json>{\"a\": \"non-character \u{FFFF} inside\"}</script><p>x</p>",
        "<script type=application/ld+json></SCRIPT><p>empty</p><script type=application/ld+json>" + String(repeating: "{\"k\": 1}", count: 400) + "</script>",
        "<p>text</p><?pi stuff?>after a processing instruction<p>x</p>",
        "<p>text<!x bogus>after a bogus declaration</p>",
        "<xmp class=x>some <b class=y>bold</b> text &amp; more</xmp><p>after</p>",
        "<noscript class=n><p class=p>no script text here</p></noscript><iframe class=f>frame text here</iframe>",
        "<template class=t><p class=p>template text here</p></template><math class=m><mi>x</mi></math><p>after</p>",
        "<svg class=s><a class=inner>svg link text</a><text class=t>drawing text</text></svg><p class=after>after</p>",
        "<html class=h lang=en><head class=hd><title>title text here</title></head><body class=b><p class=p>body text</p></body></html>",
        "<p class=a>one<plaintext class=b>all the rest <p class=c>is text</p> here",
    ])
    func sameTreeWithAndWithoutTokensOnTrickyMarkup(html: String) throws {
        for keepLinks in [false, true] {
            let (plain, tokens, _) = try Self.trees(Array(html.utf8), keepLinks: keepLinks)
            #expect(Self.firstDifference(plain, tokens) == nil, "keepLinks \(keepLinks)")
        }
    }

    @Test func textAndAttributesBecomeTokens() {
        let html = "<div class=\"story body\" id=main data-x=1><p>A sentence of some length.</p></div>"
        let (markup, tokens) = InertContentStripper.strip(Array(html.utf8), keepLinks: false, tokenize: true)
        #expect(tokens.texts.count == 1)
        #expect(tokens.attributeSets.count == 1)
        #expect(markup.count < html.utf8.count - 30)
        #expect(!String(decoding: markup, as: UTF8.self).contains("sentence"))
        // A page that writes the token's characters itself gets none.
        let own = "<p class=x>A sentence with \u{C0123} in it.</p><p _.-1>x</p>"
        let (_, none) = InertContentStripper.strip(Array(own.utf8), keepLinks: false, tokenize: true)
        #expect(none.texts.isEmpty && none.attributeSets.isEmpty)
    }

    @Test func tokensRoundTrip() {
        for k in [0, 1, 35, 36, 4095, 4096, 123_456, ParseTokens.maxTokens - 1] {
            var text: [UInt8] = [UInt8(ascii: "x")]
            ParseTokens.appendTextToken(k, to: &text)
            #expect(String(validating: text, as: UTF8.self) != nil)
            #expect(text.withUnsafeBufferPointer { ParseTokens.textToken(in: $0, at: 1) } == k)
            var name: [UInt8] = []
            ParseTokens.appendAttributeToken(k, to: &name)
            name.append(0)
            #expect(name.withUnsafeBufferPointer { ParseTokens.attributeToken(named: $0.baseAddress!) } == k % 36)
        }
        for bad in ["_.-", "_.-ab", "_.-A", "_-.0", "x.-0"] {
            #expect(Array(bad.utf8 + [0]).withUnsafeBufferPointer { ParseTokens.attributeToken(named: $0.baseAddress!) } == nil)
        }
    }
}

@Test func attributeTokensNeedAPageWithoutTheirName() {
    for (page, allowed) in [("", true), ("_.", true), ("_.-", false), ("x_.-", false), ("a_b.c-d _ . -", true),
                            (String(repeating: "_", count: 40) + "_.-", false), (String(repeating: "_.", count: 40), true),
                            (String(repeating: "x", count: 15) + "_.-", false), (String(repeating: "x", count: 14) + "_.-" + "yy", false)] {
        #expect(Array(page.utf8).withUnsafeBufferPointer { PageScan($0).allowsAttributeTokens } == allowed, "\(page)")
    }
}

@Test func attributeTokenNameIsFoundAtEveryPosition() {
    for length in 3..<48 {
        for position in 0...(length - 3) {
            var page = [UInt8](repeating: UInt8(ascii: "_"), count: length)
            page[position + 1] = UInt8(ascii: ".")
            page[position + 2] = UInt8(ascii: "-")
            #expect(!page.withUnsafeBufferPointer { PageScan($0).allowsAttributeTokens }, "length \(length) at \(position)")
            page[position] = UInt8(ascii: "x")
            #expect(page.withUnsafeBufferPointer { PageScan($0).allowsAttributeTokens }, "length \(length) at \(position)")
        }
    }
}

/// Attribute sets are taken in order: a token out of place stops the parse, and the page is
/// read again without tokens.
@Test func attributeSetsOutOfOrderAreCaught() throws {
    let page = Array("<div class=a><p class=b>text</p></div>".utf8)
    var tokens = ParseTokens()
    tokens.source = page
    tokens.attributes = [(HTMLVocabulary.attributeBit("class")!, 11..<12), (HTMLVocabulary.attributeBit("class")!, 22..<23)]
    tokens.attributeSets = [0..<1, 1..<2]
    let inOrder = Array("<div _.-0><p _.-1>text</p></div>".utf8)
    let tree = try LibXMLTreeReader.parse(utf8: inOrder, tokens: tokens, maxNodes: 100, maxDepth: 100)
    #expect(tree.nodes.indices.map { tree.attribute("class", of: $0) }.compactMap { $0 } == ["a", "b"])
    for wrong in ["<div _.-1><p _.-0>text</p></div>", "<div _.-0><p>text</p></div>"] {
        #expect(throws: ParseTokens.Mismatch.self) {
            _ = try LibXMLTreeReader.parse(utf8: Array(wrong.utf8), tokens: tokens, maxNodes: 100, maxDepth: 100)
        }
    }
}
