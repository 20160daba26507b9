/// Counts over a block's text that the scoring rules read.
///
/// *Units* put scripts on one scale: a CJK character carries about as much as three Latin
/// characters (a Chinese sentence of 30 characters says about what an English one of 90 does).
struct TextStatistics: Sendable, Equatable {
    /// Non-space characters.
    var characters = 0
    /// CJK ideographs, kana and Hangul syllables.
    var cjk = 0
    /// Punctuation marks (Latin and CJK).
    var punctuation = 0
    /// Sentence-ending marks: 。！？ and . ! ? followed by space or the end.
    var sentenceEnds = 0
    /// Words (runs of letters or digits); each CJK character counts as one.
    var words = 0

    /// Length on the common scale: Latin characters + 3 × CJK characters.
    var units: Int { characters - cjk + 3 * cjk }

    init() {}

    init(_ text: String) {
        var text = text
        self.init()
        text.withUTF8 { count($0) }
    }

    /// The counts of well-formed UTF-8.
    init(utf8: UnsafeBufferPointer<UInt8>) {
        self.init()
        count(utf8)
    }

    /// Counts over UTF-8 bytes, decoded here (a string's bytes are valid UTF-8): walking
    /// `unicodeScalars` cost several times as much per character.
    private mutating func count(_ b: UnsafeBufferPointer<UInt8>) {
        let n = b.count
        var i = 0
        self = Self.asciiClasses.withUnsafeBufferPointer { table in
            var counter = Counter(table: table)
            while i < n {
                let c = b[i]
                if c < 0x80 {
                    counter.ascii(c)
                    i += 1
                    continue
                }
                // Han characters — most of a Chinese page: a run of them is counted at once.
                if Self.isHanLead(b, at: i) {
                    var run = 0
                    repeat { run += 1; i += 3 } while Self.isHanLead(b, at: i)
                    counter.han(run)
                    continue
                }
                i += counter.character(b, at: i)
            }
            return counter.statistics
        }
    }

    /// The counts kept character by character, for `count` and for a pass that reads the text
    /// anyway (`WhitespaceNormalizer.collapseCounting`). Every character of the text goes to
    /// exactly one of `ascii`, `han` or `character`, in order.
    struct Counter {
        // Local counters (registers in a loop): kept in a `TextStatistics`, each character cost
        // a load and a store per counter.
        private var chars = 0, han = 0, marks = 0, ends = 0, starts = 0
        private var stop = 0, word = 0   // the last character was a sentence stop, was part of a word
        /// `asciiClasses`, held for the pass (read through the array, each byte paid a check
        /// that the table exists).
        private let table: UnsafeBufferPointer<UInt8>

        init(table: UnsafeBufferPointer<UInt8>) { self.table = table }

        /// An ASCII byte, by its class in `asciiClasses` — without a branch (spaces, letters and
        /// marks alternate too often for a branch to guess).
        @inline(__always)
        mutating func ascii(_ c: UInt8) {
            let k = Int(table[Int(c)])
            let space = k & TextStatistics.spaceBit
            ends &+= stop & (space | k >> 4)          // a stop, then space, " or )
            chars &+= 1 &- space
            marks &+= k >> 2 & 1
            let isWord = k >> 3 & 1
            starts &+= isWord & (word ^ 1)
            word = isWord
            stop = k >> 1 & 1
        }

        /// `run` Han characters (U+4000–U+9FFF but the hexagrams, `isHanLead`): no space, no
        /// mark, one word each.
        @inline(__always)
        mutating func han(_ run: Int) {
            chars &+= run; han &+= run; starts &+= run
            stop = 0; word = 0
        }

