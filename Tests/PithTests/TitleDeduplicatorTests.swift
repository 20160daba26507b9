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
