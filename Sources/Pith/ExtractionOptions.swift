/// Settings for one extraction. A plain value: build it once, share it across threads.
///
/// ```swift
/// var options = ExtractionOptions()
/// options.charset = "gbk"          // override detection
/// options.recordRemoved = true     // fill Article.removed for --explain
/// let article = try Pith.extract(html: data, options: options)
/// ```
public struct ExtractionOptions: Sendable, Equatable {
    /// What the input is. `.auto` tells HTML from flattened text by its first bytes.
    public enum InputFormat: String, Sendable, CaseIterable { case auto, html, text }

    /// The balance between keeping everything and keeping nothing doubtful.
    public enum Focus: String, Sendable, CaseIterable { case balanced, precision, recall }

    /// A charset label that overrides detection (`"gb2312"`, `"big5"`, `"utf-8"`…).
    public var charset: String? = nil
    /// A charset hint from the transport (an HTTP `Content-Type` charset); detection may overrule it
    /// when the bytes contradict it, unlike `charset`.
    public var transportCharset: String? = nil
    /// HTML, flattened text, or decide automatically.
    public var inputFormat: InputFormat = .auto
    /// Keep tables inside the body.
    public var includeTables: Bool = true
    /// Keep reader comments and replies (dropped by default).
    public var includeComments: Bool = false
    /// Keep the links inside kept blocks (`Block.links`), for Markdown/HTML links and JSON.
    public var includeLinks: Bool = false
    /// Record every dropped block with its reason in `Article.removed`.
    public var recordRemoved: Bool = false
    /// Precision-leaning, recall-leaning, or balanced thresholds.
    public var focus: Focus = .balanced
    /// The kind of page, when the caller knows it (a crawl of one forum, a shop's product
    /// pages); nil reads it from the page. `.forum` keeps every post, `.listing` takes the
    /// page's records as the body, `.product` drops reviews and carousels, `.service` takes the
    /// whole main region, `.article` and `.documentation` choose a body of prose.
    public var pageKind: PageKind? = nil
    /// The furniture of the page's site, learnt from its other pages (`SiteTemplate.learn`):
    /// lines it repeats are dropped with reason `siteTemplate`. Nil: none.
    public var siteTemplate: SiteTemplate? = nil
    /// Filled with the page's observation during the extraction (batch runs learning templates).
    package var observer: ObservationBox? = nil
    /// Picks the template from the page's lines when `siteTemplate` is nil (batch runs).
    package var templateChooser: TemplateChooser? = nil
    /// Inputs larger than this are refused with `PithError.inputTooLarge`.
    public var maxInputBytes: Int = 256 * 1024 * 1024
    /// Pages with more element and text nodes than this are refused with `PithError.tooManyNodes`.
    public var maxNodes: Int = 5_000_000
    /// Deeper nesting than this is flattened: deeper nodes are read as children of the last allowed level.
    public var maxDepth: Int = 2_000

    /// The default settings.
    public init() {}
}
