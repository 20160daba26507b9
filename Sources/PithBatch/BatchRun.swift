import Foundation
import Pith

/// One run of the `pith` command over its inputs: finds the pages, cleans them on `jobs`
/// threads, writes the outputs (atomically), reports progress and a summary.
///
/// ```swift
/// var c = BatchConfiguration()
/// c.inputs = ["crawl.warc.gz"]
/// let (summary, status) = BatchRun(c).run()
/// ```
public final class BatchRun {
    private let config: BatchConfiguration
    private var format: BatchConfiguration.Format
    private let folder: String?
    private var summary = BatchSummary()
    private var stream: StreamOutput?
    private var errorLog: ErrorLog?
    private var progress: ProgressLine?
    private var namer: OutputNamer?
    private var stopRequested = false
    private var recordIndex = 0
    /// Input bytes read from record streams so far, for the progress line.
    private var progressBytesHint = 0
    private let interruption = Interruption()
    /// True when the run is more than one plain page: then a summary is printed.
    private var isBatch: Bool

    /// Prepares a run; nothing is read until `run()`.
    public init(_ config: BatchConfiguration) {
        self.config = config
        let outputIsFolder: Bool = {
            guard let o = config.output else { return false }
            if config.recursive || config.filesFrom != nil || o.hasSuffix("/") { return true }
            var isDir: ObjCBool = false
            return FileManager.default.fileExists(atPath: o, isDirectory: &isDir) && isDir.boolValue
        }()
        folder = outputIsFolder ? config.output.map { $0.hasSuffix("/") && $0.count > 1 ? String($0.dropLast()) : $0 } : nil
        isBatch = config.recursive || config.filesFrom != nil || config.inputs.count > 1 || outputIsFolder
        format = config.format ?? .text
    }

