import Testing
@testable import PithEval

// Expected figures computed with Python: re.findall(r"\w+", text.lower()), collections.Counter overlap.
@Test func wordTokensFollowPythonsWordPattern() {
    #expect(WordMetric.tokens("The Quick brown fox — jumps; over the lazy dog. Café_2 城市 ½").map(String.init)
        == ["the", "quick", "brown", "fox", "jumps", "over", "the", "lazy", "dog", "café_2", "城市", "½"])
}

@Test func wordOverlapIsAMultiset() {
    let c = WordMetric.page(gold: "The Quick brown fox — jumps; over the lazy dog. Café_2 城市 ½",
                            predicted: "the quick fox jumps over THE dog dog extra")
    #expect(abs(c.precision - 7.0 / 9) < 1e-9)
    #expect(abs(c.recall - 7.0 / 12) < 1e-9)
    #expect(WordMetric.page(gold: "some gold", predicted: "  ").f1 == 0)
}

@Test func reportJudgesAChangeByTheMeanAndTheWorstDrop() {
    func set(_ name: String, _ f1: Double) -> SetReport {
        var s = SetReport(name: name, metric: .shingle, results: [])
        s.overall = .init(pages: 1, empty: 0, precision: f1, recall: f1, f1: f1)
        return s
    }
    let base = EvalReport(sets: [set("a", 0.90), set("b", 0.80)])
    #expect(EvalReport(sets: [set("a", 0.91), set("b", 0.80)]).verdict(against: base).hasPrefix("verdict: keep"))
    // The mean rises, but one set drops by more than the tolerance.
    #expect(EvalReport(sets: [set("a", 0.96), set("b", 0.79)]).verdict(against: base).contains("REJECT"))
    #expect(EvalReport(sets: [set("a", 0.90), set("b", 0.80)]).verdict(against: base).contains("REJECT"))
}
