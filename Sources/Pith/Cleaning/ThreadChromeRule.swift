/// A thread repeats its chrome around every post: the poster's counters (`Posts: 1,204`,
/// `Joined: Mar 2019`), the controls (`Reply`, `Quote`, `Like`, `Report`), the vote and like
/// counts. On a forum page, lines of at most `maxWords` words that are no sentence and recur at
/// least `minRepeats` times in the body once their digits are set aside (`LineKey`), and lines
/// that are nothing but a number, go. Posts themselves are sentences, or say something once.
/// Code is kept.
enum ThreadChromeRule {
    static let maxWords = 4
    static let minRepeats = 3

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        var counts: [String: Int] = [:]
        var keys: [Int: String] = [:]
        for i in body where blocks[i].isKept && blocks[i].kind != .code {
            let b = blocks[i]
            if isBareNumber(b.text) { blocks[i].removal = .widget; continue }
            guard b.stats.words <= maxWords, b.stats.sentenceEnds == 0, let k = LineKey.key(b.text) else { continue }
            counts[k, default: 0] += 1
            keys[i] = k
        }
        for (i, k) in keys where counts[k, default: 0] >= minRepeats { blocks[i].removal = .widget }
    }

    /// Digits, with the signs, separators and letters of a count around them (`12`, `+3`,
    /// `1,204`, `4.5k`), and nothing else.
    static func isBareNumber(_ text: String) -> Bool {
        var digits = 0, others = 0
        for u in text.unicodeScalars {
            switch u {
            case "0"..."9": digits += 1
            case ",", ".", "+", "-", "−", " ", "k", "K", "%": others += 1
            default: return false
            }
        }
        return digits > 0 && others <= 3
    }
}