        /// The character at `i` (not ASCII, not Han); returns its length in bytes. CJK
        /// punctuation and fullwidth forms (U+3000–U+303F, U+FF00–U+FF3F: a Chinese text's
        /// marks) are classed by table, the rest decoded.
        @inline(__always)
        mutating func character(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
            let c = b[i]
            let kind: UInt8, length: Int
            let c1 = i + 2 < b.count ? b[i + 1] : 0
            if c == 0xE3 && c1 == 0x80 || c == 0xEF && c1 == 0xBC {
                kind = (c == 0xE3 ? TextStatistics.cjkMarkClasses : TextStatistics.fullwidthClasses)[Int(b[i + 2] & 0x3F)]
                length = 3
                if stop == 1 {
                    if kind == TextStatistics.space { ends += 1 }
                    stop = 0
                }
            } else {
                let (v, n) = UTF8Scan.scalar(b, at: i)
                let isSpace = WhitespaceNormalizer.spaceLength(b, at: i) > 0
                length = n
                if stop == 1 {
                    if isSpace || v == 0x201D { ends += 1 }
                    stop = 0
                }
                kind = isSpace ? TextStatistics.space : TextStatistics.kind(of: v)
            }
            switch kind {
            case TextStatistics.space: word = 0
            case TextStatistics.cjkKind: chars += 1; han += 1; starts += 1; word = 0
            case TextStatistics.endMark: chars += 1; marks += 1; ends += 1; word = 0
            case TextStatistics.mark: chars += 1; marks += 1; word = 0
            case TextStatistics.letter:
                chars += 1
                if word == 0 { starts += 1; word = 1 }
            default: chars += 1; word = 0
            }
            return length
        }

        /// The counts so far (a stop at the end ends a sentence).
        var statistics: TextStatistics {
            var s = TextStatistics()
            s.characters = chars; s.cjk = han; s.punctuation = marks; s.sentenceEnds = ends + stop; s.words = starts
            return s
        }
    }

    /// What a character other than ASCII and Han counts as.
    fileprivate static let space: UInt8 = 0, cjkKind: UInt8 = 1, endMark: UInt8 = 2, mark: UInt8 = 3, letter: UInt8 = 4, other: UInt8 = 5

    /// The kind of a character that is not white space.
    fileprivate static func kind(of v: UInt32) -> UInt8 {
        if isCJK(v) { return cjkKind }
        switch v {
        case 0x3002, 0xFF01, 0xFF1F, 0xFF61:          // 。！？｡
            return endMark
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x201C, 0x201D, 0x2018, 0x2019, 0xFF08, 0xFF09, 0x300A,
             0x300B, 0x2026, 0x2014:                     // ，、；：“”‘’（）《》…—
            return mark
        default:
            return ScalarTable.isAlphabetic(v) ? letter : other
        }
    }

    /// `kind(of:)` (or white space) of U+3000–U+303F and of U+FF00–U+FF3F, by the low six bits.
    fileprivate static let cjkMarkClasses: [UInt8] = (0..<64).map { classOf(0x3000 + UInt32($0)) }
    fileprivate static let fullwidthClasses: [UInt8] = (0..<64).map { classOf(0xFF00 + UInt32($0)) }
    private static func classOf(_ v: UInt32) -> UInt8 {
        WhitespaceNormalizer.isSpace(Unicode.Scalar(v)!) ? space : kind(of: v)
    }

    /// True when a Han character of three bytes starts at `i` (lead byte E4–E9, not E4 B7).
    @inline(__always)
    static func isHanLead(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        guard i + 2 < b.count else { return false }
        let c = b[i]
        // E4 B7 tested with bit operations, not a branch: E4 leads a sixth of all Han
        // characters, too irregularly for a branch to guess.
        let notHexagram = (UInt32(c) ^ 0xE4) | (UInt32(b[i + 1]) ^ 0xB7) != 0
        return c &- 0xE4 <= 5 && notHexagram
    }

    /// Bits per ASCII byte for `count`: 1 white space, 2 sentence stop (. ! ?), 4 punctuation
    /// (the stops, , ; : " ( )), 8 letter or digit, 16 a closer that may follow a stop (" )).
    fileprivate static let spaceBit = 1
    static let asciiClasses: [UInt8] = (0..<128).map { c -> UInt8 in
        switch c {
        case 0x20, 0x09...0x0D: return 1
        case 0x2E, 0x21, 0x3F: return 2 | 4
        case 0x22, 0x29: return 4 | 16
        case 0x2C, 0x3B, 0x3A, 0x28: return 4
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return 8
        default: return 0
        }
    }

    /// Punctuation marks per unit of text.
    var punctuationDensity: Double { units == 0 ? 0 : Double(punctuation) / Double(units) }

    /// True when most of the text is CJK.
    var isMostlyCJK: Bool { cjk * 2 > characters }

    static func isCJK(_ v: UInt32) -> Bool {
        (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3040...0x30FF).contains(v)
            || (0xAC00...0xD7AF).contains(v) || (0xF900...0xFAFF).contains(v) || (0x20000...0x2FA1F).contains(v)
    }
}
