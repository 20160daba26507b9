/// Boilerplate phrases per language, loaded from `Resources/lexicon/*.txt`.
///
/// A block matches a phrase when, ignoring white space and case, either
/// - the phrase is marked whole (`=分享`) and the block is exactly the phrase (a trailing colon,
///   arrow or dots aside), or
/// - the block contains the phrase, is at most `2 × phrase + 6` characters long, and does not read
///   as a sentence (a block that ends in a full stop and is longer than the phrase by more than
///   four characters is prose that merely mentions the phrase: "点击下载按钮即可获取。" stays).
struct BoilerplateLexicon: Sendable {
    struct Entry: Sendable {
        var phrase: String       // squeezed, lower-cased
        var whole: Bool
        var reason: RemovalReason
        var length: Int
    }

    private(set) var entries: [Entry] = []
    /// Blocks longer than this (in characters) cannot match anything.
    private(set) var maxBlockLength = 0

    init(entries: [Entry]) {
        self.entries = entries
        maxBlockLength = entries.map { $0.whole ? $0.length + 3 : 2 * $0.length + 6 }.max() ?? 0
    }

    /// Loads every `lexicon/*.txt` resource.
    static func load() throws -> BoilerplateLexicon {
        var entries: [Entry] = []
        for file in try ResourceLocator.files(in: "lexicon") where file.hasSuffix(".txt") {
            entries += parse(try ResourceLocator.text("lexicon/" + file))
        }
        return BoilerplateLexicon(entries: entries)
    }

    static func parse(_ text: String) -> [Entry] {
        var entries: [Entry] = []
        for (section, lines) in SectionedList.parse(text) {
            let reason = RemovalReason(rawValue: section) ?? .boilerplatePhrase
            for line in lines {
                let whole = line.hasPrefix("=")
                let phrase = whole ? strippingTrailingMarks(normalize(String(line.dropFirst()))) : normalize(line)
                guard !phrase.isEmpty else { continue }
                entries.append(Entry(phrase: phrase, whole: whole, reason: reason, length: phrase.count))
            }
        }
        return entries
    }

    /// The reason the block is boilerplate, or nil.
    func match(_ text: String, stats: TextStatistics) -> RemovalReason? {
        guard stats.characters <= maxBlockLength else { return nil }
        let squeezed = Self.normalize(text)
        let bare = Self.strippingTrailingMarks(squeezed)
        let length = squeezed.count
        let endsAsSentence = squeezed.last.map { "。.！!？?".contains($0) } ?? false
        for e in entries {
            if e.whole {
                if bare == e.phrase { return e.reason }
            } else if length <= 2 * e.length + 6, squeezed.contains(e.phrase) {
                if endsAsSentence, length > e.length + 4 { continue }
                return e.reason
            }
        }
        return nil
    }

    static func normalize(_ s: String) -> String {
        WhitespaceNormalizer.squeezed(s).lowercased()
    }

    private static func strippingTrailingMarks(_ s: String) -> String {
        var sub = Substring(s)
        let marks: Set<Character> = [":", "：", ">", "»", "›", ".", "…", "|", "-", "·", "•", "?", "？", "!", "！"]
        while let l = sub.last, marks.contains(l) { sub = sub.dropLast() }
        while let f = sub.first, marks.contains(f) || f == "•" || f == "·" { sub = sub.dropFirst() }
        return String(sub)
    }
}
