/// A run of text between block boundaries: what the scoring and cleaning stages work on.
/// HTML pages give one per paragraph, heading, list item, cell or `<br>`-separated line;
/// flattened text gives one per line.
struct TextBlock: Sendable {
    let text: String
    var kind: Block.Kind
    var level: Int?
    /// The innermost block-level element holding the text (-1 for text input).
    var element: Int
    /// Non-space characters inside links.
    let linkCharacters: Int
    let stats: TextStatistics
    /// Why the block is dropped, once a rule decides it.
    var removal: RemovalReason?
    /// What the lexicon says the block is, if anything.
    var lexiconMatch: RemovalReason?
    /// True when that match is a disclaimer fragment: removed from the body, but no weight
    /// against the region it sits in (it often sits inside the article).
    var lexiconMatchIsSentence = false
    /// The line's shapes, read at once unless the block is a link list: no reader asks a link
    /// list for them (its value and its reason come from its links first), so they are read
    /// only if asked.
    private var knownShapes: LineShapes?
    var shapes: LineShapes { knownShapes ?? LineShapes(text: text, stats: stats) }
    /// See `MetadataLine`.
    var isMetadataLine: Bool { shapes.isMetadataLine }
    /// See `MenuLine`.
    var isMenuLine: Bool { shapes.isMenuLine }
    /// A short line that is a date and little else: `12 March 2024`, `2012-10-13 08:30`,
    /// `Updated Oct 13, 2012`.
    var isDateLine: Bool { shapes.isDateLine }
    /// A short line carrying a date with a clock time, and perhaps a source or a name:
    /// `Associated Press November 19, 2019, 9:02 AM`, `Updated 20 Nov 2019 08:00 GMT`.
    var isTimestampLine: Bool { shapes.isTimestampLine }
    /// Links in the text (only with `ExtractionOptions.includeLinks`).
    var links: [InlineLink] = []
    /// The block's worth as body text (positive) or boilerplate (negative).
    var value: Double = 0
    /// A line the page's site repeats on its pages (`SiteTemplate`).
    var isFurniture = false
    /// Furniture by its place in the template only, not by its words.
    var isFurnitureBySlot = false
    /// Part of a listing's records (`ListingBody`): link text and short lines are its content.
    var isRecord = false

    /// - Parameter stats: the text's statistics when the caller counted them already (they
    ///   must be `TextStatistics(text)`).
    init(text: String, kind: Block.Kind, level: Int? = nil, element: Int, linkCharacters: Int, links: [InlineLink] = [],
         stats: TextStatistics? = nil) {
        self.text = text
        self.links = links
        self.kind = kind
        self.level = level
        self.element = element
        self.linkCharacters = linkCharacters
        let stats = stats ?? TextStatistics(text)
        self.stats = stats
        // Read once here: the rules and the metadata ask for them again and again. (From the
        // parts: asking `self` copied the block.)
        if !Self.isLinkList(text, stats, linkCharacters) { knownShapes = LineShapes(text: text, stats: stats) }
    }

    /// Share of the block's characters inside links, 0…1.
    var linkDensity: Double { Self.linkDensity(stats, linkCharacters) }

    static func linkDensity(_ stats: TextStatistics, _ linkCharacters: Int) -> Double {
        stats.characters == 0 ? 0 : min(1, Double(linkCharacters) / Double(stats.characters))
    }

    var isKept: Bool { removal == nil }
}

/// What a block's line looks like, from its text alone: a metadata line, a menu line, a date
/// line, a timestamp line.
struct LineShapes: Sendable {
    var isMetadataLine = false
    var isMenuLine = false
    var isDateLine = false
    var isTimestampLine = false

    init(text: String, stats: TextStatistics) {
        // The metadata test and the date test share one search for a date.
        var date = DatePattern.Memo(text)
        isMetadataLine = MetadataLine.isMetadataLine(text, stats: stats, date: &date)
        isMenuLine = MenuLine.isMenuLine(text, stats: stats)
        if stats.characters <= 64 && stats.sentenceEnds == 0 {
            let clock = MetadataLineRule.hasClockTime(text)
            if stats.characters <= 32 || clock, date.first != nil {
                isDateLine = stats.characters <= 32
                isTimestampLine = clock
            }
        } else if stats.characters <= 32, stats.sentenceEnds <= Self.dotsAfterDigits(text),
                  !MetadataLineRule.hasClockTime(text), date.first != nil {
            // A dot after a day (`19. Oktober 2019`) ends no sentence. With a clock time such a
            // line is a post's header or a member's `Joined: 4. Jul 2012, 16:09`: left as it was.
            isDateLine = true
        }
    }

    /// How many `digit. ` (a dot after a digit, then a space) the text holds.
    static func dotsAfterDigits(_ text: String) -> Int {
        var n = 0
        var previous: UInt8 = 0, dotAfterDigit = false
        for b in text.utf8 {
            if dotAfterDigit, b == 0x20 { n += 1 }
            dotAfterDigit = b == 0x2E && previous >= 0x30 && previous <= 0x39
            previous = b
        }
        return n
    }
}
