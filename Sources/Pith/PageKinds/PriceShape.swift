/// A price as shops write it in any language: a currency sign next to a number (`$ 99`,
/// `€12,50`, `12.99 €`, `¥1,280`, `₹499`). The sign, not a word, is the signal.
enum PriceShape {
    /// Only short blocks are read: a price stands on a card's line of its own or beside a name.
    static let maxBlockCharacters = 120

    /// Currency signs (as Unicode scalars) that stand before or after an amount.
    static let signs: Set<UInt32> = [0x24, 0xA3, 0xA5, 0x20AC, 0x20B9, 0x20A9, 0x20BD, 0x20BA, 0x20AB, 0x0E3F, 0x20AA, 0x20B1, 0xFFE5]

    /// True when a currency sign and a digit stand side by side or one blank apart (read in one
    /// pass over the first `maxBlockCharacters` characters, nothing allocated).
    static func holdsPrice(_ text: String) -> Bool {
        // A quick look first: no `$` and no byte that starts a non-ASCII sign, no price.
        guard text.utf8.contains(where: { $0 == 0x24 || $0 == 0xC2 || $0 == 0xE2 || $0 == 0xE0 || $0 == 0xEF }) else { return false }
        enum Kind { case digit, sign, blank, other }
        func kind(_ v: UInt32) -> Kind {
            if v >= 0x30 && v <= 0x39 { return .digit }
            if signs.contains(v) { return .sign }
            if v == 0x20 || v == 0xA0 { return .blank }
            return .other
        }
        var previous = Kind.other, beforeThat = Kind.other
        var read = 0
        for s in text.unicodeScalars {
            let k = kind(s.value)
            switch k {
            case .digit:
                if previous == .sign || (previous == .blank && beforeThat == .sign) { return true }
            case .sign:
                if previous == .digit || (previous == .blank && beforeThat == .digit) { return true }
            default:
                break
            }
            beforeThat = previous
            previous = k
            read += 1
            if read >= maxBlockCharacters { break }
        }
        return false
    }
}
