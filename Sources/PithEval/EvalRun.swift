import Foundation
import Pith

/// Runs Pith over a folder in the `../shared/eval` layout (`pages/ID.html` with gold
/// `pages/ID.txt`) and scores it with `ShingleMetric`. (`--input-format text` with pages
/// flattened by `Benchmarks/flatten_html.py` measures text mode the same way.)
public struct EvalRun {
    /// One page's result.
    public struct PageResult: Sendable {
        public var id: String
        public var counts: ShingleMetric.PageCounts
        public var output: String
        public var error: String?
        public var milliseconds: Double
    }

    public var folder: String
    public var options = ExtractionOptions()
    public var jobs = ProcessInfo.processInfo.activeProcessorCount
    /// Score the body alone (no title line), as gold texts that hold only the article body expect.
    public var includeTitle = true
    /// Extract each page this many times and report the fastest call (the output is the same
    /// each time): one slow call on a shared machine then does not stand for the page.
    public var repeats = 1

    public init(folder: String) { self.folder = folder }

    /// The page ids with gold text, sorted.
    public func pageIDs() throws -> [String] {
        let pages = folder + "/pages"
        return try FileManager.default.contentsOfDirectory(atPath: pages)
            .filter { $0.hasSuffix(".html") && FileManager.default.fileExists(atPath: pages + "/" + $0.dropLast(5) + ".txt") }
            .map { String($0.dropLast(5)) }.sorted()
    }

    public func run() throws -> [PageResult] {
        let ids = try pageIDs()
        let results = ResultBox(count: ids.count)
        let options = self.options, folder = self.folder, includeTitle = self.includeTitle, repeats = max(1, self.repeats)
        let next = Counter()
        let workers = max(1, min(jobs, ids.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.next()
                guard i < ids.count else { return }
                results.set(i, Self.score(id: ids[i], folder: folder, options: options, includeTitle: includeTitle, repeats: repeats))
            }
        }
        return results.values
    }

    static func score(id: String, folder: String, options: ExtractionOptions, includeTitle: Bool, repeats: Int = 1) -> PageResult {
        let html = (try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/pages/\(id).html"))) ?? Data()
        let gold = (try? String(contentsOfFile: "\(folder)/pages/\(id).txt", encoding: .utf8)) ?? ""
        var url: String?
        if let meta = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/pages/\(id).json")),
           let o = try? JSONSerialization.jsonObject(with: meta) as? [String: Any] {
            url = o["url"] as? String
        }
        var output = ""
        var failure: String?
        var ms = Double.infinity
        for _ in 0..<repeats {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                output = try Pith.extract(html: html, url: url, options: options).render(as: .text, includeTitle: includeTitle)
            } catch {
                failure = "\(error)"
            }
            ms = min(ms, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        }
        return PageResult(id: id, counts: ShingleMetric.page(gold: gold, predicted: output), output: output,
                          error: failure, milliseconds: ms)
    }

    final class ResultBox: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [PageResult?]
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ i: Int, _ r: PageResult) { lock.lock(); slots[i] = r; lock.unlock() }
        var values: [PageResult] { slots.compactMap { $0 } }
    }

    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
    }
}
