import Testing
@testable import Pith

struct WhitespaceNormalizerTests {
    /// The byte count agrees with counting scalars one by one, for every kind of white space.
    @Test(arguments: [
        "", "   ", "plain ascii words", "tab\tand\nnewlines\r\n", "café ‘quoted’ — dash",
        "中文，标点。\u{3000}全角空格", "nbsp\u{A0}here", "ogham\u{1680}space", "thin\u{2009}hair\u{200A}zero\u{200B}",
        "line\u{2028}para\u{2029}", "narrow\u{202F}math\u{205F}", "bom\u{FEFF}", "emoji 😀 and ́accent",
        "\u{2000}\u{2001}\u{200C}\u{200D}", "ＡＢＣ　ｄｅｆ",
        // Eight-byte words read at once: all printable, with spaces, with tab…CR, with other
        // control bytes (counted), and mixed with multi-byte characters at every offset.
        "abcdefgh", "abcdefghijklmnopq", "a b c d e f g h i j", "\t\n\u{0B}\u{0C}\r     \t\n\u{0B}\u{0C}\r",
        "ab\u{01}cd\u{08}ef\u{0E}gh\u{1F}ij\u{7F}klmnop", "x 中 y\u{A0}z 😀 abcdefgh\u{3000}ijklmnop", "1234567\u{A0}89",
    ])
    func nonSpaceCountMatchesScalarCount(text: String) {
        let expected = text.unicodeScalars.reduce(0) { $0 + (WhitespaceNormalizer.isSpace($1) ? 0 : 1) }
        #expect(WhitespaceNormalizer.nonSpaceCount(text) == expected)
        var utf8 = text
        utf8.withUTF8 { b in
            #expect(WhitespaceNormalizer.hasNonSpace(bytes: b) == (expected > 0))
            // A limit stops the count once reached, never before.
            for limit in 0...expected + 1 {
                let n = WhitespaceNormalizer.nonSpaceCount(bytes: b, upTo: limit)
                #expect(limit > expected ? n == expected : n >= limit && n <= expected)
            }
        }
    }

    @Test func collapsesAllWhiteSpaceToSingleSpaces() {
        #expect(WhitespaceNormalizer.collapse("  a \n\u{3000} b ") == "a b")
    }

    /// The byte-run version agrees with collapsing scalar by scalar.
    @Test(arguments: [
        "", "   ", "plain ascii words", " lead and trail ", "tab\tand\nnewlines\r\n", "café ‘quoted’ — dash",
        "中文，标点。\u{3000}全角空格\u{3000}\u{3000}", "nbsp\u{A0}\u{A0}here", "ogham\u{1680}space", "thin\u{2009}hair\u{200A}zero\u{200B}x",
        "line\u{2028}para\u{2029}", "narrow\u{202F}math\u{205F}", "bom\u{FEFF}x", "emoji 😀  and ́accent", "ＡＢＣ　ｄｅｆ",
        "\u{2000}\u{2001}\u{200C}\u{200D}", "ä ö ü ß", "ÀÃĀ Ωω", "\u{E000}private\u{E001}", "日本語 テキスト　です",
        "、。「」（）！\u{3000}\u{FEFF}ｘ\u{3000}，\u{FEFF}\u{FEFF}ｙ", "\u{3000}开头，结尾。\u{3000}", "한국어\u{3000}글\u{FFFD}\u{FFEE}",
    ])
    func collapseMatchesScalarCollapse(text: String) {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            if WhitespaceNormalizer.isSpace(u) {
                if !current.isEmpty { words.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(u)
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        #expect(WhitespaceNormalizer.collapse(text) == words.joined(separator: " "))
    }
}

@Test func trimmingMatchesFoundationsCharacterSets() {
    // Every scalar of the first planes at both ends, with text that must stay.
    for v in UInt32(0)..<0x3100 where Unicode.Scalar(v) != nil && (v < 0x100 || v >= 0x1600) {
        let c = String(Unicode.Scalar(v)!)
        for text in [c + "a b" + c, c + c + "中" + c, c, "x" + c + "y", ""] {
            #expect(text.trimmingBlanks() == text.trimmingCharacters(in: .whitespaces), "U+\(String(v, radix: 16))")
            #expect(text.trimmingWhitespace() == text.trimmingCharacters(in: .whitespacesAndNewlines), "U+\(String(v, radix: 16))")
        }
    }
}

@Test func squeezedDropsEveryKindOfWhiteSpaceLikeTheScalarWalk() {
    func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for sc in s.unicodeScalars where !WhitespaceNormalizer.isSpace(sc) { out.append(sc) }
        return String(out)
    }
    let spaces = [0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000, 0x2005, 0x200B, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF]
    var samples = ["", "a b", "  城市 建设\u{3000}取得 ", "é\u{00A0}ü", "x\u{200C}y", "\u{2010}-\u{2012}", "emoji 🎉 end"]
    for v in spaces { samples.append("a" + String(Unicode.Scalar(UInt32(v))!) + "b") }
    for s in samples { #expect(WhitespaceNormalizer.squeezed(s) == reference(s), "\(s.unicodeScalars.map { $0.value })") }
}

@Test func titleContainsMatchesFoundationOnASCII() {
    for (text, part) in [("BreakingNews", "News"), ("abc", "abd"), ("", "a"), ("a", ""), ("Story-Site", "Story"), ("x", "xy")] {
        #expect(TitleFinder.contains(text, part) == text.contains(part), "\(text) \(part)")
    }
}

@Test func spaceStartMaskMatchesItsDefinition() {
    for d in 0...255 {
        let b = UInt8(d)
        let expected = b <= 0x20 || (0xC0...0xC2).contains(b) || (0xE1...0xE3).contains(b) || b == 0xEF
        #expect(WhitespaceNormalizer.mayStartSpace(b) == expected, "\(d)")
    }
}

/// Counting while collapsing gives the statistics of the collapsed text, for strings drawn
/// from the characters every path treats apart (ASCII classes, each kind of white space, Han,
/// the hexagrams, CJK marks, fullwidth forms, quotes after stops, two- and four-byte letters).
@Test func collapsingCountsWhatTheCollapsedTextCounts() {
    let alphabet: [String] = [
        "a", "Z", "7", " ", "  ", "\t", "\n", "\r\n", ".", "!", "?", ",", ";", ":", "\"", "(", ")", "-", "'", "\u{01}",
        "\u{A0}", "\u{1680}", "\u{2003}", "\u{200B}", "\u{2028}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{FEFF}",
        "中", "国", "一", "䷀", "㐀", "。", "、", "「", "」", "《", "〇", "，", "！", "？", "（", "Ａ", "ｚ", "\u{201C}", "\u{201D}",
        "…", "—", "é", "Ω", "ж", "😀", "𠀀", "ア", "한", "©", "·",
    ]
    var seed: UInt64 = 0x9E37_79B9_7F4A_7C15
    func next() -> Int { seed = seed &* 6364136223846793005 &+ 1442695040888963407; return Int(truncatingIfNeeded: seed >> 33) }
    for _ in 0..<3000 {
        let text = (0..<(next() % 24)).map { _ in alphabet[next() % alphabet.count] }.joined()
        let bytes = Array(text.utf8)
        let (collapsed, stats) = bytes.withUnsafeBufferPointer { WhitespaceNormalizer.collapseCounting(bytes: $0) }
        #expect(collapsed == WhitespaceNormalizer.collapse(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        #expect(stats == TextStatistics(collapsed), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
