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
    /// Whole-block phrases, looked up directly (by the 64-bit hash of their bytes, confirmed
    /// byte for byte: a `Dictionary` would hash every short block's text with SipHash).
    private var whole: [String: RemovalReason] = [:]
    private struct WholePhrase: Sendable {
        var bytes: [UInt8]
        var reason: RemovalReason
    }
    private var wholeByHash = HashedTokenTable<WholePhrase>([])
    /// The longest whole phrase (UTF-8 bytes, squeezed): longer blocks skip the lookup, with room
    /// for the trailing marks the lookup strips.
    private var maxWholeBytes = 0
    /// Contained phrases, longest first, then disclaimer fragments, in one index (one pass over
    /// a block finds both): an id below `containedLength.count` is a position in the contained
    /// phrases' lengths and reasons, an id from there on one in `fragmentReason`.
    private var phraseIndex = PhraseIndex([])
    private var containedLength: [Int] = []
    private var containedReason: [RemovalReason] = []
    private var fragmentReason: [RemovalReason] = []
    /// Block openers, with their text squeezed (a cheap first test against the squeezed block).
    private var openers: [Entry] = []
    private var openerSqueezed: [[UInt8]] = []
    /// The first two squeezed bytes of every opener, as a 65,536-bit set: most short blocks
    /// start with a pair no opener starts with, and skip the comparisons.
    private var openerPairs = [UInt64](repeating: 0, count: 1024)

    static let sentenceBlockLength = 200
    /// Blocks an opener can match are at most this long (characters, spaces ignored).
    static let openerBlockLength = 48

    init(entries: [Entry]) {
        self.entries = entries
        var contained: [Entry] = []
        var fragments: [[UInt8]] = []
        maxBlockLength = entries.map {
            $0.sentence ? Self.sentenceBlockLength : $0.opener ? Self.openerBlockLength : $0.whole ? $0.length + 3 : 2 * $0.length + 6
        }.max() ?? 0
        for e in entries {
            if e.opener {
                openers.append(e)
                let squeezed = Array(Self.normalize(e.phrase).utf8)
                openerSqueezed.append(squeezed)
                if squeezed.count >= 2 {
                    let pair = Int(squeezed[0]) << 8 | Int(squeezed[1])
                    openerPairs[pair >> 6] |= 1 << UInt64(pair & 63)
                } else {
                    openerPairs = [UInt64](repeating: ~0, count: 1024)   // a one-byte opener: no filter
                }
            } else if e.whole {
                if whole[e.phrase] == nil { whole[e.phrase] = e.reason }
                maxWholeBytes = max(maxWholeBytes, e.phrase.utf8.count)
            } else if e.sentence {
                fragments.append(e.bytes)
                fragmentReason.append(e.reason)
            } else {
                contained.append(e)
            }
        }
        wholeByHash = HashedTokenTable(whole.map { (ClassIDHints.hash($0.key.utf8), WholePhrase(bytes: Array($0.key.utf8), reason: $0.value)) })
        contained.sort { $0.length > $1.length }
        phraseIndex = PhraseIndex(contained.map(\.bytes) + fragments)
        containedLength = contained.map(\.length)
        containedReason = contained.map(\.reason)
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
                                     length: phrase.unicodeScalars.count))
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
        matchDetail(text, stats: stats, scratch: Scratch())
    }

    /// Room for the normalised text of the blocks of a page, one after another (an array per
    /// block cost an allocation and a release each time).
    final class Scratch {
        fileprivate var storage = UnsafeMutablePointer<UInt8>.allocate(capacity: 1024)
        fileprivate var capacity = 1024
        deinit { storage.deallocate() }

        /// Room for `count` bytes (what was there is not kept).
        fileprivate func reserve(_ count: Int) {
            guard count > capacity else { return }
            storage.deallocate()
            capacity = max(count, 2 * capacity)
            storage = .allocate(capacity: capacity)
        }
    }

    /// `matchDetail`, normalising the text into `scratch`.
    func matchDetail(_ text: String, stats: TextStatistics, scratch: Scratch) -> Match? {
        guard stats.characters <= maxBlockLength else { return nil }
        // (No closure over the bytes here: one would capture `self`, and copying the lexicon
        // retains each of its tables, block after block.)
        let (bytes, length) = Self.normalize(text, into: scratch)
        if bytes.count <= maxWholeBytes + 16 {
            let key = Self.strippingTrailingMarks(bytes)
            if let w = wholeByHash.value(for: ClassIDHints.hash(key)), w.bytes.elementsEqual(key) {
                return Match(reason: w.reason, isSentence: false)
            }
        }
        let endsAsSentence: Bool
        switch Self.lastScalar(bytes) {
        case 0x3002, 0x2E, 0xFF01, 0x21, 0xFF1F, 0x3F: endsAsSentence = true   // 。.！!？?
        default: endsAsSentence = false
        }
        // The first contained phrase and the first fragment that occur, in one pass.
        let lengths = containedLength, contained = lengths.count
        var firstContained = Int.max, firstFragment = Int.max
        phraseIndex.forEachOccurrence(in: bytes) { id in
            if id < contained {
                // Only phrases long enough for this block: 2 × phrase + 6 ≥ block; and a block
                // that reads as a sentence mentions a phrase rather than being it.
                if id < firstContained, 2 * lengths[id] + 6 >= length, !(endsAsSentence && length > lengths[id] + 4) {
                    firstContained = id
                }
            } else if id - contained < firstFragment {
                firstFragment = id - contained
            }
        }
        if firstContained != Int.max {
            return Match(reason: containedReason[firstContained], isSentence: false)
        }
        if length <= Self.openerBlockLength, bytes.count >= 2,
           openerPairs[(Int(bytes[0]) << 8 | Int(bytes[1])) >> 6] & (1 << UInt64(bytes[1] & 63)) != 0,
           !endsAsSentence || bytes.suffix(3).elementsEqual([0x2E, 0x2E, 0x2E]) || bytes.suffix(3).elementsEqual([0xE2, 0x80, 0xA6]),   // ... …
           openerSqueezed.contains(where: { bytes.starts(with: $0) }) {
            let lower = WhitespaceNormalizer.collapse(text).lowercased()
            for e in openers where lower.hasPrefix(e.phrase) && lower.count > e.length {
                let next = lower[lower.index(lower.startIndex, offsetBy: e.length)]
                if next == " " || next.isPunctuation || e.phrase.last?.isPunctuation == true {
                    return Match(reason: e.reason, isSentence: false)
                }
            }
        }
        if length <= Self.sentenceBlockLength, firstFragment != Int.max {
            return Match(reason: fragmentReason[firstFragment], isSentence: true)
        }
        return nil
    }

    /// Characters of UTF-8: every byte that does not continue a multi-byte character, counted
    /// eight bytes at a time (a continuation byte has its top bits 10).
    static func characterCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var continuations = 0, i = 0
        if let base = b.baseAddress {
            let raw = UnsafeRawPointer(base)
            while i + 8 <= n {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                continuations += (w & ~(w << 1) & 0x8080_8080_8080_8080).nonzeroBitCount
                i += 8
            }
        }
        while i < n { if b[i] & 0xC0 == 0x80 { continuations += 1 }; i += 1 }
        return n - continuations
    }

    /// The last scalar of well-formed UTF-8, or nil when empty.
    static func lastScalar(_ b: UnsafeBufferPointer<UInt8>) -> UInt32? {
        guard var i = b.indices.last else { return nil }
        while i > 0 && b[i] & 0xC0 == 0x80 { i -= 1 }
        return UTF8Scan.scalar(b, at: i).0
    }

    static func normalize(_ s: String) -> String {
        String(decoding: normalizedBytes(s), as: UTF8.self)
    }

    /// `normalizedBytes(s)`, written to `scratch` (valid until its next use), and how many
    /// characters they hold.
    static func normalize(_ s: String, into scratch: Scratch) -> (bytes: UnsafeBufferPointer<UInt8>, characters: Int) {
        var s = s
        scratch.reserve(s.utf8.count)
        let out = UnsafeMutableBufferPointer(start: scratch.storage, count: scratch.capacity)
        var characters = 0
        if let count = s.withUTF8({ normalizeBytes($0, into: out, characters: &characters) }) {
            return (UnsafeBufferPointer(start: scratch.storage, count: count), characters)
        }
        let slow = normalizeScalars(s)
        scratch.reserve(slow.count)
        _ = UnsafeMutableBufferPointer(start: scratch.storage, count: scratch.capacity).initialize(from: slow)
        let bytes = UnsafeBufferPointer(start: scratch.storage, count: slow.count)
        return (bytes, characterCount(bytes))
    }

    /// `normalize` as UTF-8 bytes (what the matching reads).
    static func normalizedBytes(_ s: String) -> [UInt8] {
        var s = s
        var slowPath = false
        var characters = 0
        let bytes = s.withUTF8 { utf8 in
            [UInt8](unsafeUninitializedCapacity: utf8.count) { out, count in
                if let written = normalizeBytes(utf8, into: out, characters: &characters) { count = written } else { slowPath = true }
            }
        }
        return slowPath ? normalizeScalars(s) : bytes
    }

    /// For each ASCII byte: its lower case in the low byte, and 1 in the high byte unless it is
    /// white space (dropped).
    private static let asciiFolding: [UInt16] = (0..<128).map { c -> UInt16 in
        switch c {
        case 0x20, 0x09...0x0D: return 0
        case 0x41...0x5A: return 0x100 | UInt16(c | 0x20)
        default: return 0x100 | UInt16(c)
        }
    }

    /// The fast path of `normalizedBytes`: how many bytes it wrote to `out` (as long as `utf8`),
    /// or nil when the text needs the scalar path; `characters` counts what it wrote.
    private static func normalizeBytes(_ utf8: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>,
                                       characters: inout Int) -> Int? {
        // ASCII and three-byte (CJK) text — most blocks of most pages: drop spaces and lower-case
        // byte by byte (the result is never longer). Every multi-byte character kept is one
        // character; ASCII bytes are counted as written.
        var count = 0, multiByte = 0, asciiStart = 0
        var i = 0
        let n = utf8.count
        while i < n {
            let b = utf8[i]
            switch b {
            case 0..<0x80:
                // A run of ASCII by table, without a branch per byte: each byte is written
                // lower-cased, and kept (the count moves on) unless it is white space.
                asciiStart = count
                defer { characters += count - asciiStart }
                asciiFolding.withUnsafeBufferPointer { table in
                    var c = b
                    repeat {
                        let f = table[Int(c)]
                        out[count] = UInt8(truncatingIfNeeded: f)
                        count &+= Int(f >> 8)
                        i += 1
                        guard i < n else { break }
                        c = utf8[i]
                    } while c < 0x80
                }
            case 0xC2 where i + 1 < n:
                // U+0080–U+00BF: signs, no case; the no-break space (C2 A0) is dropped.
                if utf8[i + 1] != 0xA0 { out[count] = b; out[count + 1] = utf8[i + 1]; count += 2; multiByte += 1 }
                i += 2
            case 0xC3 where i + 1 < n:
                // U+00C0–U+00FF: the capitals À–Þ (but ×) lower-case 0x20 further on.
                let c1 = utf8[i + 1]
                out[count] = b
                out[count + 1] = c1 >= 0x80 && c1 <= 0x9E && c1 != 0x97 ? c1 + 0x20 : c1
                count += 2
                multiByte += 1
                i += 2
            case 0xE4...0xE9 where i + 2 < n:
                // CJK ideographs (U+4000–U+9FFF), most of a Chinese block: no case, no space;
                // a run of them at a time.
                repeat {
                    out[count] = utf8[i]; out[count + 1] = utf8[i + 1]; out[count + 2] = utf8[i + 2]
                    count += 3
                    multiByte += 1
                    i += 3
                } while i + 2 < n && utf8[i] &- 0xE4 <= 5
            case 0xE3 where i + 2 < n:
                // CJK marks, kana and symbols (U+3000–U+3FFF): no case; the ideographic space
                // (E3 80 80) is dropped.
                let c1 = utf8[i + 1], c2 = utf8[i + 2]
                if c1 != 0x80 || c2 != 0x80 { out[count] = b; out[count + 1] = c1; out[count + 2] = c2; count += 3; multiByte += 1 }
                i += 3
            case 0xEF where i + 2 < n:
                // U+F000–U+FFFF: fullwidth marks (，！？…) have no case; the fullwidth capitals
                // (EF BC A1–BA) take the scalar path; the byte-order mark (EF BB BF) is dropped.
                let c1 = utf8[i + 1], c2 = utf8[i + 2]
                if c1 == 0xBC && c2 >= 0xA1 && c2 <= 0xBA { return nil }
                if c1 != 0xBB || c2 != 0xBF { out[count] = b; out[count + 1] = c1; out[count + 2] = c2; count += 3; multiByte += 1 }
                i += 3
            case 0xE0...0xEF where i + 2 < n:
                // Three-byte characters: CJK, kana, Hangul, punctuation — no case. White
                // space among them (U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF)
                // is dropped; fullwidth capitals (U+FF21–U+FF3A) take the slow path.
                let c1 = utf8[i + 1], c2 = utf8[i + 2]
                // Caseless blocks only: general punctuation (U+2000–U+207F), CJK, kana and
                // symbols (U+3000–U+9FFF), Hangul syllables, and U+E000–U+FFFF but fullwidth capitals.
                let caseless = (0xE3...0xE9).contains(b) || b == 0xE2 && c1 <= 0x81
                    || b == 0xEA && c1 >= 0xB0 || b == 0xEB || b == 0xEC || b == 0xED && c1 < 0xA0
                    || b == 0xEE || b == 0xEF && !(c1 == 0xBC && (0xA1...0xBA).contains(c2))
                    || b == 0xE1 && c1 == 0x9A && c2 == 0x80
                guard caseless else { return nil }
                let isSpace = b == 0xE2 && c1 == 0x80 && ((0x80...0x8B).contains(c2) || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF)
                    || b == 0xE2 && c1 == 0x81 && c2 == 0x9F || b == 0xE3 && c1 == 0x80 && c2 == 0x80
                    || b == 0xEF && c1 == 0xBB && c2 == 0xBF || b == 0xE1 && c1 == 0x9A && c2 == 0x80
                if !isSpace { out[count] = b; out[count + 1] = c1; out[count + 2] = c2; count += 3; multiByte += 1 }
                i += 3
            default:   // accents, Greek, Cyrillic, four-byte characters
                return nil
            }
        }
        characters += multiByte
        return count
    }

    /// The same for any script, scalar by scalar: CJK, kana and Hangul have no case and are
    /// copied as they are; other letters take their lower-case mapping.
    private static func normalizeScalars(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars where !WhitespaceNormalizer.isSpace(u) {
            switch u.value {
            case 0x41...0x5A: out.append(UInt8(u.value + 0x20))
            case 0...0x7F: out.append(UInt8(u.value))
            case 0x2E80...0xD7FF, 0xF900...0xFAFF, 0xFF00...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFFFF:
                out.append(contentsOf: UTF8.encode(u)!)
            default:
                // Most scalars here have no case (signs, marks, lower-case letters already).
                if !ScalarTable.changesWhenLowercased(u.value) { out.append(contentsOf: UTF8.encode(u)!); continue }
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            }
        }
        return out
    }

    private static func strippingTrailingMarks(_ s: String) -> String {
        let scalars = s.unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while hi > lo, isMark(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        while lo < hi, isMark(scalars[lo]) || scalars[lo] == "•" || scalars[lo] == "·" { lo = scalars.index(after: lo) }
        if lo == scalars.startIndex, hi == scalars.endIndex { return s }
        return String(scalars[lo..<hi])
    }

    /// `strippingTrailingMarks` on UTF-8 bytes: the part of `b` left (no copy).
    private static func strippingTrailingMarks(_ b: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lo = 0, hi = b.count
        while hi > lo {
            var start = hi - 1
            while start > lo && b[start] & 0xC0 == 0x80 { start -= 1 }
            guard isMark(scalar(b, at: start)) else { break }
            hi = start
        }
        while lo < hi {
            var end = lo + 1
            while end < hi && b[end] & 0xC0 == 0x80 { end += 1 }
            let v = scalar(b, at: lo)
            guard isMark(v) || v.value == 0x2022 || v.value == 0xB7 else { break }
            lo = end
        }
        return UnsafeBufferPointer(rebasing: b[lo..<hi])
    }

    /// The scalar whose well-formed UTF-8 starts at `i` (`UTF8Scan.scalar`).
    private static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Unicode.Scalar {
        Unicode.Scalar(UTF8Scan.scalar(b, at: i).0) ?? "\u{FFFD}"
    }

    /// `: ： > » › . … | - · • ? ？ ! ！`
    private static func isMark(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x3A, 0xFF1A, 0x3E, 0xBB, 0x203A, 0x2E, 0x2026, 0x7C, 0x2D, 0xB7, 0x2022, 0x3F, 0xFF1F, 0x21, 0xFF01: return true
        default: return false
        }
    }
}
