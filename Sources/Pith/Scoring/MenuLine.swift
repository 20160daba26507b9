import Foundation

/// Recognises menu and breadcrumb lines written as text: short items joined by separators —
/// `Forum index › Gardening › Tomatoes`, `Log in | Register`, `首页 > 新闻 > 正文`. In HTML these
/// are usually links (and caught by link density); in flattened text only their shape is left.
/// A line that ends a sentence, or has an item longer than four words (eight CJK characters),
/// is prose that happens to hold a separator: "Revenue rose 5% in Q3 / Q4 compared to last year."
enum MenuLine {
    /// How many bytes the separator at `i` takes (0 when none starts there): `>` `|` `/` `·` `»`
    /// `›` `｜` `•` `→` `＞` `┊`. Every separator starts with an ASCII or lead byte, so looking at
    /// every byte finds them only where characters start.
    @inline(__always)
    private static func separatorLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = b.count
        switch b[i] {
        case 0x3E, 0x7C, 0x2F: return 1
        case 0xC2: return i + 1 < n && (b[i + 1] == 0xB7 || b[i + 1] == 0xBB) ? 2 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let c1 = b[i + 1], c2 = b[i + 2]
            return c1 == 0x80 && (c2 == 0xBA || c2 == 0xA2) || c1 == 0x86 && c2 == 0x92 || c1 == 0x94 && c2 == 0x8A ? 3 : 0
        case 0xEF:
            guard i + 2 < n else { return 0 }
            return b[i + 1] == 0xBD && b[i + 2] == 0x9C || b[i + 1] == 0xBC && b[i + 2] == 0x9E ? 3 : 0
        default: return 0
        }
    }

    /// How many bytes the blank at `i` takes (0 when none): tab and the Unicode space separators
    /// (as `CharacterSet.whitespaces`: U+0020, U+00A0, U+1680, U+2000–U+200A, U+202F, U+205F, U+3000).
    @inline(__always)
    private static func blankLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int, end n: Int) -> Int {
        switch b[i] {
        case 0x09, 0x20: return 1
        case 0xC2: return i + 1 < n && b[i + 1] == 0xA0 ? 2 : 0
        case 0xE1: return i + 2 < n && b[i + 1] == 0x9A && b[i + 2] == 0x80 ? 3 : 0
        case 0xE2:
            guard i + 2 < n else { return 0 }
            let c1 = b[i + 1], c2 = b[i + 2]
            return c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8A || c2 == 0xAF) || c1 == 0x81 && c2 == 0x9F ? 3 : 0
        case 0xE3: return i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 ? 3 : 0
        default: return 0
        }
    }

    /// The item `lo..<hi` without the blanks around it.
    private static func trimmed(_ b: UnsafeBufferPointer<UInt8>, _ lo: Int, _ hi: Int) -> (Int, Int) {
        var lo = lo, hi = hi
        while lo < hi, case let k = blankLength(b, at: lo, end: hi), k > 0 { lo += k }
        while hi > lo {
            var last = hi - 1
            while last > lo && b[last] & 0xC0 == 0x80 { last -= 1 }
            let k = blankLength(b, at: last, end: hi)
            guard k > 0, last + k == hi else { break }
            hi = last
        }
        return (lo, hi)
    }

    static func isMenuLine(_ text: String, stats: TextStatistics) -> Bool {
        guard stats.sentenceEnds == 0, stats.characters <= 120 else { return false }
        var text = text
        return text.withUTF8 { b in
            // Split at the separators; every item that is not blank must be short.
            var separators = 0, items = 0
            var start = 0, i = 0
            let n = b.count
            func isShortOrEmpty(_ lo: Int, _ hi: Int) -> Bool {
                let (lo, hi) = trimmed(b, lo, hi)
                guard lo < hi else { return true }
                items += 1
                let s = TextStatistics(utf8: UnsafeBufferPointer(rebasing: b[lo..<hi]))
                return s.isMostlyCJK ? s.characters <= 8 : s.words <= 4
            }
            while i < n {
                let k = separatorLength(b, at: i)
                // No separator starts inside a character: step over the whole one.
                if k == 0 { i += UTF8Scan.characterLength(lead: b[i]); continue }
                separators += 1
                guard isShortOrEmpty(start, i) else { return false }
                i += k
                start = i
            }
            guard separators >= 1, isShortOrEmpty(start, n) else { return false }
            return items >= 2
        }
    }
}
