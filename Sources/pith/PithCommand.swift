import ArgumentParser
import Foundation
import Pith
import PithBatch

/// The `pith` command: argument parsing only; reading, cleaning and writing are `PithBatch`'s.
@main
struct PithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith",
        abstract: "Strip the boilerplate off web pages and print the main content.",
        discussion: """
            Each INPUT is a page (HTML or text, any charset, .gz allowed), a JSON Lines file \
            (html / html_base64 / text, url, id, charset per line), a WARC or WET file (.warc, .warc.gz), \
            a folder with -r, or - for standard input. What a file holds is told from its first bytes.

            Output: standard output, or -o: a file (written atomically), or a folder (with -r, \
            --files-from, or a path ending in /) that gets one file per page, mirroring the inputs.
            Record streams (JSONL, WARC) come back as JSON Lines, one line per page, in input order.

            Exit status: 0 all pages cleaned; 1 some pages failed (each reported on stderr); \
            2 usage error; 130/143 interrupted (Ctrl-C / SIGTERM): pages started are finished, \
            no output file is left half-written, and --skip-existing resumes; a second Ctrl-C stops at once.
            """)

    @Argument(help: "Pages, JSONL/WARC files, folders (with -r), or - for standard input.")
    var inputs: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text, markdown, html, json, jsonl (default: text; jsonl for record streams).")
    var format: BatchConfiguration.Format?

    @Option(name: .shortAndLong, help: "Output file, or folder (with -r / --files-from / a trailing /).")
    var output: String?

    @Flag(name: .shortAndLong, help: "Clean the pages under folders given as inputs.")
    var recursive = false

    @Option(help: "With -r: take files whose name matches this shell pattern (repeatable; default .html .htm .xhtml .html.gz).")
    var glob: [String] = []

    @Option(name: .customLong("files-from"), help: "Read input paths, one per line, from this file (- for standard input).")
    var filesFrom: String?

    @Option(help: "How to read files: auto (by their first bytes), page, jsonl or warc.")
    var records: BatchConfiguration.Records = .auto

    @Option(name: .shortAndLong, help: "Pages cleaned at once (default: all cores).")
    var jobs: Int?

    @Flag(name: .customLong("skip-existing"), help: "Leave pages whose output file already exists (resume a folder run).")
    var skipExisting = false

    @Flag(name: .customLong("fail-fast"), help: "Stop at the first page that fails.")
    var failFast = false

    @Option(help: "Append each failure as a JSON line to this file.")
    var errors: String?

    @Flag(name: .shortAndLong, help: "No progress line and no summary (failures are still reported on standard error).")
    var quiet = false

    @Flag(name: .shortAndLong, help: "One line per page on standard error.")
    var verbose = false

    @Flag(inversion: .prefixedNo, help: "Show a progress line (default: when standard error is a terminal).")
    var progress: Bool?

    @Option(help: "Charset of the input, overriding detection (e.g. gbk, big5, utf-8).")
    var charset: String?

    @Option(name: .customLong("input-format"), help: "auto, html or text (a page already flattened to lines).")
    var inputFormat: InputFormatArgument = .auto

    @Option(help: "balanced, precision (drop more) or recall (keep more).")
    var focus: FocusArgument = .balanced

    @Option(name: .customLong("page-kind"), help: "auto, article, forum, listing, product, documentation or service: how the body is chosen (default: read from the page).")
    var pageKind: PageKindArgument = .auto

    @Option(name: .customLong("site-templates"), help: "auto (batch runs learn each site's furniture from its pages and drop it) or off.")
    var siteTemplates: TemplatesArgument = .auto

    @Option(name: .customLong("templates"), help: "Use the site templates in this JSON file (written by --save-templates).")
    var templatesFile: String?

    @Option(name: .customLong("save-templates"), help: "Write the site templates used and learnt to this JSON file.")
    var saveTemplates: String?

    @Flag(help: "Show kept and dropped blocks with the reason for each drop (with -f json: a \"removed\" list).")
    var explain = false

    @Flag(help: "Keep reader comments.")
    var comments = false

    @Flag(name: .customLong("no-title"), help: "Leave the title out of text, Markdown and HTML: the article body alone.")
    var noTitle = false

    @Flag(help: "Keep links in the body: [text](url) in Markdown, <a href> in HTML, \"links\" in JSON.")
    var links = false

    @Option(name: .customLong("max-bytes"), help: "Refuse pages larger than this many bytes (default 268435456).")
    var maxBytes: Int?

    @Option(name: .customLong("max-nodes"), help: "Refuse pages with more element and text nodes than this (default 5000000).")
    var maxNodes: Int?

    @Option(name: .customLong("max-depth"), help: "Flatten nesting deeper than this many levels (default 2000).")
    var maxDepth: Int?

    func validate() throws {
        for (name, value) in [("--max-bytes", maxBytes), ("--max-nodes", maxNodes), ("--max-depth", maxDepth), ("--jobs", jobs)] {
            if let v = value, v < 1 { throw ValidationError("\(name) must be at least 1") }
        }
        if inputs.isEmpty && filesFrom == nil {
            throw ValidationError("give at least one INPUT (a file, a folder with -r, or - for standard input)")
        }
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other") }
    }

    mutating func run() throws {
        var c = BatchConfiguration()
        c.inputs = inputs
        c.recursive = recursive
        c.globs = glob
        c.filesFrom = filesFrom
        c.records = records
        c.output = output
        c.format = explain && (format == nil || format == .text) ? .explain : format
        c.options.charset = charset
        c.options.inputFormat = inputFormat.value
        c.options.focus = focus.value
        c.options.pageKind = pageKind.value
        c.siteTemplates = siteTemplates == .auto
        c.templatesFile = templatesFile
        c.saveTemplates = saveTemplates
        c.options.includeComments = comments
        c.options.includeLinks = links
        c.includeTitle = !noTitle
        c.options.recordRemoved = explain
        if let maxBytes { c.options.maxInputBytes = maxBytes }
        if let maxNodes { c.options.maxNodes = maxNodes }
        if let maxDepth { c.options.maxDepth = maxDepth }
        c.jobs = jobs ?? ProcessInfo.processInfo.activeProcessorCount
        c.skipExisting = skipExisting
        c.failFast = failFast
        c.quiet = quiet
        c.verbose = verbose
        c.progress = progress
        c.errorLog = errors
        let (_, status) = BatchRun(c).run()
        if status != 0 { throw ExitCode(status) }
    }

    /// Usage errors exit with 2, as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exitCode = Self.exitCode(for: error)
            if exitCode == .success {
                print(Self.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((Self.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(exitCode == .validationFailure ? 2 : exitCode.rawValue == 64 ? 2 : exitCode.rawValue)
        }
    }
}

extension BatchConfiguration.Format: ExpressibleByArgument {}
extension BatchConfiguration.Records: ExpressibleByArgument {}

enum InputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case auto, html, text
    var value: ExtractionOptions.InputFormat { ExtractionOptions.InputFormat(rawValue: rawValue)! }
}

enum TemplatesArgument: String, ExpressibleByArgument, CaseIterable {
    case auto, off
}

enum PageKindArgument: String, ExpressibleByArgument, CaseIterable {
    case auto, article, forum, listing, product, documentation, service
    var value: PageKind? { PageKind(rawValue: rawValue) }
}

enum FocusArgument: String, ExpressibleByArgument, CaseIterable {
    case balanced, precision, recall
    var value: ExtractionOptions.Focus { ExtractionOptions.Focus(rawValue: rawValue)! }
}
