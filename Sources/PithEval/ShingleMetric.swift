import Foundation

/// The accuracy metric of `../shared/eval/score.py` (ScrapingHub's article-extraction benchmark:
/// 4-gram shingles of tokens, tp/fp/fn normalised per page, precision and recall averaged over
/// pages, F1 of the two means), with every CJK ideograph, kana and hangul syllable its own token.
/// Gives the same figures as score.py on the same texts (tested).
public enum ShingleMetric {
    /// One page's normalised true positives, false positives and false negatives.
    public struct PageCounts: Sendable, Equatable {
        public var tp: Double, fp: Double, fn: Double
        public init(tp: Double, fp: Double, fn: Double) { self.tp = tp; self.fp = fp; self.fn = fn }

        /// score.py's `prec`: 1 when nothing was expected or predicted.
        public var precision: Double {
            if fp == 0 && fn == 0 { return 1 }
            return tp == 0 && fp == 0 ? 0 : tp / (tp + fp)
        }
        /// score.py's `rec`.
        public var recall: Double {
            if fp == 0 && fn == 0 { return 1 }
            return tp == 0 && fn == 0 ? 0 : tp / (tp + fn)
        }
        public var f1: Double { precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0 }
    }

    /// Corpus figures: precision and recall are means over pages, F1 is of the means.
    public struct Summary: Sendable {
        public var precision: Double, recall: Double, f1: Double
    }

    static func isCJK(_ v: UInt32) -> Bool {
        (0x3040...0x30FF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v)
    }

    /// Python's `\w`: letters, numbers, underscore.
    static func isWord(_ s: Unicode.Scalar) -> Bool {
        if s == "_" { return true }
        switch s.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber: return true
        default: return false
        }
    }

    /// NFKC, lower case, then CJK characters one by one and runs of other word characters.
    public static func tokens(_ text: String) -> [String] {
        let normalized = text.precomposedStringWithCompatibilityMapping.lowercased()
        var out: [String] = []
        var run = String.UnicodeScalarView()
        for s in normalized.unicodeScalars {
            if isCJK(s.value) {
                if !run.isEmpty { out.append(String(run)); run = String.UnicodeScalarView() }
                out.append(String(s))
            } else if isWord(s) {
                run.append(s)
            } else if !run.isEmpty {
                out.append(String(run)); run = String.UnicodeScalarView()
            }
        }
        if !run.isEmpty { out.append(String(run)) }
        return out
    }

    static func shingles(_ text: String, n: Int = 4) -> [String: Int] {
        let t = tokens(text)
        var counts: [String: Int] = [:]
        guard !t.isEmpty else { return counts }
        for i in 0..<max(1, t.count - n + 1) {
            counts[t[i..<min(t.count, i + n)].joined(separator: "\u{1}"), default: 0] += 1
        }
        return counts
    }

    /// One page: gold text against predicted text.
    public static func page(gold: String, predicted: String) -> PageCounts {
        let g = shingles(gold), p = shingles(predicted)
        var tp = 0, fp = 0, fn = 0
        for (k, c) in p { let gc = g[k] ?? 0; tp += min(c, gc); fp += max(0, c - gc) }
        for (k, c) in g { fn += max(0, c - (p[k] ?? 0)) }
        let s = Double(tp + fp + fn)
        return s > 0 ? PageCounts(tp: Double(tp) / s, fp: Double(fp) / s, fn: Double(fn) / s) : PageCounts(tp: 0, fp: 0, fn: 0)
    }

    /// Corpus means as score.py computes them.
    public static func summarize(_ pages: [PageCounts]) -> Summary {
        let withPrediction = pages.filter { $0.tp + $0.fp > 0 }
        let withGold = pages.filter { $0.tp + $0.fn > 0 }
        let p = withPrediction.isEmpty ? 0 : withPrediction.map(\.precision).reduce(0, +) / Double(withPrediction.count)
        let r = withGold.isEmpty ? 0 : withGold.map(\.recall).reduce(0, +) / Double(withGold.count)
        return Summary(precision: p, recall: r, f1: p + r > 0 ? 2 * p * r / (p + r) : 0)
    }
}
