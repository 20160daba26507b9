import Foundation
import Testing
@testable import PithEval

private let mini = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures/eval-mini").path

/// score.py's recorded output for the mini set: per-page rows and the summary.
private func recorded() throws -> (rows: [String: (Double, Double)], p: Double, r: Double, f1: Double) {
    let text = try String(contentsOfFile: mini + "/score_py.txt", encoding: .utf8)
    var rows: [String: (Double, Double)] = [:]
    var p = 0.0, r = 0.0, f = 0.0
    for line in text.split(separator: "\n") {
        let cols = line.split(separator: ",")
        if cols.count == 3, let a = Double(cols[1]), let b = Double(cols[2]) { rows[String(cols[0])] = (a, b) }
        if line.hasPrefix("pages=") {
            for kv in line.split(separator: " ") {
                let parts = kv.split(separator: "=")
                guard parts.count == 2, let v = Double(parts[1]) else { continue }
                if parts[0] == "precision" { p = v } else if parts[0] == "recall" { r = v } else if parts[0] == "f1" { f = v }
            }
        }
    }
    return (rows, p, r, f)
}

@Test func scoresExactlyLikeScorePy() throws {
    let expected = try recorded()
    var pages: [ShingleMetric.PageCounts] = []
    for id in ["empty", "mixed", "seed", "short"] {
        let gold = try String(contentsOfFile: "\(mini)/pages/\(id).txt", encoding: .utf8)
        let pred = try String(contentsOfFile: "\(mini)/pred/\(id).txt", encoding: .utf8)
        let c = ShingleMetric.page(gold: gold, predicted: pred)
        pages.append(c)
        let (p, r) = try #require(expected.rows[id])
        #expect(abs(c.precision - p) < 0.00005, "\(id) precision")
        #expect(abs(c.recall - r) < 0.00005, "\(id) recall")
    }
    let s = ShingleMetric.summarize(pages)
    #expect(abs(s.precision - expected.p) < 0.00005 && abs(s.recall - expected.r) < 0.00005 && abs(s.f1 - expected.f1) < 0.00005)
}

@Test func tokensFollowScorePy() {
    #expect(ShingleMetric.tokens("Ｆｕｌｌ-width café_2 城市") == ["full", "width", "café_2", "城", "市"])
    #expect(ShingleMetric.tokens("  ,; ") == [])
}
