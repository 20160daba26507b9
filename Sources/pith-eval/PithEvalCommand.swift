import ArgumentParser
import Foundation
import Pith
import PithEval

/// `pith-eval PATH…`: Pith's accuracy on eval sets in the `../shared/eval` layout, each with its
/// metric (score.py's shingles, WCXB's words), one table for all of them, by WCXB page type;
/// saved as JSON and compared with an earlier run under the rule for keeping a change.
@main
struct PithEvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith-eval",
        abstract: "Score Pith on pages with gold text (pages/ID.html[.gz] + pages/ID.txt) — one set, or every set in a folder.",
        discussion: """
            pith-eval ../shared/eval --no-title --save run.json             every set, one table
            pith-eval ../shared/eval --no-title --baseline run.json         the same with Δ and the keep/reject verdict
            pith-eval ../shared/eval/wcxb-dev --no-title --worst 20 --type forum
            """)

    @Argument(help: "Set folders (holding pages/), or folders of sets (e.g. ../shared/eval).")
    var paths: [String]

    @Option(help: "balanced, precision or recall.")
    var focus: String = "balanced"

    @Option(name: .customLong("input-format"), help: "auto, html or text.")
    var inputFormat: String = "auto"

    @Option(help: "Write each page's text output to DIR/SET/ID.txt.")
    var out: String?

    @Option(help: "Write set,id,type,precision,recall,f1,ms per page to this CSV file (the set's metric).")
    var csv: String?

    @Option(help: "List the N pages with the lowest F1 per set.")
    var worst: Int = 0

    @Option(help: "Only pages of this WCXB page type (with --worst, --csv, --out).")
    var type: String?

    @Option(help: "Score another system's outputs, DIR/SET/ID.txt, instead of running Pith.")
    var predictions: String?

    @Option(help: "Save the run (figures and per-page F1) as JSON.")
    var save: String?

    @Option(help: "Compare with a run saved by --save: Δ per set and type, the verdict, the pages that moved.")
    var baseline: String?

    @Option(help: "With --baseline: list up to N pages that lost and N that gained most.")
    var changes: Int = 10

    @Flag(name: .customLong("site-templates"), help: "Learn each site's template from the set's pages of that site first, as a folder run does.")
    var siteTemplates = false

    @Flag(name: .customLong("no-title"), help: "Score the body alone, without the title line (for gold that is the article body only).")
    var noTitle = false

    @Flag(help: "Also score title, author and date against the sets' gold (ID.json), overall and by page type.")
    var metadata = false

    @Option(name: .shortAndLong, help: "Pages scored at once.")
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    @Option(name: .customLong("repeat"), help: "Extract each page N times; the CSV's ms is the fastest call.")
    var repeats: Int = 1

    mutating func run() throws {
        guard let f = ExtractionOptions.Focus(rawValue: focus) else { throw ValidationError("unknown focus \(focus)") }
        guard let i = ExtractionOptions.InputFormat(rawValue: inputFormat) else { throw ValidationError("unknown input format") }
        var sets: [String] = []
        for p in paths {
            if EvalRun.isSet(p) { sets.append(p); continue }
            let children = (try? FileManager.default.contentsOfDirectory(atPath: p)) ?? []
            let found = children.sorted().map { p + "/" + $0 }.filter(EvalRun.isSet)
            guard !found.isEmpty else { throw ValidationError("\(p) holds no pages/ folder and no set folders") }
            sets += found
        }
        var reports: [SetReport] = []
        var csvText = "set,id,type,precision,recall,f1,ms,error\n"
        var metadataTable = ""
        for folder in sets {
            var e = EvalRun(folder: folder)
            e.options.focus = f
            e.options.inputFormat = i
            e.jobs = jobs
            e.includeTitle = !noTitle
            e.repeats = repeats
            e.predictions = predictions
            e.siteTemplates = siteTemplates
            let all = try e.run()
            let metric = SetReport.metric(forSet: e.name)
            reports.append(SetReport(name: e.name, metric: metric, results: all))
            let results = type.map { t in all.filter { $0.pageType == t } } ?? all
            if metadata {
                let scores = e.metadataScores(results)
                for key in scores.keys.sorted() {
                    let m = scores[key]!
                    func cell(_ f: MetadataScore.Field) -> String {
                        f.pages == 0 ? "       -        " : String(format: "%.3f (%4d/%4d)", f.share, f.hits, f.pages)
                    }
                    let label = key.isEmpty ? e.name : "  " + key
                    metadataTable += label.padding(toLength: 16, withPad: " ", startingAt: 0)
                        + "  \(cell(m.title))  \(cell(m.author))  \(cell(m.date))\n"
                }
            }
            if let out {
                let dir = "\(out)/\(e.name)"
                try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
                for r in results { try Data(r.output.utf8).write(to: URL(fileURLWithPath: "\(dir)/\(r.id).txt")) }
            }
            for r in results {
                let (p, rc, f1) = metric == .words ? (r.words.precision, r.words.recall, r.words.f1) : (r.counts.precision, r.counts.recall, r.counts.f1)
                csvText += "\(e.name),\(r.id),\(r.pageType),\(fmt(p)),\(fmt(rc)),\(fmt(f1)),\(String(format: "%.2f", r.milliseconds)),\(r.error ?? "")\n"
            }
            if worst > 0 {
                print("\(e.name): worst \(worst)\(type.map { " (\($0))" } ?? "")")
                let f1: (EvalRun.PageResult) -> Double = { metric == .words ? $0.words.f1 : $0.counts.f1 }
                for r in results.sorted(by: { f1($0) < f1($1) }).prefix(worst) {
                    let (p, rc) = metric == .words ? (r.words.precision, r.words.recall) : (r.counts.precision, r.counts.recall)
                    print("  \(r.id)  \(r.pageType)  P \(fmt(p))  R \(fmt(rc))  F1 \(fmt(f1(r)))\(r.error.map { "  (\($0))" } ?? "")")
                }
            }
        }
        if let csv { try Data(csvText.utf8).write(to: URL(fileURLWithPath: csv), options: .atomic) }
        let report = EvalReport(sets: reports)
        var base: EvalReport?
        if let baseline {
            base = try JSONDecoder().decode(EvalReport.self, from: Data(contentsOf: URL(fileURLWithPath: baseline)))
        }
        print(report.table(against: base))
        if metadata {
            print("metadata".padding(toLength: 16, withPad: " ", startingAt: 0)
                  + "  " + "title".padding(toLength: 16, withPad: " ", startingAt: 0)
                  + "  " + "author".padding(toLength: 16, withPad: " ", startingAt: 0) + "  date")
            print(metadataTable.isEmpty ? "  (no set has metadata gold)" : metadataTable, terminator: "")
        }
        if let base, changes > 0 { print(report.changes(against: base, limit: changes)) }
        if let save {
            let enc = JSONEncoder()
            enc.outputFormatting = [.sortedKeys]
            try enc.encode(report).write(to: URL(fileURLWithPath: save), options: .atomic)
        }
    }

    private func fmt(_ v: Double) -> String { String(format: "%.4f", v) }
}
