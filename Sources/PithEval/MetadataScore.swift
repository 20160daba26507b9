import Foundation

/// Metadata against the gold `title`, `author` and `date` of a set's ID.json (WCXB's dev split
/// carries them), by the rules of issue 20: the title exact after normalising (lower case, spaces
/// collapsed, punctuation around it dropped); the author when one contains the other (lower case,
/// spaces collapsed; a hit when any of Pith's authors matches); the date when it is the same day.
/// Each field is scored over the pages whose gold has it.
public struct MetadataScore: Codable, Sendable {
    /// Hits and pages with gold, for one field.
    public struct Field: Codable, Sendable {
        public var hits = 0
        public var pages = 0
        public var share: Double { pages > 0 ? Double(hits) / Double(pages) : 0 }
    }

    public var title = Field()
    public var author = Field()
    public var date = Field()

    /// What Pith found on a page.
    public struct Found: Sendable {
        public var title: String?
        public var authors: [String]
        public var date: String?
        public init(title: String?, authors: [String], date: String?) {
            self.title = title
            self.authors = authors
            self.date = date
        }
    }

    public init() {}

    /// Adds one page: `gold` is its ID.json.
    public mutating func add(gold: [String: Any], found: Found) {
        if let g = gold["title"] as? String, !Self.normalizedTitle(g).isEmpty {
            title.pages += 1
            if let t = found.title, Self.normalizedTitle(t) == Self.normalizedTitle(g) { title.hits += 1 }
        }
        if let g = gold["author"] as? String, !Self.normalized(g).isEmpty {
            author.pages += 1
            let gn = Self.normalized(g)
            if found.authors.contains(where: { a in
                let an = Self.normalized(a)
                return !an.isEmpty && (an.contains(gn) || gn.contains(an))
            }) { author.hits += 1 }
        }
        if let g = gold["date"] as? String, g.count >= 10 {
            date.pages += 1
            if let d = found.date, d.count >= 10, d.prefix(10) == g.prefix(10) { date.hits += 1 }
        }
    }

    /// Lower case, runs of spaces as one.
    static func normalized(_ s: String) -> String {
        s.lowercased().split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }

    /// `normalized`, without punctuation and symbols at either end.
    static func normalizedTitle(_ s: String) -> String {
        let n = normalized(s)
        let edge: (Character) -> Bool = { $0.isPunctuation || $0.isSymbol || $0.isWhitespace }
        guard let first = n.firstIndex(where: { !edge($0) }), let last = n.lastIndex(where: { !edge($0) }) else { return "" }
        return String(n[first...last])
    }
}
