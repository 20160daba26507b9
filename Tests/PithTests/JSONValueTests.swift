import Foundation
import Testing
@testable import Pith

/// The strict JSON reader must read what Foundation's `JSONSerialization` reads, value for
/// value, and leave to it what it refuses.
struct JSONValueTests {
    static func foundation(_ s: String) -> JSONValue? {
        (try? JSONSerialization.jsonObject(with: Data(s.utf8), options: [.fragmentsAllowed])).flatMap { JSONValue(foundation: $0) }
    }

    static func same(_ a: JSONValue, _ b: JSONValue) -> Bool {
        switch (a, b) {
        case (.object(let x), .object(let y)):
            return x.count == y.count && x.allSatisfy { k, v in y[k].map { same(v, $0) } ?? false }
        case (.array(let x), .array(let y)): return x.count == y.count && zip(x, y).allSatisfy { same($0, $1) }
        case (.string(let x), .string(let y)): return x == y
        case (.null, .null): return true
        default:
            guard let x = a.numberText, let y = b.numberText else { return false }
            return x == y
        }
    }

    @Test(arguments: [
        #"{"@type": "NewsArticle", "headline": "A \"quoted\" title", "author": [{"name": "A"}, {"name": "B"}]}"#,
        #"[{"a": 1}, {"b": [true, false, null, -0.5e+3, 0, 12345678901234567890, 1.0]}]"#,
        #"{"a": "\u00e9\u4e2d\ud83d\ude00 \/ \\ \b\f\n\r\t", "a": "last one wins"}"#,
        #"  "just a string"  "#, "42", "true", "null", "{}", "[]", #"{"nested": {"deeper": {"deepest": []}}}"#,
        #"{"x": "é中😀 raw"}"#,
    ])
    func readsWhatFoundationReads(json: String) throws {
        let mine = try #require(JSONValue.strict(json))
        let theirs = try #require(Self.foundation(json))
        #expect(Self.same(mine, theirs))
    }

    /// Strings read eight bytes at a time: a quote, an escape or a control byte at every offset
    /// of a long string, and bytes above 0x7F beside them, read as Foundation reads them.
    @Test func stringsWithSpecialBytesAtEveryOffset() throws {
        for offset in 0..<20 {
            for special in [#"\""#, #"\\"#, #"\/"#, #"\n"#, #"\u00e9"#, "é", "中"] {
                let text = String(repeating: "a", count: offset) + special + String(repeating: "b", count: 19 - offset)
                let json = "{\"k\": \"\(text)\", \"l\": [\"\(special)\(text)\"]}"
                let mine = try #require(JSONValue.strict(json), "\(json)")
                let theirs = try #require(Self.foundation(json), "\(json)")
                #expect(Self.same(mine, theirs), "\(json)")
            }
            // A raw control byte is not JSON, wherever it sits.
            let bad = "[\"" + String(repeating: "a", count: offset) + "\u{01}" + String(repeating: "b", count: 9) + "\"]"
            #expect(JSONValue.strict(bad) == nil)
        }
    }

    /// Not strict JSON: Foundation decides (it takes trailing commas, refuses the rest).
    @Test(arguments: [
        #"{"a": 1,}"#, "[1,]", #"{"a": 01}"#, #"{"a": .5}"#, "{\"a\": \"tab\there\"}", #"{"a": "\ud800"}"#,
        #"{"a": "x"} trailing"#, "\u{FEFF}{\"a\": 1}", #"{a: 1}"#, "", "[", #"{"a" 1}"#,
        String(repeating: "[", count: 600) + String(repeating: "]", count: 600),
    ])
    func leavesTheRestToFoundation(json: String) {
        #expect(JSONValue.strict(json) == nil)
        let mine = JSONValue.parse(json)
        let theirs = Self.foundation(json)
        #expect((mine == nil) == (theirs == nil))
        if let mine, let theirs { #expect(Self.same(mine, theirs)) }
    }

    /// Every JSON-LD script of the fixture pages (and of `PITH_READER_DIFF`'s folders).
    @Test func readsEveryPagesJSONLDLikeFoundation() throws {
        var compared = 0
        for url in try LibXMLTreeReaderTests.pages() {
            guard let (utf8, _, kind) = try? Pith.decode(try Data(contentsOf: url), options: ExtractionOptions()), kind != .text,
                  utf8.contains(where: { $0 > 0x20 }) else { continue }
            let (markup, tokens) = InertContentStripper.strip(utf8, keepLinks: false, tokenize: true)
            let tree = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 5_000_000, maxDepth: 10_000)
            for i in 0..<tree.count where tree.name(of: i) == "script" {
                let text = tree.textContent(of: i)
                guard !text.isEmpty else { continue }
                // What the strict reader takes, Foundation takes too, and reads the same.
                guard let mine = JSONValue.strict(text) else { continue }
                let theirs = try #require(Self.foundation(text), "\(url.lastPathComponent)")
                #expect(Self.same(mine, theirs), "\(url.lastPathComponent)")
                compared += 1
            }
        }
        #expect(compared >= 1)
    }
}

@Test func jsonLDFixtureGivesItsFacts() throws {
    let data = try Data(contentsOf: fixturesDirectory.appendingPathComponent("jsonld/graph-article.html"))
    let a = try Pith.extract(html: data)
    #expect(a.metadata.authors == ["Ana Lima", "Tom Berg"])
    #expect(a.metadata.date?.hasPrefix("2024-03-05") == true)
}

@Test func jsonLDInCommentWrappersIsRead() {
    let facts = JSONLDFacts.read(["<!--\n{\"@type\": \"NewsArticle\", \"headline\": \"Wrapped\nline\", \"author\": \"A <!-- B --> C\"}\n-->"])
    #expect(facts.headline == "Wrapped line")
    #expect(facts.authors == ["A B C"])
}
