import Foundation

/// One set's figures under its metric, with WCXB's page types and snippets when the set has them,
/// and the per-page F1 that a later run is compared against.
public struct SetReport: Codable, Sendable {
    /// Which metric a set is scored with.
    public enum Metric: String, Codable, Sendable {
        /// score.py: 4-gram shingles, precision and recall averaged over pages, F1 of the means.
        case shingle
        /// WCXB: bag of `\w+` words per page, the mean of the pages' F1.
        case words
    }

    /// Precision, recall and F1 of a group of pages.
    public struct Figures: Codable, Sendable {
        public var pages: Int
        public var empty: Int
        public var precision: Double
        public var recall: Double
        public var f1: Double
    }

    public var name: String
    public var metric: Metric
    public var overall: Figures
    /// By page type (WCXB's `page_type`), when the pages carry one.
    public var types: [String: Figures]
    /// Share of `with` snippets found and of `without` snippets present (nil without snippets).
    public var withShare: Double?
    public var withoutShare: Double?
    /// Each page's F1 under the set's metric.
    public var pageF1: [String: Double]

    /// The metric a set is scored with: WCXB's sets (named `wcxb…`) with their own, others with
    /// score.py's, as the eval README prescribes.
    public static func metric(forSet name: String) -> Metric {
        name.lowercased().hasPrefix("wcxb") ? .words : .shingle
    }

    public init(name: String, metric: Metric, results: [EvalRun.PageResult]) {
        self.name = name
        self.metric = metric
        overall = Self.figures(results, metric)
        var byType: [String: [EvalRun.PageResult]] = [:]
        for r in results where !r.pageType.isEmpty { byType[r.pageType, default: []].append(r) }
        types = byType.count > 1 ? byType.mapValues { Self.figures($0, metric) } : [:]
        let withCount = results.reduce(0) { $0 + $1.withCount }, withoutCount = results.reduce(0) { $0 + $1.withoutCount }
        withShare = withCount > 0 ? Double(results.reduce(0) { $0 + $1.withFound }) / Double(withCount) : nil
        withoutShare = withoutCount > 0 ? Double(results.reduce(0) { $0 + $1.withoutPresent }) / Double(withoutCount) : nil
        var pages: [String: Double] = [:]
        for r in results { pages[r.id] = metric == .words ? r.words.f1 : r.counts.f1 }
        pageF1 = pages
    }

    static func figures(_ results: [EvalRun.PageResult], _ metric: Metric) -> Figures {
        let empty = results.filter { $0.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
        switch metric {
        case .shingle:
            let s = ShingleMetric.summarize(results.map(\.counts))
            return Figures(pages: results.count, empty: empty, precision: s.precision, recall: s.recall, f1: s.f1)
        case .words:
            let n = Double(max(1, results.count))
            return Figures(pages: results.count, empty: empty,
                           precision: results.reduce(0) { $0 + $1.words.precision } / n,
                           recall: results.reduce(0) { $0 + $1.words.recall } / n,
                           f1: results.reduce(0) { $0 + $1.words.f1 } / n)
        }
    }
}

/// Every set of one run, printed as one table, saved as JSON and compared with a saved run under
/// the rule for keeping a change: the mean F1 over sets rises and no set drops by more than 0.005.
public struct EvalReport: Codable, Sendable {
    public var sets: [SetReport]
    /// Largest drop of one set that a kept change may cause.
    public static let tolerance = 0.005

    public init(sets: [SetReport]) { self.sets = sets }

    public var meanF1: Double { sets.isEmpty ? 0 : sets.map(\.overall.f1).reduce(0, +) / Double(sets.count) }

    public func table(against base: EvalReport? = nil) -> String {
        func f(_ v: Double) -> String { String(format: "%.4f", v) }
        func delta(_ now: Double, _ before: Double?) -> String {
            guard let before else { return "" }
            let d = now - before
            return abs(d) < 0.00005 ? "   =   " : String(format: "%+.4f", d)
        }
        func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
        var lines = ["set           metric   pages empty  precision recall  F1      Δ F1    with%  without%"]
        for s in sets {
            let b = base?.sets.first { $0.name == s.name }
            let snip = s.withShare.map { String(format: "%5.1f  %5.1f", $0 * 100, (s.withoutShare ?? 0) * 100) } ?? ""
            lines.append("\(pad(s.name, 13)) \(pad(s.metric.rawValue, 8)) \(pad(String(s.overall.pages), 5)) \(pad(String(s.overall.empty), 5))  \(f(s.overall.precision))    \(f(s.overall.recall))  \(f(s.overall.f1))  \(pad(delta(s.overall.f1, b?.overall.f1), 7)) \(snip)")
            for t in s.types.keys.sorted() {
                let v = s.types[t]!
                lines.append("  \(pad(t, 20)) \(pad(String(v.pages), 5)) \(pad(String(v.empty), 5))  \(f(v.precision))    \(f(v.recall))  \(f(v.f1))  \(delta(v.f1, b?.types[t]?.f1))")
            }
        }
        lines.append("mean F1 over \(sets.count) sets: \(f(meanF1)) \(base.map { delta(meanF1, $0.meanF1) } ?? "")")
        if let base { lines.append(verdict(against: base)) }
        return lines.joined(separator: "\n")
    }

    /// "keep" when the mean over the sets both runs scored rose and no set dropped past the tolerance.
    public func verdict(against base: EvalReport) -> String {
        let shared = sets.compactMap { s in base.sets.first { $0.name == s.name }.map { (s, $0) } }
        guard !shared.isEmpty else { return "verdict: no set in common with the baseline" }
        let now = shared.map { $0.0.overall.f1 }.reduce(0, +) / Double(shared.count)
        let before = shared.map { $0.1.overall.f1 }.reduce(0, +) / Double(shared.count)
        let drops = shared.filter { $0.1.overall.f1 - $0.0.overall.f1 > Self.tolerance }.map { $0.0.name }
        if !drops.isEmpty { return "verdict: REJECT — \(drops.joined(separator: ", ")) dropped by more than \(Self.tolerance)" }
        if now <= before { return String(format: "verdict: REJECT — the mean did not rise (%+.4f)", now - before) }
        return String(format: "verdict: keep — mean %+.4f, no set down by more than %.3f", now - before, Self.tolerance)
    }

    /// The pages whose F1 moved most since `base`, largest losses and gains first.
    public func changes(against base: EvalReport, limit: Int) -> String {
        var moves: [(String, String, Double, Double)] = []
        for s in sets {
            guard let b = base.sets.first(where: { $0.name == s.name }) else { continue }
            for (id, v) in s.pageF1 { if let old = b.pageF1[id], abs(v - old) > 0.0005 { moves.append((s.name, id, old, v)) } }
        }
        let losses = moves.filter { $0.3 < $0.2 }.sorted { $0.3 - $0.2 < $1.3 - $1.2 }.prefix(limit)
        let gains = moves.filter { $0.3 > $0.2 }.sorted { $0.3 - $0.2 > $1.3 - $1.2 }.prefix(limit)
        var out = ["pages changed: \(moves.count) (\(moves.filter { $0.3 > $0.2 }.count) up, \(moves.filter { $0.3 < $0.2 }.count) down)"]
        for (label, group) in [("down", losses), ("up", gains)] where !group.isEmpty {
            out.append("  \(label):")
            for m in group { out.append("    \(m.0)/\(m.1)  " + String(format: "%.3f → %.3f", m.2, m.3)) }
        }
        return out.joined(separator: "\n")
    }
}
