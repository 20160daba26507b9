import Pith

/// Everything a `pith` run needs to know, filled from the command line.
///
/// ```swift
/// var c = BatchConfiguration()
/// c.inputs = ["crawl/"]; c.recursive = true; c.output = "clean/"
/// let summary = BatchRun(c).run()
/// ```
public struct BatchConfiguration: Sendable {
    /// How the pages of a file are found.
    public enum Records: String, Sendable, CaseIterable {
        /// By the file's first bytes: WARC, JSON Lines, or a page.
        case auto
        /// The file is one page.
        case page
        /// One JSON object per line (`html` / `html_base64` / `text`, `url`, `id`, `charset`).
        case jsonl
        /// WARC or WET records.
        case warc
    }

    /// What each page is written as.
    public enum Format: String, Sendable, CaseIterable {
        case text, markdown, html, json, jsonl, explain

        /// The extension of per-page output files.
        public var fileExtension: String {
            switch self {
            case .text, .explain: return "txt"
            case .markdown: return "md"
            case .html: return "html"
            case .json, .jsonl: return "json"
            }
        }
    }

    /// Files, folders (with `recursive`) and `-` for standard input.
    public var inputs: [String] = []
    /// Walk folders given as inputs.
    public var recursive = false
    /// Shell patterns for file names taken from folders (default: .html, .htm, .xhtml, .html.gz…).
    public var globs: [String] = []
    /// A file listing input paths one per line (`-` for standard input).
    public var filesFrom: String?
    /// How files are read.
    public var records: Records = .auto
    /// The output: a folder (one file per page) or a file (one stream); standard output when nil.
    public var output: String?
    /// The output format; nil picks text for single pages and JSON Lines for record streams.
    public var format: Format?
    /// Print the title (text, Markdown, HTML); false gives the article body alone.
    public var includeTitle = true
    /// Extraction settings for every page.
    public var options = ExtractionOptions()
    /// Worker threads.
    public var jobs = 1
    /// Leave pages whose output file already exists (resume an interrupted folder run).
    public var skipExisting = false
    /// Stop at the first failed page.
    public var failFast = false
    /// No progress line and no summary.
    public var quiet = false
    /// One line per page on standard error.
    public var verbose = false
    /// Show the progress line: nil means when standard error is a terminal.
    public var progress: Bool?
    /// Append each failure as a JSON line to this file.
    public var errorLog: String?
    /// Learn each site's furniture from its pages in the run and drop it (`SiteTemplate`);
    /// only batch runs learn (a single page is cleaned as it is).
    public var siteTemplates = true
    /// Templates to use (a file written by `saveTemplates`): their sites are not relearnt.
    public var templatesFile: String?
    /// Write the templates used and learnt to this JSON file at the end of the run.
    public var saveTemplates: String?

    /// The default configuration.
    public init() {}
}
