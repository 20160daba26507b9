import Foundation
import Testing
@testable import Pith

private func hostile(_ name: String) throws -> Data { try fixture("hostile/" + name) }

@Test(arguments: ["empty.html", "whitespace.html"]) func emptyInputsAreClearErrors(_ name: String) throws {
    #expect(throws: PithError.emptyInput) { try Pith.extract(html: try hostile(name)) }
}

@Test(arguments: [("png.html", "PNG"), ("pdf.html", "PDF"), ("gzip-no-suffix.html", "gzip")])
func binaryInputsAreRefusedByWhatTheyAre(_ name: String, _ kind: String) throws {
    do {
        _ = try Pith.extract(html: try hostile(name))
        Issue.record("\(name) was accepted")
    } catch let PithError.notHTML(what) {
        #expect(what.contains(kind))
    }
}

@Test func damagedBytesGiveBestEffortText() throws {
    let nul = try Pith.extract(html: try hostile("nul-mid-page.html"))
    #expect(nul.text.contains("After the NUL bytes the page goes on"))
    let cut = try Pith.extract(html: try hostile("truncated-utf8.html"))
    #expect(cut.text.contains("The city council met"))
    let mixed = try Pith.extract(html: try hostile("mixed-encodings.html"))
    // Mostly ASCII with one GBK paragraph: read as GB18030, which keeps both readable.
    #expect(mixed.text.contains("residents raised concerns") && mixed.text.contains("市政府昨天召开新闻发布会"))
    let lying = try Pith.extract(html: try hostile("lying-label.html"))
    #expect(lying.charset == "Big5" && lying.text.contains("市政府昨天召開新聞發布會"))
}

@Test func floodsAndUnclosedTagsAreReadBestEffort() throws {
    let flood = try Pith.extract(html: try hostile("entity-flood.html"))
    #expect(flood.text.contains("The city council met"))
    let unclosed = try Pith.extract(html: try hostile("unclosed-tags.html"))
    #expect(unclosed.text.contains("residents raised concerns"))
}

@Test func feedsAndJSONAreNotPages() throws {
    // An RSS feed parses as markup: its text comes back, nothing crashes.
    let rss = try Pith.extract(html: try hostile("rss.xml"))
    #expect(rss.text.contains("The city council met"))
    // JSON is flat text to Pith: best effort, no crash.
    _ = try? Pith.extract(html: try hostile("json.html"))
}

@Test func externalReferencesAreNeverFollowed() throws {
    let secret = "/tmp/pith-hostile-secret.txt"
    try Data("SECRET-CONTENT-4711".utf8).write(to: URL(fileURLWithPath: secret))
    defer { try? FileManager.default.removeItem(atPath: secret) }
    let a = try Pith.extract(html: try hostile("external-refs.html"))
    #expect(!a.text.contains("SECRET-CONTENT-4711"))
    #expect(a.text.contains("The city council met"))
}

@Test func millionSiblingsAndHugeAttributesAndTextNodes() throws {
    var page = "<html><body><article><p>" + proseEN.joined(separator: " ") + "</p>"
    page += String(repeating: "<i></i>", count: 1_000_000)
    page += "<div title=\"" + String(repeating: "x", count: 10_000_000) + "\">attribute</div>"
    page += "<p>" + String(repeating: "word ", count: 1_000_000) + "</p></article></body></html>"
    let a = try Pith.extract(string: page)
    #expect(a.text.contains("The city council met"))
    // Past the node limit: a clear error, not a crash.
    var o = ExtractionOptions()
    o.maxNodes = 100_000
    #expect(throws: PithError.tooManyNodes(limit: 100_000)) { try Pith.extract(string: page, options: o) }
}

/// Found by the fuzzer: a page whose own text holds the private-use characters that mark links
/// while blocks are cut crashed link extraction. Such text is now neutralised first.
@Test func privateUseCharactersInThePageDoNotBreakLinkMarkers() throws {
    var o = ExtractionOptions()
    o.includeLinks = true
    o.recordRemoved = true
    let data = try hostile("fuzz-private-use-markers.html")
    let a = try? Pith.extract(html: data, url: "https://example.com/a/b", options: o)
    for f in OutputFormat.allCases { _ = a?.render(as: f) }
    let page = "<html><body><article><p>Icon \u{E001} and \u{F0003} glyphs, then <a href=\"/x\">a link</a> in a sentence that goes on for a while.</p>"
        + proseEN.map { "<p>\($0)</p>" }.joined() + "</article></body></html>"
    let b = try Pith.extract(string: page, options: o)
    let p = try #require(b.blocks.first { $0.text.hasPrefix("Icon") })
    #expect(p.links.count == 1 && p.links[0].url == "/x")
    #expect(p.text.contains("a link in a sentence"))
}

/// Found by the fuzzer's token check: `<?` with no name after it is two characters of text to
/// libxml2, not a processing instruction running to the next `>`; the stripper took it for one,
/// so its cuts fell inside what libxml2 read as an attribute value. The tree with tokens is the
/// tree without, and both are libxml2's own (`LibXMLTreeReaderTests` reads every fixture).
@Test func processingInstructionWithoutANameIsText() throws {
    let data = try hostile("fuzz-processing-instruction-without-name.html")
    #expect(Pith.tokensKeepTheTree(html: data, keepLinks: false))
    #expect(Pith.tokensKeepTheTree(html: data, keepLinks: true))
}
