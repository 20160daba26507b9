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
        // A quick look first: no sign's UTF-8 start, no price.
        guard mayHoldSign(text) else { return false }
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

    /// Whether the first bytes `holdsPrice`'s scan can reach (`maxBlockCharacters` scalars, 4
    /// bytes at most each: a long paragraph is not read to its end) hold a sign's UTF-8 start:
    /// `$`; C2 A3 / C2 A5 (£ ¥, not a no-break space C2 A0); E2 82 (€ ₹ ₩ ₽ ₺ ₫ ₪ ₱, not the
    /// quotes and dashes of E2 80); E0 B8 (฿); EF BF (￥).
    static func mayHoldSign(_ text: String) -> Bool {
        if let found = text.utf8.withContiguousStorageIfAvailable({ mayHoldSign(bytes: $0) }) { return found }
        return Array(text.utf8).withUnsafeBufferPointer { mayHoldSign(bytes: $0) }
    }

    private static func mayHoldSign(bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var previous: UInt8 = 0
        for k in 0..<min(bytes.count, 4 * maxBlockCharacters) {
            let b = bytes[k]
            if b == 0x24 { return true }
            switch previous {
            case 0xC2: if b == 0xA3 || b == 0xA5 { return true }
            case 0xE2: if b == 0x82 { return true }
            case 0xE0: if b == 0xB8 { return true }
            case 0xEF: if b == 0xBF { return true }
            default: break
            }
            previous = b
        }
        return false
    }
}
