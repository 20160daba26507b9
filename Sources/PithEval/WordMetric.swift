import Foundation

/// The Web Content Extraction Benchmark's (WCXB) metric: per page, the lower-cased `\w+` tokens of
/// the gold and of the prediction as multisets; precision and recall from their overlap; the score
/// is the mean of the pages' F1 (an empty prediction scores 0). Reported overall and by page type.
public enum WordMetric {
    /// One page's word-overlap figures.
    public struct PageCounts: Sendable, Equatable {
        public var precision: Double, recall: Double
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
        public init(precision: Double, recall: Double) { self.precision = precision; self.recall = recall }
    }

    /// Python's `re.findall(r"\w+", text.lower())`.
    public static func tokens(_ text: String) -> [Substring] {
        let lower = text.lowercased()
        var out: [Substring] = []
        var start: String.Index? = nil
        var i = lower.startIndex
        for s in lower.unicodeScalars {
            let next = lower.unicodeScalars.index(after: i)
            if ShingleMetric.isWord(s) {
                if start == nil { start = i }
            } else if let s0 = start {
                out.append(lower[s0..<i]); start = nil
            }
            i = next
        }
        if let s0 = start { out.append(lower[s0..<lower.endIndex]) }
        return out
    }

    public static func page(gold: String, predicted: String) -> PageCounts {
        var g: [Substring: Int] = [:]
        for t in tokens(gold) { g[t, default: 0] += 1 }
        var p: [Substring: Int] = [:]
        for t in tokens(predicted) { p[t, default: 0] += 1 }
        let goldCount = g.values.reduce(0, +), predCount = p.values.reduce(0, +)
        guard goldCount > 0, predCount > 0 else { return PageCounts(precision: 0, recall: 0) }
        var overlap = 0
        for (k, c) in p { overlap += min(c, g[k] ?? 0) }
        return PageCounts(precision: Double(overlap) / Double(predCount), recall: Double(overlap) / Double(goldCount))
    }
}
