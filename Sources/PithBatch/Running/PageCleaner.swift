import Foundation
import Pith

/// What happened to one page.
struct PageResult: Sendable {
    enum Outcome: Sendable, Equatable {
        case written(empty: Bool)
        case failed(reason: String, message: String)
    }
    var name: String
    var outcome: Outcome
    /// The rendered page for stream outputs (nil in folder runs: the worker wrote the file).
    var rendered: String?
    var bytes: Int
    /// Where the record started in its stream, for error reports.
    var offset: Int? = nil
    /// The WARC record id, for error reports.
    var recordID: String? = nil
}

/// Cleans one page on a worker thread: reads its bytes, extracts, renders, and in folder runs
/// writes its output file atomically. Never throws: every failure becomes a `PageResult`.
struct PageCleaner: Sendable {
    let options: ExtractionOptions
    let format: BatchConfiguration.Format
    var includeTitle = true
    /// The output folder in folder runs.
    let folder: String?
    /// The run's site templates, when it learns them.
    var templates: TemplateStore? = nil

    func clean(_ item: BatchItem, outputName: String?) -> PageResult {
        var result = PageResult(name: item.name, outcome: .written(empty: true), rendered: nil, bytes: item.size,
                                offset: item.offset, recordID: item.recordID)
        let extras = Self.keys(of: item)
        do {
            let data = try bytes(of: item)
            result.bytes = data.count
            var o = options
            if let hint = item.charsetHint, o.charset == nil { o.transportCharset = hint }
            if item.isText { o.inputFormat = .text }
            let article: Article
            do {
                article = try extract(data, item: item, options: o)
            } catch PithError.noText {
                article = Article(title: nil, blocks: [], charset: "")
            }
            let text = render(article, extras: extras)
            result.outcome = .written(empty: article.blocks.isEmpty)
            if let folder, let outputName {
                try AtomicFile.write(Array((text.hasSuffix("\n") || text.isEmpty ? text : text + "\n").utf8),
                                     to: folder + "/" + outputName)
            } else {
                result.rendered = text
            }
        } catch let e as DamagedInput {
            result.outcome = .failed(reason: e.reason, message: e.message)
            result.bytes = 0
        } catch let e as PithError {
            result.outcome = .failed(reason: Self.reason(e), message: e.description)
        } catch let e as InputError {
            result.outcome = .failed(reason: e.description.hasPrefix("cannot write") || e.description.hasPrefix("cannot create")
                                     || e.description.hasPrefix("cannot rename") ? "write failed" : "unreadable",
                                     message: e.description)
        } catch {
            result.outcome = .failed(reason: "unreadable", message: error.localizedDescription)
        }
        if case .failed(let reason, let message) = result.outcome, folder == nil,
           format == .json || format == .jsonl {
            var w = JSONWriter()
            w.open()
            for (k, v) in extras { w.key(k); w.string(v) }
            w.key("input"); w.string(item.name)
            if let offset = item.offset { w.key("offset"); w.raw(String(offset)) }
            w.key("error"); w.string(message)
            w.key("reason"); w.string(reason)
            w.close()
            result.rendered = w.output
        }
        return result
    }

    /// Extracts with the page's site template; in a record stream, a site's first pages are
    /// observed while they are cleaned, until its template is learnt.
    private func extract(_ data: Data, item: BatchItem, options: ExtractionOptions) throws -> Article {
        guard let store = templates else { return try Pith.extract(html: data, url: item.url, options: options) }
        var site = SiteOfPage.known(url: item.url, path: item.path, bytes: data)
        if site == nil, let p = item.path { site = store.cluster(ofPath: p) }
        if let site, let t = store.template(for: site) {
            var o = options
            o.siteTemplate = t
            return try Pith.extract(html: data, url: item.url, options: o)
        }
        // Files were observed in the first pass (a sample of each site, a sample of each folder's
        // address-less pages): an address-less page it did not see is matched by its lines.
        guard item.isRecord else {
            var o = options
            if site == nil, store.groupsHaveTemplates { o.templateChooser = TemplateChooser { [store] in store.template(forLines: $0) } }
            return try Pith.extract(html: data, url: item.url, options: o)
        }
        // A site's first page in the stream is only counted: most sites of a crawl file have one.
        if let site, store.firstSighting(of: site) { return try Pith.extract(html: data, url: item.url, options: options) }
        let (article, observation) = try Pith.extractObserving(html: data, url: item.url, options: options)
        let key = site ?? observation.addresses.lazy.compactMap(SiteTemplate.site(of:)).first
            ?? store.cluster(for: observation, path: nil)
        store.add(observation, site: key, freezeAt: site == nil ? TemplateStore.window : TemplateStore.window - 1)
        return article
    }

    private func render(_ article: Article, extras: [(String, String)]) -> String {
        switch format {
        case .text: return article.render(as: .text, includeTitle: includeTitle)
        case .markdown: return article.render(as: .markdown, includeTitle: includeTitle)
        case .html: return article.render(as: .html, includeTitle: includeTitle)
        case .json, .jsonl: return JSONRenderer.render(article, extra: extras)
        case .explain: return ExplainPrinter.render(article)
        }
    }

    /// The keys that tie an output line back to its input.
    static func keys(of item: BatchItem) -> [(String, String)] {
        var k: [(String, String)] = []
        if let id = item.id { k.append(("id", id)) }
        if let p = item.path { k.append(("path", p)) }
        if let u = item.url { k.append(("url", u)) }
        if let r = item.recordID { k.append(("warcRecordId", r)) }
        return k
    }

    func bytes(of item: BatchItem) throws -> Data {
        switch item.payload {
        case .bytes(let d):
            return d
        case .unreadable(let why):
            throw InputError(why)
        case .damaged(let reason, let message):
            throw DamagedInput(reason: reason, message: message)
        case .file(let path):
            if path == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            if let size = (attributes?[.size] as? NSNumber)?.intValue, size > options.maxInputBytes, !path.lowercased().hasSuffix(".gz") {
                throw PithError.inputTooLarge(bytes: size, limit: options.maxInputBytes)
            }
            let reader = BufferedReader(try FileSource(path: path))
            if try reader.peek(2) == StreamSniffer.gzipMagic {
                return Data(try GzipSource.readAll(GzipSource(reader), limit: options.maxInputBytes))
            }
            return Data(try GzipSource.readAll(reader, limit: options.maxInputBytes))
        }
    }

    static func reason(_ e: PithError) -> String {
        switch e {
        case .emptyInput: return "empty input"
        case .notHTML: return "not HTML"
        case .noText: return "no text"
        case .inputTooLarge: return "too large"
        case .tooManyNodes: return "too many nodes"
        case .parseFailed: return "parse failed"
        case .unknownCharset: return "unknown charset"
        case .resourcesMissing: return "resources missing"
        }
    }
}

/// A damaged stretch of a record stream, reported as a failure.
struct DamagedInput: Error {
    var reason: String
    var message: String
}