    /// Runs to the end (or to an interruption, or the first failure with `failFast`).
    /// Returns the summary and the exit status: 0 all fine, 1 some pages failed, 2 nothing to
    /// do, 128+signal when interrupted.
    public func run() -> (BatchSummary, Int32) {
        let started = Date()
        defer { interruption.stop() }
        do {
            if let folder { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            if let path = config.errorLog { errorLog = try ErrorLog(path: path) }
            if folder == nil { stream = try StreamOutput(path: config.output) }
        } catch {
            message("pith: \(error)")
            return (summary, 1)
        }
        let sources = findSources()
        if config.format == nil, folder == nil, sources.contains(where: { if case .stream = $0 { return true } else { return false } }) {
            format = .jsonl   // record streams come back as records
        }
        if config.progress ?? ProgressLine.standardErrorIsTerminal, !config.quiet {
            let line = ProgressLine()
            if sources.allSatisfy({ if case .stream = $0 { return false } else { return true } }) {
                // A list counts as its lines (counted without keeping them; not for standard input).
                var total = 0, known = true
                for source in sources {
                    if case .list(let list) = source {
                        if list == "-" { known = false } else { total += (try? PageFinder.countPaths(in: list)) ?? 0 }
                    } else {
                        total += 1
                    }
                }
                if known { line.totalPages = total }
            }
            else if sources.count == 1, case .stream(let path, _) = sources[0], path != "-" {
                line.totalBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.intValue
            }
            progress = line
        }
        var options = config.options
        if format == .explain { options.recordRemoved = true }
        var cleaner = PageCleaner(options: options, format: format, includeTitle: config.includeTitle, folder: folder)
        var store: TemplateStore?
        // Batch runs learn; so do record streams (many pages in one file) — a single page does not.
        let hasStreams = sources.contains { if case .stream = $0 { return true } else { return false } }
        if config.siteTemplates, isBatch || hasStreams || config.templatesFile != nil || config.saveTemplates != nil {
            do {
                store = TemplateStore(given: try config.templatesFile.map(TemplateStore.load) ?? [])
            } catch {
                message("pith: cannot read the templates in \(config.templatesFile ?? ""): \(error)")
                return (summary, 2)
            }
            learnFromFiles(sources, store: store!, options: options)
            cleaner.templates = store
        }
        let worker = cleaner
        let pipeline = OrderedPipeline<(BatchItem, String?), PageResult>(
            // `-j 1` is one core for the whole run: the reader waits while the page is cleaned
            // (a run of many `pith -j 1` side by side gets no hidden second thread).
            jobs: max(1, config.jobs), window: config.failFast || config.jobs <= 1 ? max(1, config.jobs) : max(4, config.jobs * 8),
            work: { worker.clean($0.0, outputName: $0.1) },
            emit: { [unowned self] in self.record($0) })
        var streamBytes = 0
        sourceLoop: for source in sources {
            switch source {
            case .page(let item):
                if !submit(item, to: pipeline) { break sourceLoop }
            case .failed(let name, let reason, let text):
                record(PageResult(name: name, outcome: .failed(reason: reason, message: text), rendered: nil, bytes: 0))
            case .unresolved(let path, let stem):
                if !resolve(path, stem: stem, pipeline: pipeline, options: options, streamBytes: &streamBytes) { break sourceLoop }
            case .list(let list):
                do {
                    let reader = BufferedReader(try FileSource(path: list))
                    while let path = try PageFinder.nextPath(reader) {
                        if !resolve(path, stem: PageFinder.stem(path), pipeline: pipeline, options: options,
                                    streamBytes: &streamBytes) { break sourceLoop }
                    }
                } catch {
                    record(PageResult(name: list, outcome: .failed(reason: "unreadable", message: "cannot read the list: \(error)"),
                                      rendered: nil, bytes: 0))
                }
            case .stream(let path, let alreadyOpen):
                let opened: StreamSniffer.Opened
                do {
                    opened = try alreadyOpen ?? StreamSniffer.open(path, forced: forcedKind)
                } catch {
                    record(PageResult(name: path, outcome: .failed(reason: "unreadable", message: "\(error)"), rendered: nil, bytes: 0))
                    continue
                }
                if !readStream(path, opened, options: options, pipeline: pipeline, streamBytes: &streamBytes) { break sourceLoop }
            }
        }
        if stopRequested { pipeline.cancel() } else { pipeline.finish() }
        summary.interruptedBy = interruption.received
        summary.seconds = Date().timeIntervalSince(started)
        progress?.clear()
        do {
            if summary.interruptedBy != nil { stream?.abandon() } else { try stream?.finish() }
        } catch {
            message("pith: \(error)")
            summary.failures["write failed", default: 0] += 1
        }
        if let store, let path = config.saveTemplates {
            do { try TemplateStore.save(store.all(), to: path) } catch {
                message("pith: cannot write the templates to \(path): \(error)")
                summary.failures["write failed", default: 0] += 1
            }
        }
        if let store { summary.sitesWithTemplates = store.all().count }
        if isBatch && !config.quiet { message(summary.description) }
        if let s = summary.interruptedBy { return (summary, 128 + s) }
        return (summary, summary.failed > 0 ? 1 : 0)
    }

    /// The first pass of a file run: observes up to `TemplateStore.sampleSize` pages of each
    /// site (all address-less pages, to group them by their furniture), on `jobs` threads, then
    /// freezes the templates. Record streams and standard input are not read here (streams learn
    /// as they go).
    private func learnFromFiles(_ sources: [Source], store: TemplateStore, options: ExtractionOptions) {
        var paths: [String] = []
        for source in sources {
            switch source {
            case .page(let item):
                if case .file(let p) = item.payload, p != "-" { paths.append(p) }
            case .unresolved(let p, _):
                paths.append(p)   // a record file among them is told by its first bytes below
            case .list(let list) where list != "-":
                guard let reader = try? BufferedReader(FileSource(path: list)) else { continue }
                while let p = try? PageFinder.nextPath(reader) { paths.append(p) }
            default: break
            }
        }
        guard !paths.isEmpty else { return }
        let all = paths
        let records = config.records
        let reader = PageCleaner(options: options, format: format, folder: nil)
        let interruption = self.interruption
        let workers = max(1, min(config.jobs, all.count))
        // Stage 1, cheap: each file's site from its folder or the address in its first bytes
        // (no parse). Sites with fewer than `SiteTemplate.minimumPages` pages in the run learn
        // nothing and are not observed; a crawl of one page per site costs one read per page.
        let sites = SiteList(count: all.count)
        let next = Counter()
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while interruption.received == nil {
                let i = next.next()
                guard i < all.count else { return }
                let path = all[i]
                if let s = SiteOfPage.folderHost(path) { sites.set(i, .site(s)); continue }
                guard let data = try? reader.bytes(of: BatchItem(name: path, payload: .file(path))) else { sites.set(i, .unreadable); continue }
                if records == .auto, !StreamSniffer.looksLikePageName(path), StreamSniffer.kind(of: [UInt8](data.prefix(512))) != .page {
                    sites.set(i, .unreadable)
                    continue
                }
                let known = SiteTemplate.address(sniffedFrom: data).flatMap(SiteTemplate.site(of:))
                sites.set(i, known.map { .site($0) } ?? .unknown)
            }
        }
        var pagesPerSite: [String: Int] = [:]
        for k in sites.values { if case .site(let s) = k { pagesPerSite[s, default: 0] += 1 } }
        // Stage 2: observe up to `TemplateStore.sampleSize` pages of each site with enough pages,
        // and as many address-less pages of each folder (to group them by their furniture; the
        // others are matched to a group by their lines when they are cleaned).
        var perFolder: [Substring: Int] = [:]
        let todo = all.indices.filter { i in
            switch sites.values[i] {
            case .site(let s): return pagesPerSite[s, default: 0] >= SiteTemplate.minimumPages
            case .unknown:
                let folder = all[i].lastIndex(of: "/").map { all[i][..<$0] } ?? ""
                perFolder[folder, default: 0] += 1
                return perFolder[folder]! <= TemplateStore.sampleSize
            case .unreadable: return false
            }
        }
        let next2 = Counter()
        let kinds = sites.values
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, todo.count))) { _ in
            while interruption.received == nil {
                let k = next2.next()
                guard k < todo.count else { return }
                let i = todo[k], path = all[i]
                var known: String? = nil
                if case .site(let s) = kinds[i] { known = s }
                if let known, !store.wantsPages(known) { continue }
                guard let data = try? reader.bytes(of: BatchItem(name: path, payload: .file(path))),
                      let observation = try? PageObservation.observe(html: data, options: options) else { continue }
                let site = known ?? observation.addresses.lazy.compactMap(SiteTemplate.site(of:)).first
                    ?? store.cluster(for: observation, path: path)
                if store.wantsPages(site) { store.add(observation, site: site) }
            }
        }
        store.freeze()
    }

    /// What the first look at a file told of its site.
    private enum SiteKnown: Sendable { case site(String), unknown, unreadable }

    /// Each file's `SiteKnown`, filled by the first pass's workers.
    private final class SiteList: @unchecked Sendable {
        private let lock = NSLock()
        private var slots: [SiteKnown]
        init(count: Int) { slots = Array(repeating: .unreadable, count: count) }
        func set(_ i: Int, _ k: SiteKnown) { lock.lock(); slots[i] = k; lock.unlock() }
        var values: [SiteKnown] { lock.lock(); defer { lock.unlock() }; return slots }
    }

    /// A shared counter for the first pass's workers.
    private final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int { lock.lock(); defer { value += 1; lock.unlock() }; return value }
    }

    /// A file named by a list or found in a folder: a page, or a record stream when its first
    /// bytes say so. False once the run must stop.
    private func resolve(_ path: String, stem: String, pipeline: OrderedPipeline<(BatchItem, String?), PageResult>,
                         options: ExtractionOptions, streamBytes: inout Int) -> Bool {
        if config.records == .page || config.records == .auto && StreamSniffer.looksLikePageName(path) {
            return submit(pageItem(path, stem: stem), to: pipeline)
        }
        switch open(path, stem: stem, keepOpen: true) {
        case .page(let item):
            return submit(item, to: pipeline)
        case .failed(let name, let reason, let text):
            record(PageResult(name: name, outcome: .failed(reason: reason, message: text), rendered: nil, bytes: 0))
        case .stream(let path, let opened?):
            return readStream(path, opened, options: options, pipeline: pipeline, streamBytes: &streamBytes)
        default: break
        }
        return true
    }

    /// Feeds every page of a record stream to the pipeline. False once the run must stop.
    private func readStream(_ path: String, _ opened: StreamSniffer.Opened, options: ExtractionOptions,
                            pipeline: OrderedPipeline<(BatchItem, String?), PageResult>, streamBytes: inout Int) -> Bool {
        isBatch = true
        let reader: RecordReader = opened.kind == .warc
            ? WARCReader(opened.reader, name: path, maxRecordBytes: options.maxInputBytes, inflater: opened.inflater)
            : JSONLReader(opened.reader, name: path, maxLineBytes: options.maxInputBytes * 4 / 3 + 4096)
        defer {
            for (k, v) in reader.skipped { summary.skippedRecords[k, default: 0] += v }
            streamBytes += reader.bytesConsumed
        }
        do {
            while let item = try reader.next() {
                if !submit(item, to: pipeline) { return false }
                progressBytesHint = streamBytes + reader.bytesConsumed
            }
        } catch {
            record(PageResult(name: path, outcome: .failed(reason: "unreadable", message: "\(error)"), rendered: nil, bytes: 0))
        }
        return true
    }

    private var forcedKind: StreamSniffer.Kind? {
        switch config.records {
        case .auto: return nil
        case .page: return .page
        case .jsonl: return .jsonl
        case .warc: return .warc
        }
    }

    /// Names the output, honours `skipExisting`, and queues the page. False once the run must stop.
    private func submit(_ item: BatchItem, to pipeline: OrderedPipeline<(BatchItem, String?), PageResult>) -> Bool {
        if stopRequested { return false }
        if interruption.received != nil { stopRequested = true; return false }
        var name: String?
        if folder != nil {
            let namer = self.namer ?? OutputNamer(fileExtension: format.fileExtension)
            self.namer = namer
            recordIndex += 1
            if let stem = item.outputStem {
                name = namer.name(forPath: stem)
            } else {
                name = namer.name(forURL: item.url ?? item.recordID.map(Self.recordIDStem), id: item.id, index: recordIndex)
            }
            if config.skipExisting, let folder, let name, FileManager.default.fileExists(atPath: folder + "/" + name) {
                summary.skippedExisting += 1
                return true
            }
        }
        pipeline.submit((item, name))
        return !stopRequested
    }

    /// `<urn:uuid:…>` → `uuid_…`: a WARC record id as a file name.
    static func recordIDStem(_ id: String) -> String {
        id.trimmingCharacters(in: CharacterSet(charactersIn: "<>")).replacingOccurrences(of: "urn:", with: "")
    }

    /// Accounts for one finished page, in input order, on the main thread.
    private func record(_ r: PageResult) {
        summary.read += 1
        summary.bytes += r.bytes
        switch r.outcome {
        case .written(let empty):
            summary.written += 1
            if empty { summary.empty += 1 }
            if config.verbose { message("pith: \(empty ? "empty" : "ok")  \(r.name)") }
        case .failed(let reason, let text):
            summary.failures[reason, default: 0] += 1
            // `-q` silences progress and the summary, never a failure.
            message("pith: \(r.name): \(text)")
            errorLog?.record(input: r.name, reason: reason, message: text, offset: r.offset, recordID: r.recordID)
            if config.failFast { stopRequested = true }
        }
        if let text = r.rendered, let stream {
            stream.write(text.hasSuffix("\n") ? text : text + "\n")
        }
        progress?.update(pages: summary.read, bytes: max(summary.bytes, progressBytesHint), failed: summary.failed)
        if interruption.received != nil { stopRequested = true }
    }

    private func message(_ s: String) {
        progress?.clear()
        FileHandle.standardError.write(Data((s + "\n").utf8))
    }

    // MARK: finding the pages

    private enum Source {
        case page(BatchItem)
        /// A record stream; its reader when it had to stay open (standard input).
        case stream(String, StreamSniffer.Opened?)
        /// A file from a list, looked at when its turn comes.
        case unresolved(String, String)
        /// A list of paths (`--files-from`), read line by line as the run goes, so a list of
        /// millions of pages costs no memory.
        case list(String)
        case failed(String, String, String)
    }

    private func findSources() -> [Source] {
        var sources: [Source] = []
        let roots = config.inputs.filter { config.recursive && $0 != "-" && isFolder($0) }
        for input in config.inputs {
            if input == "-" {
                sources.append(open(input, stem: "stdin", keepOpen: true))
            } else if isFolder(input) {
                guard config.recursive else {
                    sources.append(.failed(input, "unreadable", "is a folder (use -r to clean the pages under it)"))
                    continue
                }
                do {
                    let prefix = roots.count > 1 ? URL(fileURLWithPath: input).lastPathComponent + "/" : ""
                    let walk = try PageFinder.walk(input, globs: config.globs)
                    for (why, n) in walk.skippedLinks { summary.skippedLinks[why, default: 0] += n }
                    for rel in walk.paths {
                        let path = input.hasSuffix("/") ? input + rel : input + "/" + rel
                        if StreamSniffer.looksLikePageName(rel) || config.records == .page {
                            sources.append(.page(pageItem(path, stem: prefix + PageFinder.stem(rel))))
                        } else {
                            sources.append(.unresolved(path, prefix + PageFinder.stem(rel)))
                        }
                    }
                } catch {
                    sources.append(.failed(input, "unreadable", "\(error)"))
                }
            } else {
                sources.append(open(input, stem: PageFinder.stem(input), keepOpen: false))
            }
        }
        if let list = config.filesFrom { sources.append(.list(list)) }
        return sources
    }

    private func pageItem(_ path: String, stem: String) -> BatchItem {
        var item = BatchItem(name: path, payload: .file(path))
        item.outputStem = stem
        item.path = path
        return item
    }

    /// A file given by name: a page, or a record stream when its first bytes say so.
    private func open(_ path: String, stem: String, keepOpen: Bool) -> Source {
        if path != "-" {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                return .failed(path, "unreadable", "no such file")
            }
            if isDir.boolValue { return .failed(path, "unreadable", "is a folder (use -r to clean the pages under it)") }
            if config.records == .page || config.records == .auto && StreamSniffer.looksLikePageName(path) {
                return .page(pageItem(path, stem: stem))
            }
        }
        do {
            let opened = try StreamSniffer.open(path, forced: forcedKind)
            if opened.kind == .page {
                if path == "-" {
                    let data = try GzipSource.readAll(opened.reader, limit: config.options.maxInputBytes)
                    var item = BatchItem(name: "-", payload: .bytes(Data(data)))
                    item.outputStem = stem
                    item.size = data.count
                    return .page(item)
                }
                return .page(pageItem(path, stem: stem))
            }
            return .stream(path, keepOpen || path == "-" ? opened : nil)
        } catch let e as PithError {
            return .failed(path, PageCleaner.reason(e), e.description)
        } catch {
            return .failed(path, "unreadable", "\(error)")
        }
    }

    private func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
