import Foundation
import Pith

/// Runs Pith over one set folder in the `../shared/eval` layout — `pages/ID.html` or
/// `pages/ID.html.gz` with gold `pages/ID.txt`, and optionally `ID.json` (url, page_type),
/// `ID.with.txt` / `ID.without.txt` snippets — and scores every page with both metrics:
/// `ShingleMetric` (score.py) and `WordMetric` (WCXB). (`--input-format text` with pages
/// flattened by `Benchmarks/flatten_html.py` measures text mode the same way.)
public struct EvalRun {
    /// One page's result.
    public struct PageResult: Sendable {
        public var id: String
        public var counts: ShingleMetric.PageCounts
        public var words: WordMetric.PageCounts
        /// WCXB's `page_type` (or the set's own label), "" when the page has none.
        public var pageType: String
        /// Snippets that must appear: found, of all.
        public var withFound = 0, withCount = 0
        /// Snippets that must not appear: present, of all.
        public var withoutPresent = 0, withoutCount = 0
        public var output: String
        /// Metadata found (Pith runs only), for `MetadataScore`.
        public var found: MetadataScore.Found?
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
    /// Score the texts in `predictions/SET/ID.txt` (another system's outputs) instead of running Pith.
    public var predictions: String?
    /// Learn each site's template from all the set's pages of that site (grouped by the host of
    /// their `url`), then extract every page with its site's template — as a folder run does.
    public var siteTemplates = false

    public init(folder: String) { self.folder = folder }

    /// The set's name: the folder's last component.
    public var name: String { URL(fileURLWithPath: folder).standardizedFileURL.lastPathComponent }

    /// Whether `path` is a set folder (holds `pages/`).
    public static func isSet(_ path: String) -> Bool {
        var dir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path + "/pages", isDirectory: &dir) && dir.boolValue
    }

    /// The page ids with gold text, sorted.
    public func pageIDs() throws -> [String] {
        let pages = folder + "/pages"
        let fm = FileManager.default
        return try fm.contentsOfDirectory(atPath: pages).compactMap { name -> String? in
            let id: Substring
            if name.hasSuffix(".html") { id = name.dropLast(5) } else if name.hasSuffix(".html.gz") { id = name.dropLast(8) } else { return nil }
            return fm.fileExists(atPath: "\(pages)/\(id).txt") ? String(id) : nil
        }.sorted()
    }

    public func run() throws -> [PageResult] {
        let ids = try pageIDs()
        let results = ResultBox(count: ids.count)
        let options = self.options, folder = self.folder, includeTitle = self.includeTitle, repeats = max(1, self.repeats)
        let predicted = predictions.map { "\($0)/\(name)" }
        var templates: [String: SiteTemplate] = [:]
        let sites = siteTemplates ? ids.map { Self.url(folder: folder, id: $0).flatMap(SiteTemplate.site(of:)) } : []
        if siteTemplates {
            var bySite: [String: [String]] = [:]
            for (id, site) in zip(ids, sites) { if let site { bySite[site, default: []].append(id) } }
            for (site, pages) in bySite where pages.count >= SiteTemplate.minimumPages {
                templates[site] = SiteTemplate.learn(from: pages.compactMap { try? Self.pageBytes(folder: folder, id: $0) }, site: site, options: options)
            }
        }
        let learnt = templates
        let next = Counter()
        let workers = max(1, min(jobs, ids.count))
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while true {
                let i = next.next()
                guard i < ids.count else { return }
                var o = options
                if i < sites.count, let site = sites[i] { o.siteTemplate = learnt[site] }
                results.set(i, Self.score(id: ids[i], folder: folder, options: o, includeTitle: includeTitle, repeats: repeats,
                                          predicted: predicted))
            }
        }
        return results.values
    }

    /// A page's raw bytes, inflated when it is stored gzipped.
    /// The metadata of `results` against the set's gold, overall (key "") and by page type; empty
    /// when no page's ID.json has a gold title, author or date.
    public func metadataScores(_ results: [PageResult]) -> [String: MetadataScore] {
        var scores: [String: MetadataScore] = [:]
        for r in results {
            let gold = Self.meta(folder: folder, id: r.id)
            guard gold["title"] != nil || gold["author"] != nil || gold["date"] != nil else { continue }
            let found = r.found ?? MetadataScore.Found(title: nil, authors: [], date: nil)
            scores["", default: MetadataScore()].add(gold: gold, found: found)
            if !r.pageType.isEmpty { scores[r.pageType, default: MetadataScore()].add(gold: gold, found: found) }
        }
        return scores
    }

    static func pageBytes(folder: String, id: String) throws -> Data {
        let plain = "\(folder)/pages/\(id).html"
        if FileManager.default.fileExists(atPath: plain) { return try Data(contentsOf: URL(fileURLWithPath: plain)) }
        return try Inflate.gunzip(Data(contentsOf: URL(fileURLWithPath: plain + ".gz")))
    }

    /// A page's `ID.json` (url, page_type…), empty when it has none.
    static func meta(folder: String, id: String) -> [String: Any] {
        guard let data = try? Data(contentsOf: URL(fileURLWithPath: "\(folder)/pages/\(id).json")),
              let o = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return [:] }
        return o
    }

    static func url(folder: String, id: String) -> String? { meta(folder: folder, id: id)["url"] as? String }

    static func lines(_ path: String) -> [String] {
        guard let s = try? String(contentsOfFile: path, encoding: .utf8) else { return [] }
        return s.split(whereSeparator: \.isNewline).map(String.init).filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// White space collapsed, as score.py's snippet test compares.
    static func collapsed(_ s: String) -> String {
        s.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    static func score(id: String, folder: String, options: ExtractionOptions, includeTitle: Bool, repeats: Int = 1,
                      predicted: String? = nil) -> PageResult {
        var failure: String?
        var html = Data()
        if predicted == nil {
            do { html = try pageBytes(folder: folder, id: id) } catch { failure = "\(error)" }
        }
        let gold = (try? String(contentsOfFile: "\(folder)/pages/\(id).txt", encoding: .utf8)) ?? ""
        let meta = Self.meta(folder: folder, id: id)
        let url = meta["url"] as? String
        let pageType = meta["page_type"] as? String ?? ""
        var output = ""
        var found: MetadataScore.Found?
        var ms = Double.infinity
        if let predicted {
            output = (try? String(contentsOfFile: "\(predicted)/\(id).txt", encoding: .utf8)) ?? ""
            ms = 0
        } else if failure == nil {
            for _ in 0..<repeats {
                let start = DispatchTime.now().uptimeNanoseconds
                do {
                    let a = try Pith.extract(html: html, url: url, options: options)
                    output = a.render(as: .text, includeTitle: includeTitle)
                    found = MetadataScore.Found(title: a.title, authors: a.metadata.authors, date: a.metadata.date)
                } catch {
                    failure = "\(error)"
                }
                ms = min(ms, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
            }
        }
        var r = PageResult(id: id, counts: ShingleMetric.page(gold: gold, predicted: output),
                           words: WordMetric.page(gold: gold, predicted: output), pageType: pageType,
                           output: output, found: found, error: failure, milliseconds: ms)
        let with = lines("\(folder)/pages/\(id).with.txt"), without = lines("\(folder)/pages/\(id).without.txt")
        if !with.isEmpty || !without.isEmpty {
            let text = collapsed(output)
            r.withCount = with.count
            r.withFound = with.filter { text.contains(collapsed($0)) }.count
            r.withoutCount = without.count
            r.withoutPresent = without.filter { text.contains(collapsed($0)) }.count
        }
        return r
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
