/// Tells what a file given to a batch run holds: one page, JSON Lines, or WARC — by its first
/// bytes (through gzip when it is gzipped), not by its name.
enum StreamSniffer {
    enum Kind: String, Sendable {
        case page, jsonl, warc
    }

    /// An opened input: what it is, and for record streams the reader positioned at its start.
    struct Opened {
        var kind: Kind
        var reader: BufferedReader
        var gzipped: Bool
        /// The gzip layer of a gzipped file.
        var inflater: MemberInflater? = nil
    }

    static let gzipMagic: [UInt8] = [0x1F, 0x8B]

    /// Opens `path` ("-" for standard input) and looks at its first bytes. `forced` skips the look.
    static func open(_ path: String, forced: Kind? = nil) throws -> Opened {
        let raw = BufferedReader(try FileSource(path: path))
        let gzipped = try raw.peek(2) == gzipMagic
        let inflater = gzipped ? try MemberInflater(raw) : nil
        let reader = inflater.map { BufferedReader($0) } ?? raw
        let kind = try forced ?? kind(of: reader.peek(512))
        // WARC files are read on past a damaged gzip member (each record is a member of its own).
        if kind == .warc { inflater?.recoversAtNextMember = true }
        return Opened(kind: kind, reader: reader, gzipped: gzipped, inflater: inflater)
    }

    /// WARC starts with its version line; JSON Lines with an object; anything else is a page.
    static func kind(of head: [UInt8]) -> Kind {
        var i = 0
        if head.starts(with: [0xEF, 0xBB, 0xBF]) { i = 3 }
        while i < head.count, head[i] == 0x20 || head[i] == 0x09 || head[i] == 0x0A || head[i] == 0x0D { i += 1 }
        let rest = head[i...]
        if rest.starts(with: Array("WARC/".utf8)) { return .warc }
        if rest.first == UInt8(ascii: "{") { return .jsonl }
        return .page
    }

    /// File names that are pages without looking inside (what a folder walk picks by default).
    static let pageSuffixes = [".html", ".htm", ".xhtml", ".shtml", ".html.gz", ".htm.gz", ".xhtml.gz"]

    static func looksLikePageName(_ path: String) -> Bool {
        let lower = path.lowercased()
        return pageSuffixes.contains { lower.hasSuffix($0) }
    }
}
