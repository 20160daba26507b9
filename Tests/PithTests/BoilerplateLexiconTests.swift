import Testing
@testable import Pith

private let lexicon = try! BoilerplateLexicon.load()
private func match(_ s: String) -> RemovalReason? { lexicon.match(s, stats: TextStatistics(s)) }

@Test func matchesShortPromptBlocks() {
    #expect(match("点击下载") == .downloadPrompt)
    #expect(match("下载Word文档") == .downloadPrompt)
    #expect(match("下载APP，阅读更方便") == .appPrompt)
    #expect(match("添加文秘网到电脑桌面") == .desktopPrompt)
    #expect(match("解锁后支持完整在线阅读或下载编辑海量优质内容资源") == .paywall)
    #expect(match("登录后查看全文") == .loginWall)
    #expect(match("开通VIP") == .paywall)
    #expect(match("Download the app") == .appPrompt)
    #expect(match("Subscribe to continue reading.") == .paywall)
    #expect(match("分享:") == .share)
    #expect(match("Share") == .share)
}

@Test func keepsSentencesThatMerelyMentionAPhrase() {
    #expect(match("点击下载按钮即可获取。") == nil)
    #expect(match("他说，大家可以在官方网站上免费下载这份报告的全文，也可以到图书馆借阅纸质版本。") == nil)
    #expect(match("我想和大家分享一个故事。") == nil)
    #expect(match("Many readers download the app to read on the train, the survey found, and the share of mobile readers keeps growing.") == nil)
    #expect(match("Share prices fell.") == nil)
}

@Test func wholePhrasesMustBeTheWholeBlock() {
    #expect(match("评论") == .comments)
    #expect(match("评论员文章") == nil)
    #expect(match("Comments") == .comments)
    #expect(match("Comments from the minister") == nil)
}

@Test func everyLexiconSectionIsAKnownReason() throws {
    for file in try ResourceLocator.files(in: "lexicon") {
        for (section, _) in SectionedList.parse(try ResourceLocator.text("lexicon/" + file)) {
            #expect(RemovalReason(rawValue: section) != nil, "\(file): [\(section)]")
        }
    }
}

@Test func disclaimerFragmentsMatchWholeSentences() {
    #expect(match("声明：该文观点仅代表作者本人，本平台仅提供信息存储空间服务。") == .copyright)
    #expect(match("Copyright 2019 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.") == .copyright)
    // A long paragraph that quotes such wording is past the length limit and stays.
    let quote = String(repeating: "法院认为，网络平台仅提供信息存储空间服务的，在知道侵权后及时删除即可免责，这一规则在本案中得到了适用。", count: 4)
    #expect(match(quote) == nil)
}

@Test func lexiconNormalisationEqualsSqueezingAndLowerCasingInEveryScript() {
    let samples = ["Share This Story", "分享到 微信\u{3000}朋友圈", "ＡＢＣ全角", "Tiếng Việt CÓ DẤU", "Ẹ Ạ Ế",
                   "Publikation ÜBER Straße ÀÉÎÕÜÞ × ÷ ß ÿ", "© 2024 · µ ¿Qué? ¡Sí! «ÉTÉ»", "\u{85}next line",
                   "Публикация ОТ автора", "「点击下载」→ ＰＤＦ", "non\u{A0}breaking\u{2009}space", "한국어 기사 보기", "😀 Emoji",
                   "ΚΑΛΗΜΕΡΑ Σας ΟΔΟΣ", "İstanbul ǅǄǆ ﬁ Ω K Å", "ᏣᎳᎩ Ꭰ", "𐐀𐐨 Deseret", "Ⓐⓑ Ⅻ ⅻ"]
    // And every scalar below U+3100, a few at a time.
    var all = samples
    for start in stride(from: 0x80, to: 0x3100, by: 5) {
        all.append("Ab " + String(String.UnicodeScalarView((start..<start + 5).compactMap { Unicode.Scalar(UInt32($0)) })))
    }
    for s in all {
        #expect(BoilerplateLexicon.normalize(s) == WhitespaceNormalizer.squeezed(s).lowercased(), "\(s)")
    }
}

@Test func lastScalarIsReadFromTheBytes() {
    func last(_ s: String) -> UInt32? { Array(s.utf8).withUnsafeBufferPointer { BoilerplateLexicon.lastScalar($0) } }
    #expect(last("abc。") == 0x3002)
    #expect(last("café") == 0xE9)
    #expect(last("ok 😀") == 0x1F600)
    #expect(last("a?") == 0x3F)
    #expect(last("") == nil)
}

/// Characters counted eight bytes at a time agree with counting scalars.
@Test func charactersAreCountedByWord() {
    for text in ["", "a", "abcdefgh", "中文字符测试一下好吗", "Ｆｕｌｌ ｗｉｄｔｈ", "mixed 中 ascii 😀 emoji ü", "x😀😀😀😀y"] {
        #expect(Array(text.utf8).withUnsafeBufferPointer { BoilerplateLexicon.characterCount($0) } == text.unicodeScalars.count,
                "\(text)")
    }
}

/// The characters counted while normalising into the scratch buffer are the characters of what
/// was written, on every path (ASCII, Latin-1, CJK, dropped spaces, the scalar path).
@Test func normalisingCountsTheCharactersItWrites() {
    let scratch = BoilerplateLexicon.Scratch()
    for text in ["", "  Share THIS  ", "Crème BRÛLÉE\u{A0}now", "分享到\u{3000}微博 ，好", "ΑΒΓ δ", "😀 emoji", "a\u{2009}b\u{FEFF}c",
                 String(repeating: "长文本", count: 600)] {
        let (bytes, characters) = BoilerplateLexicon.normalize(text, into: scratch)
        #expect(Array(bytes) == BoilerplateLexicon.normalizedBytes(text), "\(text)")
        #expect(characters == BoilerplateLexicon.characterCount(bytes), "\(text)")
    }
}
