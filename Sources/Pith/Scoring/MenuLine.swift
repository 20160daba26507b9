import Foundation

/// Recognises menu and breadcrumb lines written as text: short items joined by separators —
/// `Forum index › Gardening › Tomatoes`, `Log in | Register`, `首页 > 新闻 > 正文`. In HTML these
/// are usually links (and caught by link density); in flattened text only their shape is left.
/// A line that ends a sentence, or has an item longer than four words (eight CJK characters),
/// is prose that happens to hold a separator: "Revenue rose 5% in Q3 / Q4 compared to last year."
enum MenuLine {
    private static func isSeparator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3E, 0x7C, 0x2F, 0xB7, 0xBB, 0x203A, 0xFF5C, 0x2022, 0x2192, 0xFF1E, 0x250A: return true
        default: return false
        }
    }

    /// True when the text holds a separator (`isSeparator`), found on its UTF-8 bytes.
    private static func mayHoldSeparator(_ text: String) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let n = b.count
            for i in 0..<n {
                switch b[i] {
                case 0x3E, 0x7C, 0x2F: return true
                case 0xC2: if i + 1 < n, b[i + 1] == 0xB7 || b[i + 1] == 0xBB { return true }   // · »
                case 0xE2:
                    guard i + 2 < n else { break }
                    let c1 = b[i + 1], c2 = b[i + 2]
                    if c1 == 0x80 && (c2 == 0xBA || c2 == 0xA2) || c1 == 0x86 && c2 == 0x92 || c1 == 0x94 && c2 == 0x8A {
                        return true   // › • → ┊
                    }
                case 0xEF:
                    guard i + 2 < n else { break }
                    if b[i + 1] == 0xBD && b[i + 2] == 0x9C || b[i + 1] == 0xBC && b[i + 2] == 0x9E { return true }   // ｜ ＞
                default: break
                }
            }
            return false
        } ?? true
    }

    /// An item without the spaces and tabs around it (Unicode space separators and tab, as
    /// `CharacterSet.whitespaces`).
    private static func trimmed(_ item: Substring.UnicodeScalarView) -> String {
        func isBlank(_ u: Unicode.Scalar) -> Bool {
            switch u.value {
            case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: return true
            default: return false
            }
        }
        var lo = item.startIndex, hi = item.endIndex
        while lo != hi, isBlank(item[lo]) { lo = item.index(after: lo) }
        while hi != lo, isBlank(item[item.index(before: hi)]) { hi = item.index(before: hi) }
        return String(String.UnicodeScalarView(item[lo..<hi]))
    }

    static func isMenuLine(_ text: String, stats: TextStatistics) -> Bool {
        guard stats.sentenceEnds == 0, stats.characters <= 120 else { return false }
        guard mayHoldSeparator(text), text.unicodeScalars.contains(where: isSeparator) else { return false }
        // Split at the separators, scalar by scalar (every separator is one scalar; walking
        // Characters and hashing each one was most of this function's cost).
        var items: [Substring.UnicodeScalarView] = []
        var separatorCount = 0
        let scalars = text.unicodeScalars
        var start = scalars.startIndex
        var i = scalars.startIndex
        while i != scalars.endIndex {
            let next = scalars.index(after: i)
            if isSeparator(scalars[i]) {
                items.append(scalars[start..<i])
                separatorCount += 1
                start = next
            }
            i = next
        }
        items.append(scalars[start...])
        guard separatorCount >= 1 else { return false }
        let nonEmpty = items.map(trimmed).filter { !$0.isEmpty }
        guard nonEmpty.count >= 2 else { return false }
        for item in nonEmpty {
            let s = TextStatistics(item)
            if s.isMostlyCJK ? s.characters > 8 : s.words > 4 { return false }
        }
        return true
    }
}
