/// Boilerplate phrases per language, loaded from `Resources/lexicon/*.txt`.
///
/// A block matches a phrase when, ignoring white space and case, either
/// - the phrase is marked whole (`=分享`) and the block is exactly the phrase (a trailing colon,
///   arrow or dots aside), or
/// - the phrase is marked as a sentence fragment (`~仅代表作者本人观点`) and the block, at most
///   `sentenceBlockLength` characters long, contains it — for disclaimers that come as sentences;
/// - the phrase is marked as an opener (`^more in`) and the block, at most `openerBlockLength`
///   characters and not a sentence, starts with it and goes on ("More in Minnesota Wild");
/// - the block contains the phrase, is at most `2 × phrase + 6` characters long, and does not read
///   as a sentence (a block that ends in a full stop and is longer than the phrase by more than
///   four characters is prose that merely mentions the phrase: "点击下载按钮即可获取。" stays).
struct BoilerplateLexicon: Sendable {
    struct Entry: Sendable {
        var phrase: String       // squeezed, lower-cased
        var bytes: [UInt8] { Array(phrase.utf8) }
        var whole: Bool
        /// A distinctive sentence fragment (`~` in the file): matches inside blocks up to
        /// `sentenceBlockLength` characters, even ones that end as sentences.
        var sentence: Bool = false
        /// A block opener (`^` in the file): matches short blocks that start with it
        /// (`^more in` → "More in Minnesota Wild").
        var opener: Bool = false
        var reason: RemovalReason
        var length: Int
    }

    private(set) var entries: [Entry] = []
    /// Blocks longer than this (in characters) cannot match anything.
    private(set) var maxBlockLength = 0
    /// Whole-block phrases, looked up directly.
    private var whole: [String: RemovalReason] = [:]
    /// Contained phrases, longest first, with their UTF-8 bytes.
    private var contained: [(entry: Entry, bytes: [UInt8])] = []
    /// Disclaimer fragments with their UTF-8 bytes.
    private var fragments: [(entry: Entry, bytes: [UInt8])] = []
    /// Block openers.
    private var openers: [Entry] = []

    static let sentenceBlockLength = 150
    /// Blocks an opener can match are at most this long (characters, spaces ignored).
    static let openerBlockLength = 48

    init(entries: [Entry]) {
        self.entries = entries
        maxBlockLength = entries.map {
            $0.sentence ? Self.sentenceBlockLength : $0.opener ? Self.openerBlockLength : $0.whole ? $0.length + 3 : 2 * $0.length + 6
        }.max() ?? 0
        for e in entries {
            if e.opener {
                openers.append(e)
            } else if e.whole {
                if whole[e.phrase] == nil { whole[e.phrase] = e.reason }
            } else if e.sentence {
                fragments.append((e, e.bytes))
            } else {
                contained.append((e, e.bytes))
            }
        }
        contained.sort { $0.entry.length > $1.entry.length }
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
                let sentence = line.hasPrefix("~")
                let opener = line.hasPrefix("^")
                // Openers keep their spaces: they must end at a word boundary ("more in", not "more information").
                let phrase = opener ? WhitespaceNormalizer.collapse(String(line.dropFirst())).lowercased()
                    : whole ? strippingTrailingMarks(normalize(String(line.dropFirst())))
                    : normalize(sentence ? String(line.dropFirst()) : line)
                guard !phrase.isEmpty else { continue }
                entries.append(Entry(phrase: phrase, whole: whole, sentence: sentence, opener: opener, reason: reason,
                                     length: phrase.count))
            }
        }
        return entries
    }

    /// What matched: the reason, and whether it was a sentence fragment (a disclaimer).
    struct Match: Sendable, Equatable {
        var reason: RemovalReason
        var isSentence: Bool
    }

    /// The reason the block is boilerplate, or nil.
    func match(_ text: String, stats: TextStatistics) -> RemovalReason? {
        matchDetail(text, stats: stats)?.reason
    }

    /// The match with its kind, or nil.
    func matchDetail(_ text: String, stats: TextStatistics) -> Match? {
        guard stats.characters <= maxBlockLength else { return nil }
        let squeezed = Self.normalize(text)
        let length = squeezed.count
        if let r = whole[Self.strippingTrailingMarks(squeezed)] { return Match(reason: r, isSentence: false) }
        let bytes = Array(squeezed.utf8)
        let endsAsSentence = squeezed.last.map { "。.！!？?".contains($0) } ?? false
        // Only phrases long enough for this block can match: 2 × phrase + 6 ≥ block.
        for (e, phrase) in contained {
            if 2 * e.length + 6 < length { break }
            guard ByteSearch.contains(bytes, phrase) else { continue }
            if endsAsSentence, length > e.length + 4 { continue }
            return Match(reason: e.reason, isSentence: false)
        }
        if length <= Self.openerBlockLength, !endsAsSentence || squeezed.hasSuffix("...") || squeezed.hasSuffix("…") {
            let lower = WhitespaceNormalizer.collapse(text).lowercased()
            for e in openers where lower.hasPrefix(e.phrase) && lower.count > e.length {
                let next = lower[lower.index(lower.startIndex, offsetBy: e.length)]
                if next == " " || next.isPunctuation || e.phrase.last?.isPunctuation == true {
                    return Match(reason: e.reason, isSentence: false)
                }
            }
        }
        if length <= Self.sentenceBlockLength {
            for (e, phrase) in fragments where ByteSearch.contains(bytes, phrase) {
                return Match(reason: e.reason, isSentence: true)
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
