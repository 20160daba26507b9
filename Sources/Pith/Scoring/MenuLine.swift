import Foundation

/// Recognises menu and breadcrumb lines written as text: short items joined by separators —
/// `Forum index › Gardening › Tomatoes`, `Log in | Register`, `首页 > 新闻 > 正文`. In HTML these
/// are usually links (and caught by link density); in flattened text only their shape is left.
/// A line that ends a sentence, or has an item longer than four words (eight CJK characters),
/// is prose that happens to hold a separator: "Revenue rose 5% in Q3 / Q4 compared to last year."
enum MenuLine {
    static let separators: Set<Character> = ["›", "»", ">", "|", "｜", "/", "·", "•", "→", "＞", "┊"]

    static func isMenuLine(_ text: String, stats: TextStatistics) -> Bool {
        guard stats.sentenceEnds == 0, stats.characters <= 120 else { return false }
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
