import Testing
@testable import Pith

@Test func titleRepeatedInADownloadBoxIsDropped() throws {
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH,
                             after: "<div class=\"box\"><h2>城市建设取得新进展</h2><p>点击下载</p></div>"))
    #expect(a.text.components(separatedBy: "城市建设取得新进展").count == 2)
}

@Test func titleSplitOverTwoLinesOpensTheBodyOnce() throws {
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: ["城市建设", "取得新进展"] + proseZH))
    #expect(a.titleIsInBody)
    #expect(a.text.hasPrefix("城市建设\n\n取得新进展\n\n"))
}

@Test func paragraphThatContainsTheTitleIsKept() throws {
    let p = "城市建设取得新进展，这是市长在会上反复强调的一句话，也是今年工作的主线。"
    let a = try extract(page(title: "城市建设取得新进展", paragraphs: proseZH + [p]))
    #expect(a.text.contains(p))
}

/// The normalisation reads tables for the common scalars: it must give what Unicode's
/// properties give, scalar by scalar (white space and punctuation dropped, then lower case).
@Test func titleNormalisationMatchesUnicodeProperties() {
    func reference(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for sc in s.unicodeScalars where !WhitespaceNormalizer.isSpace(sc) && !sc.properties.isPunctuationLike { out.append(sc) }
        return String(out).lowercased()
    }
    let samples = [
        "Breaking: The “Big” Story — Part 2!", "Ünïcödé ÀÉÎ Straße ΣΟΦΟΣ İstanbul", "城市建设取得新进展：第二部分（上）",
        "ＦＵＬＬＷＩＤＴＨ　Ｔｉｔｌｅ！", "Κύριος Ἀθῆναι", "Привет, Мир — «новости»", "a+b=$c ¿qué? ¡sí!", "\u{00A0}x\u{2009}y\u{3000}z",
        "서울 뉴스: 오늘의 날씨", "עברית — חדשות", "emoji 🎉 party!", "Ⅻ Ⓐ ǅ ﬁ",
    ]
    var all = samples
    // Every scalar of the tables' ranges, a few at a time.
    for start in stride(from: 0x80, to: 0x3100, by: 7) {
        all.append(String(String.UnicodeScalarView((start..<start + 7).compactMap { Unicode.Scalar(UInt32($0)) })))
    }
    all.append(String(String.UnicodeScalarView((0xFF00..<0xFFF0).compactMap { Unicode.Scalar(UInt32($0)) })))
    for s in all { #expect(TitleDeduplicator.normalize(s) == reference(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })") }
}

/// The first-character test never rules out a block whose normalised text starts with the
/// character asked for.
@Test func firstCharacterTestAgreesWithNormalisation() {
    let samples = ["  Hello, World", "«Éclair» au chocolat", "【新闻】城市建设", "İstanbul", "ΣΟΦΙΑ", "— 123 go", "...", "", "  ",
                   "Ωmega", "ǅemal", "한국어 제목", "Straße", "\u{FEFF}BOM title", "（括号）标题"]
    let firsts: [UInt32] = [0x68, 0x63, 0xE9, 0x57CE, 0x65B0, 0x69, 0x3C3, 0x31, 0x6F, 0x3C9, 0xD55C, 0x73, 0x62, 0x62EC, 0x6807]
    for s in samples {
        let normalized = TitleDeduplicator.normalize(s)
        for f in firsts {
            let startsWith = normalized.unicodeScalars.first?.value == f
            if startsWith { #expect(TitleDeduplicator.mayNormalize(s, toStartWith: f), "\(s) \(f)") }
        }
        if let first = normalized.unicodeScalars.first?.value {
            #expect(TitleDeduplicator.mayNormalize(s, toStartWith: first), "\(s)")
        } else {
            #expect(!TitleDeduplicator.mayNormalize(s, toStartWith: 0x61), "\(s)")
        }
    }
    // Most blocks are ruled out at their first character.
    #expect(!TitleDeduplicator.mayNormalize("Another paragraph", toStartWith: 0x68))
    #expect(!TitleDeduplicator.mayNormalize("城市建设", toStartWith: 0x65B0))
}
