import Testing
@testable import Pith

struct PhraseIndexTests {
    /// Every occurrence, found by trying each phrase at each position.
    static func naive(_ phrases: [[UInt8]], _ block: [UInt8]) -> [Int] {
        var found: [Int] = []
        for (id, p) in phrases.enumerated() where !p.isEmpty && p.count <= block.count {
            let hits = (0...(block.count - p.count)).filter { Array(block[$0..<$0 + p.count]) == p }.count
            // Short phrases (and ones that start inside a character) are reported once per block.
            if p.count < 3 || p[0] & 0xC0 == 0x80 { if hits > 0 { found.append(id) } } else { found += Array(repeating: id, count: hits) }
        }
        return found.sorted()
    }

    @Test func findsWhatAPlainSearchFinds() {
        // Text phrases, short ones, and bytes that start inside a character (the end of 中, then 文's lead).
        let phrases = ["share", "分享到", "相关阅读", "to", "ab", "read more", "阅读", "\u{FF1A}", "e"].map { Array($0.utf8) }
            + [[0xB8, 0xAD, 0xE6]]
        let index = PhraseIndex(phrases)
        for text in ["Share this: share to 分享到微博 相关阅读 相关阅读", "中文 read more… 阅读全文：", "abab to to", "", "e",
                     "一个中文句子，没有短语。", "READ MORE share"] {
            let block = Array(text.lowercased().utf8)
            var found: [Int] = []
            block.withUnsafeBufferPointer { index.forEachOccurrence(in: $0) { found.append($0) } }
            #expect(found.sorted() == Self.naive(phrases, block), "\(text)")
        }
    }
}
