import ArgumentParser
import Foundation
import Pith
import PithEval

/// `pith-eval SET_FOLDER`: Pith's accuracy on a folder in the `../shared/eval` layout, with the
/// metric of score.py; optional outputs, per-page CSV and the worst pages.
@main
struct PithEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith-eval",
        abstract: "Score Pith on pages with gold text (pages/ID.html + pages/ID.txt), like score.py.")

    @Argument(help: "A set folder holding pages/ (e.g. ../shared/eval/scrapinghub).")
    var folder: String

    @Option(help: "balanced, precision or recall.")
    var focus: String = "balanced"

    @Option(name: .customLong("input-format"), help: "auto, html or text.")
    var inputFormat: String = "auto"

    @Option(help: "Write each page's text output to DIR/ID.txt.")
    var out: String?

    @Option(help: "Write id,precision,recall,f1,ms per page to this CSV file.")
    var csv: String?

    @Option(help: "List the N pages with the lowest F1.")
    var worst: Int = 0

    @Flag(name: .customLong("no-title"), help: "Score the body alone, without the title line (for gold that is the article body only).")
    var noTitle = false

    @Option(name: .shortAndLong, help: "Pages scored at once.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("repeat"), help: "Extract each page N times; the CSV's ms is the fastest call.")
    var repeats: Int = 1

    mutating func run() throws {
        var e = EvalRun(folder: folder)
        guard let f = ExtractionOptions.Focus(rawValue: focus) else { throw ValidationError("unknown focus \(focus)") }
        guard let i = ExtractionOptions.InputFormat(rawValue: inputFormat) else { throw ValidationError("unknown input format") }
        e.options.focus = f
        e.options.inputFormat = i
        e.jobs = jobs
        e.includeTitle = !noTitle
        e.repeats = repeats
        let results = try e.run()
        if let out {
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for r in results { try Data(r.output.utf8).write(to: URL(fileURLWithPath: "\(out)/\(r.id).txt")) }
        }
        if let csv {
            var s = "id,precision,recall,f1,ms,error\n"
            for r in results {
                s += "\(r.id),\(fmt(r.counts.precision)),\(fmt(r.counts.recall)),\(fmt(r.counts.f1)),\(String(format: "%.2f", r.milliseconds)),\(r.error ?? "")\n"
            }
            try Data(s.utf8).write(to: URL(fileURLWithPath: csv), options: .atomic)
        }
        let summary = ShingleMetric.summarize(results.map(\.counts))
        let empty = results.filter { $0.output.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }.count
        print("pages=\(results.count) empty=\(empty) precision=\(fmt(summary.precision)) recall=\(fmt(summary.recall)) f1=\(fmt(summary.f1))")
        if worst > 0 {
            for r in results.sorted(by: { $0.counts.f1 < $1.counts.f1 }).prefix(worst) {
                print("  \(r.id)  P \(fmt(r.counts.precision))  R \(fmt(r.counts.recall))  F1 \(fmt(r.counts.f1))\(r.error.map { "  (\($0))" } ?? "")")
            }
        }
    }

    private func fmt(_ v: Double) -> String { String(format: "%.4f", v) }
}
