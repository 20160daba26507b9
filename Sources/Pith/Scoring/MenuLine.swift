import Foundation

/// Recognises menu and breadcrumb lines written as text: short items joined by separators —
/// `Forum index › Gardening › Tomatoes`, `Log in | Register`, `首页 > 新闻 > 正文`. In HTML these
/// are usually links (and caught by link density); in flattened text only their shape is left.
/// A line that ends a sentence, or has an item longer than four words (eight CJK characters),
/// is prose that happens to hold a separator: "Revenue rose 5% in Q3 / Q4 compared to last year."
enum MenuLine {
    static let separators: Set<Character> = ["›", "»", ">", "|", "｜", "/", "·", "•", "→", "＞", "┊"]

    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3E, 0x7C, 0x2F, 0xB7, 0xBB, 0x203A, 0xFF5C, 0x2022, 0x2192, 0xFF1E, 0x250A: return true
        default: return false
        }
    }

    static func isMenuLine(_ text: String, stats: TextStatistics) -> Bool {
        guard stats.sentenceEnds == 0, stats.characters <= 120 else { return false }
        guard text.unicodeScalars.contains(where: isSeparator) else { return false }
        var items: [Substring] = []
        var separatorCount = 0
        var current = Substring()
        var start = text.startIndex
        for i in text.indices where separators.contains(text[i]) {
            current = text[start..<i]
            items.append(current)
            separatorCount += 1
            start = text.index(after: i)
        }
        items.append(text[start...])
        guard separatorCount >= 1 else { return false }
        let nonEmpty = items.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard nonEmpty.count >= 2 else { return false }
        for item in nonEmpty {
            let s = TextStatistics(item)
            if s.isMostlyCJK ? s.characters > 8 : s.words > 4 { return false }
        }
        return true
    }
}
