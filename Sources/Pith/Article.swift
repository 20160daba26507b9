/// The main content of one page: its title, its body as a list of blocks, and what was removed.
///
/// ```swift
/// let article = try Pith.extract(html: data)
/// print(article.title ?? "")
/// for block in article.blocks where block.kind == .heading { print("#", block.text) }
/// ```
public struct Article: Sendable, Equatable, Codable {
    /// The page's title (h1, og:title or `<title>` without the site name), if any.
    public var title: String?
    /// The body, in document order.
    public var blocks: [Block]
    /// The charset the page was decoded from (`"UTF-8"`, `"GB18030"`…).
    public var charset: String
    /// True when a paywall, login wall or "unlock to read" prompt cut the body short.
    public var isTruncated: Bool
    /// What was dropped and why; filled only with `ExtractionOptions.recordRemoved`.
    public var removed: [RemovedBlock]
    /// Facts about the page (date, category, author…), where found.
    public var metadata: Metadata
    /// True when the separate title is already the body's first lines, so renderers print it once.
    public var titleIsInBody: Bool

    /// The body's blocks as plain strings.
    public var paragraphs: [String] { blocks.map(\.text) }

    /// Title, blank line, paragraphs separated by blank lines.
    public var text: String { TextRenderer.render(self) }

    /// Builds an article by hand (renderers and tests use this).
    public init(title: String?, blocks: [Block], charset: String, isTruncated: Bool = false,
                removed: [RemovedBlock] = [], metadata: Metadata = Metadata(), titleIsInBody: Bool = false) {
        self.title = title
        self.blocks = blocks
        self.charset = charset
        self.isTruncated = isTruncated
        self.removed = removed
        self.metadata = metadata
        self.titleIsInBody = titleIsInBody
    }
}

/// One unit of the body: a paragraph, a heading, a list item…
///
/// ```swift
/// let b = Block(kind: .heading, text: "Results", level: 2)
/// ```
public struct Block: Sendable, Equatable, Codable {
    /// What a block is.
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case heading, paragraph, listItem, quote, code, tableCell
    }
    /// The block's role.
    public var kind: Kind
    /// Its text, white space collapsed (line breaks kept in code).
    public var text: String
    /// Heading level 1–6, for headings.
    public var level: Int?

    /// A block of the given kind.
    public init(kind: Kind, text: String, level: Int? = nil) {
        self.kind = kind
        self.text = text
        self.level = level
    }
}

/// A block Pith dropped, and why (see `ExtractionOptions.recordRemoved`).
///
/// ```swift
/// for r in article.removed { print(r.reason.rawValue, r.text) }
/// ```
public struct RemovedBlock: Sendable, Equatable, Codable {
    /// The dropped text.
    public var text: String
    /// Why it was dropped.
    public var reason: RemovalReason
    /// Where it stood: the number of kept blocks before it in the page (0 = before the first).
    public var position: Int

    /// A removed block.
    public init(text: String, reason: RemovalReason, position: Int = 0) {
        self.text = text
        self.reason = reason
        self.position = position
    }
}

/// The reasons Pith drops text.
public enum RemovalReason: String, Sendable, Codable, CaseIterable {
    case hidden, nonContent, navigation, header, footer, sidebar, comments, share, related, advertisement
    case modal, widget, classHint, linkList, downloadPrompt, appPrompt, desktopPrompt, paywall, loginWall
    case copyright, cookieBanner, newsletter, boilerplatePhrase, metadataLine, duplicateTitle
    case danglingHeading, outsideMainContent, lowTextDensity, caption
}

/// Facts about a page found around its body.
///
/// ```swift
/// print(article.metadata.date ?? "undated")   // "2012-10-13"
/// ```
public struct Metadata: Sendable, Equatable, Codable {
    /// Publication date, ISO 8601 (`2012-10-13` or with time).
    public var date: String?
    /// Author names.
    public var authors: [String]
    /// The site's name.
    public var siteName: String?
    /// The page's category or section (`发言稿`, `Politics`).
    public var category: String?
    /// The body's language (BCP 47 tag such as `zh`, `en`).
    public var language: String?
    /// The page's URL, as given by the caller or the canonical link.
    public var url: String?

    /// Empty metadata.
    public init(date: String? = nil, authors: [String] = [], siteName: String? = nil, category: String? = nil,
                language: String? = nil, url: String? = nil) {
        self.date = date
        self.authors = authors
        self.siteName = siteName
        self.category = category
        self.language = language
        self.url = url
    }
}
