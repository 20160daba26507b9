import Testing
@testable import Pith

/// The counts are read from UTF-8 bytes with fast paths (ASCII, Han); a plain scalar-by-scalar
/// count is the reference they must agree with.
struct TextStatisticsTests {
    static func reference(_ text: String) -> TextStatistics {
        var r = TextStatistics()
        var inWord = false, previousWasStop = false
        for s in text.unicodeScalars {
            let v = s.value
            let space = WhitespaceNormalizer.isSpace(s)
            if previousWasStop {
                if space || v == 0x22 || v == 0x201D || v == 0x29 { r.sentenceEnds += 1 }
                previousWasStop = false
            }
            if space { inWord = false; continue }
            r.characters += 1
            if v >= 0x80, TextStatistics.isCJK(v) { r.cjk += 1; r.words += 1; inWord = false; continue }
            switch v {
            case 0x3002, 0xFF01, 0xFF1F, 0xFF61: r.punctuation += 1; r.sentenceEnds += 1; inWord = false
            case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x201C, 0x201D, 0x2018, 0x2019, 0xFF08, 0xFF09, 0x300A, 0x300B, 0x2026, 0x2014:
                r.punctuation += 1; inWord = false
            case 0x2E, 0x21, 0x3F: r.punctuation += 1; previousWasStop = true; inWord = false
            case 0x2C, 0x3B, 0x3A, 0x22, 0x28, 0x29: r.punctuation += 1; inWord = false
            default:
                let word = v < 0x80 ? (0x30...0x39).contains(v) || (0x41...0x5A).contains(v) || (0x61...0x7A).contains(v)
                    : s.properties.isAlphabetic
                if word { if !inWord { r.words += 1; inWord = true } } else { inWord = false }
            }
        }
        if previousWasStop { r.sentenceEnds += 1 }
        return r
    }

    @Test(arguments: [
        "Hello, world. This is it! Really? Yes.",
        "\"Quoted.\" (Aside.) Done.",
        "中华人民共和国成立于1949年。今天，我们在这里！",
        "䷀䷁ hexagrams ䷂ and ext-A 㐀㐁 and 𠀀𠀁 ext-B",
        "Ｆｕｌｌｗｉｄｔｈ　ＡＢＣ，ｘｙｚ。",
        "Café naïve — «quotes» “curly.” end",
        "emoji 😀 and\u{00A0}no-break\u{3000}ideographic\u{FEFF}space",
        "かなカナ 한국어 텍스트.",
        "「引号」【括号】〈书名〉『双引』々〇〆〻、。《》\u{3000}（）！？：；＂＃＄％＆＇＊＋－／０９＠［＼］＿",
        "End.\u{3000}Next.「Quote」 end!（x）",
        "Ends.\tTab.\nLine.\r\nCR.\u{0B}VT.\u{0C}FF.)x.\"y. z.a",
        "ctrl\u{01}bytes\u{1F} and ~`@#$%^&*_+=[]{}|\\<>/ marks 42x9",
        "",
    ])
    func agreesWithScalarCount(text: String) {
        #expect(TextStatistics(text) == Self.reference(text))
    }

    @Test func lowerCasedBytesMatchUnicodeLowerCasing() {
        for text in ["ABC def 中文 ＡＢＣ，ｘ", "© 2024 · All Rights", "Crème BRÛLÉE", "ΑΒΓ Привет", "😀 X",
                     "İSTANBUL ŸES ΟΔΟΣ ǅ Ǆ ẞ × ÷ ÞÐ", "ÀÉÎÕÜ àéîõü Ø ø", "ＡＢＣ ΣΑΣ"] {
            #expect(MetadataLine.lowercasedBytes(text) == Array(text.lowercased().utf8), "\(text)")
        }
    }

    @Test func menuLinesAreFoundByTheirSeparatorsOnly() {
        func isMenu(_ s: String) -> Bool { MenuLine.isMenuLine(s, stats: TextStatistics(s)) }
        #expect(isMenu("首页 > 新闻 > 正文"))
        #expect(isMenu("Log in | Register"))
        #expect(isMenu("Home › World › Europe"))
        #expect(isMenu("首页＞新闻＞正文"))
        #expect(!isMenu("这是一句话，没有分隔符"))
        #expect(!isMenu("Revenue rose 5% in Q3 / Q4 compared to last year."))
    }
}
