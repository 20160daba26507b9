/// Unicode properties of the scalars block texts use most — everything below U+3100 (Latin,
/// Greek, Cyrillic, the general punctuation, CJK punctuation) and the fullwidth forms
/// (U+FF00–U+FFEF) — read from bitsets (`ScalarTable+Data.swift`, written by
/// `scripts/make_scalar_table.swift`) instead of Unicode's tables, which cost a few hundred
/// instructions per look-up. Other scalars ask the tables. `ScalarTableTests` holds the bits to
/// the running Swift's own properties.
enum ScalarTable {
    /// The scalar's bit number in the tables, or nil when it is not in them.
    @inline(__always)
    static func bit(_ v: UInt32) -> Int? {
        if v < 0x3100 { return Int(v) }
        if v >= 0xFF00 && v < 0xFFF0 { return 0x3100 + Int(v - 0xFF00) }
        return nil
    }

    @inline(__always)
    private static func test(_ words: [UInt64], _ k: Int) -> Bool {
        words[k >> 6] >> UInt64(k & 63) & 1 != 0
    }

    /// `Unicode.Scalar.Properties.isAlphabetic`.
    static func isAlphabetic(_ v: UInt32) -> Bool {
        guard let k = bit(v) else { return Unicode.Scalar(v)?.properties.isAlphabetic == true }
        return test(alphabeticBits, k)
    }

    /// `Unicode.Scalar.Properties.isPunctuationLike` (punctuation of any kind, not symbols).
    static func isPunctuationLike(_ v: UInt32) -> Bool {
        guard let k = bit(v) else { return Unicode.Scalar(v)?.properties.isPunctuationLike == true }
        return test(punctuationLikeBits, k)
    }

    /// `Unicode.Scalar.Properties.changesWhenLowercased`.
    static func changesWhenLowercased(_ v: UInt32) -> Bool {
        guard let k = bit(v) else { return Unicode.Scalar(v)?.properties.changesWhenLowercased == true }
        return test(lowercasingBits, k)
    }
}
