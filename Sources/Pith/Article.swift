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
    /// How many of the first blocks spell the title (0 when `titleIsInBody` is false);
    /// `render(as:includeTitle: false)` leaves them out.
    public var titleBlockCount: Int
    /// The kind of page the body was chosen for: `.forum` (every post), `.listing` (the
    /// records), `.product`, `.service` (the main region's sections), `.documentation`, or
    /// `.article` — what the page says about itself and what its structure shows, or
    /// `ExtractionOptions.pageKind` when the caller set it.
    public var pageKind: PageKind

    /// The body's blocks as plain strings.
    public var paragraphs: [String] { blocks.map(\.text) }

    /// Title, blank line, paragraphs separated by blank lines.
    public var text: String { TextRenderer.render(self) }

    /// Builds an article by hand (renderers and tests use this).
    public init(title: String?, blocks: [Block], charset: String, isTruncated: Bool = false,
                removed: [RemovedBlock] = [], metadata: Metadata = Metadata(), titleIsInBody: Bool = false,
                titleBlockCount: Int? = nil, pageKind: PageKind = .article) {
        self.title = title
        self.blocks = blocks
        self.charset = charset
        self.isTruncated = isTruncated
        self.removed = removed
        self.metadata = metadata
        self.titleIsInBody = titleIsInBody
        self.titleBlockCount = titleBlockCount ?? (titleIsInBody ? 1 : 0)
        self.pageKind = pageKind
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
    /// Where a table cell sits (for `.tableCell` blocks from HTML tables).
    public var cell: TableCell?
    /// Links in the text, with `ExtractionOptions.includeLinks`.
    public var links: [Link]

    /// A block of the given kind.
    public init(kind: Kind, text: String, level: Int? = nil, cell: TableCell? = nil, links: [Link] = []) {
        self.kind = kind
        self.text = text
        self.level = level
        self.cell = cell
        self.links = links
    }
}

/// A link inside a block: the characters that carry it and its absolute URL. Offsets count
/// Unicode scalars (code points), as Python and JavaScript's `codePointAt` do.
///
/// ```swift
/// for l in block.links {
///     let scalars = Array(block.text.unicodeScalars)
///     print(String(String.UnicodeScalarView(scalars[l.start..<l.start + l.length])), "→", l.url)
/// }
/// ```
public struct Link: Sendable, Equatable, Codable {
    /// First scalar of the link text.
    public var start: Int
    /// Scalars in the link text.
    public var length: Int
    /// Where it points, resolved against the page's URL (or `<base>`) when that is known.
    public var url: String

    /// A link.
    public init(start: Int, length: Int, url: String) {
        self.start = start
        self.length = length
        self.url = url
    }
}

/// A table cell's place: which table of the page, which row and column (from 0), and whether
/// it is a header cell (`<th>`).
///
/// ```swift
/// if let c = block.cell, c.row == 0 { print("header:", block.text) }
/// ```
public struct TableCell: Sendable, Equatable, Codable {
    /// Tables are numbered in document order; cells with the same number share a table.
    public var table: Int
    /// The row, from 0.
    public var row: Int
    /// The column, from 0 (`colspan` not expanded).
    public var column: Int
    /// True for `<th>` cells.
    public var isHeader: Bool

    /// A cell position.
    public init(table: Int, row: Int, column: Int, isHeader: Bool = false) {
        self.table = table
        self.row = row
        self.column = column
        self.isHeader = isHeader
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
    case danglingHeading, outsideMainContent, lowTextDensity, caption, siteTemplate, duplicateCopy
}

/// Facts about a page found around its body.
///
/// ```swift
/// print(article.metadata.date ?? "undated")   // "2012-10-13"
/// ```
public struct Metadata: Sendable, Equatable, Codable {
    /// Publication date, ISO 8601 (`2012-10-13`, or `2012-10-13T08:30:00+08:00` when the page gives the time).
    public var date: String?
    /// Last modification date, ISO 8601, when the page gives one.
    public var dateModified: String?
    /// Author names.
    public var authors: [String]
    /// The site's name.
    public var siteName: String?
    /// The page's category or section (`发言稿`, `Politics`).
    public var category: String?
    /// The body's language (BCP 47 tag such as `zh`, `en`, `pt-BR`).
    public var language: String?
    /// The page's URL, as given by the caller (else the canonical URL).
    public var url: String?
    /// The canonical URL the page declares, resolved against the page's URL.
    public var canonicalURL: String?
    /// The page's own summary (meta description, og:description, JSON-LD description).
    public var description: String?
    /// The lead image (og:image, JSON-LD image), resolved against the page's URL.
    public var imageURL: String?

    /// Empty metadata.
    public init(date: String? = nil, dateModified: String? = nil, authors: [String] = [], siteName: String? = nil,
                category: String? = nil, language: String? = nil, url: String? = nil, canonicalURL: String? = nil,
                description: String? = nil, imageURL: String? = nil) {
        self.date = date
        self.dateModified = dateModified
        self.authors = authors
        self.siteName = siteName
        self.category = category
        self.language = language
        self.url = url
        self.canonicalURL = canonicalURL
        self.description = description
        self.imageURL = imageURL
    }
}
