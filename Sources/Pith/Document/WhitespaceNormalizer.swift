/// Collapses runs of white space (including no-break and ideographic spaces) to one ASCII space.
enum WhitespaceNormalizer {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// How many bytes the white-space character at `i` takes (0 when it is not one): ASCII
    /// white space, U+00A0, U+1680, U+2000–U+200B, U+2028/9, U+202F, U+205F, U+3000, U+FEFF —
    /// `isSpace` on UTF-8, decoding only the multi-byte candidates.
    @inline(__always)
    static func spaceLength(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let c = b[i]
        if c < 0x80 { return c == 0x20 || (c >= 0x09 && c <= 0x0D) ? 1 : 0 }
        let n = b.count
        if c == 0xC2 { return i + 1 < n && b[i + 1] == 0xA0 ? 2 : 0 }
        guard i + 2 < n else { return 0 }
        let c1 = b[i + 1], c2 = b[i + 2]
        switch c {
        case 0xE1: return c1 == 0x9A && c2 == 0x80 ? 3 : 0
        case 0xE2:
            if c1 == 0x80 && (c2 >= 0x80 && c2 <= 0x8B || c2 == 0xA8 || c2 == 0xA9 || c2 == 0xAF) { return 3 }
            return c1 == 0x81 && c2 == 0x9F ? 3 : 0
        case 0xE3: return c1 == 0x80 && c2 == 0x80 ? 3 : 0
        case 0xEF: return c1 == 0xBB && c2 == 0xBF ? 3 : 0
        default: return 0
        }
    }

    /// The number of characters (scalars) in `text` that are not white space (`isSpace`),
    /// counted on the UTF-8 bytes: one per lead byte, less the multi-byte spaces.
    static func nonSpaceCount(_ text: String) -> Int {
        text.utf8.withContiguousStorageIfAvailable { nonSpaceCount(bytes: $0) }
            ?? text.unicodeScalars.reduce(0) { $0 + (isSpace($1) ? 0 : 1) }
    }

    /// `nonSpaceCount` of UTF-8 bytes, counted no further than `limit` (the count stops there).
    static func nonSpaceCount(bytes b: UnsafeBufferPointer<UInt8>, upTo limit: Int = .max) -> Int {
        var n = 0
        let count = b.count
        var i = 0
        while i < count {
            // Eight bytes at a time while they are printable ASCII and spaces: a byte counts
            // when it is above 0x20 (its high bit after adding 0x5F to the low seven bits).
            if i + 8 <= count, n < limit {
                let w = UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self)
                let ascii: UInt64 = 0x8080_8080_8080_8080
                if w & ascii == 0 {
                    let above = (w &+ 0x5F5F_5F5F_5F5F_5F5F) & ascii
                    // Bytes below 0x20 other than tab…CR are rare: they take the byte path.
                    let below = ~(w &+ 0x6060_6060_6060_6060) & ascii   // bytes under 0x20
                    if below == 0 || below & ~tabToCarriageReturn(w) == 0 {
                        n += above.nonzeroBitCount
                        i += 8
                        continue
                    }
                }
            }
            if n >= limit { return n }
            let c = b[i]
            if c < 0x80 {
                if c != 0x20, c < 0x09 || c > 0x0D { n += 1 }
                i += 1
                continue
            }
            if c & 0xC0 != 0x80 && spaceLength(b, at: i) == 0 { n += 1 }   // a lead byte, not a space
            i += 1
        }
        return n
    }

    /// The high bit of each byte of `w` (all below 0x80) that is tab, line feed, vertical tab,
    /// form feed or carriage return (0x09–0x0D).
    @inline(__always)
    private static func tabToCarriageReturn(_ w: UInt64) -> UInt64 {
        let ascii: UInt64 = 0x8080_8080_8080_8080
        let atLeast09 = (w &+ 0x7777_7777_7777_7777) & ascii     // byte + 0x77 ≥ 0x80
        let above0D = (w &+ 0x7272_7272_7272_7272) & ascii       // byte + 0x72 ≥ 0x80
        return atLeast09 & ~above0D
    }

    /// True when the UTF-8 bytes hold anything but white space (`isSpace`).
    static func hasNonSpace(bytes b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        let n = b.count
        while i < n {
            let length = spaceLength(b, at: i)
            if length == 0 { return true }
            i += length
        }
        return false
    }

    /// `"  a \n\u{3000} b "` → `"a b"`. Works on UTF-8 bytes: ASCII is judged byte by byte,
    /// and only the few multi-byte spaces (U+00A0, U+1680, U+2000–U+200B, U+2028/9, U+202F,
    /// U+205F, U+3000, U+FEFF) are decoded.
    static func collapse(_ s: String) -> String {
        var s = s
        return s.withUTF8 { collapse(bytes: $0) }
    }

    /// True for the bytes that may start white space or are below it: 0x00–0x20 and the lead
    /// bytes C0–C2, E1–E3 and EF (U+00A0, U+1680, U+2000–U+205F, U+3000, U+FEFF). Two masks
    /// instead of a chain of comparisons.
    @inline(__always)
    static func mayStartSpace(_ d: UInt8) -> Bool {
        if d < 0x40 { return (UInt64(0x1_FFFF_FFFF) >> UInt64(d)) & 1 != 0 }
        if d < 0xC0 { return false }
        return (UInt64(0x0000_800E_0000_0007) >> UInt64(d - 0xC0)) & 1 != 0
    }

    /// True when a three-byte character led by E3–EF starts at `i` and is not white space
    /// (U+3000 and U+FEFF are the only spaces there).
    @inline(__always)
    static func isPlainThreeByte(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let c = b[i]
        guard c &- 0xE3 <= 0x0C, i + 2 < b.count else { return false }
        let c1 = b[i + 1], c2 = b[i + 2]
        guard c1 & 0xC0 == 0x80, c2 & 0xC0 == 0x80 else { return false }
        return !(c == 0xE3 && c1 == 0x80 && c2 == 0x80) && !(c == 0xEF && c1 == 0xBB && c2 == 0xBF)
    }

    /// True when a Han character (`TextStatistics.isHanLead`) starts at `i` with both its
    /// continuation bytes.
    @inline(__always)
    private static func isWholeHan(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        TextStatistics.isHanLead(b, at: i) && b[i + 1] & 0xC0 == 0x80 && b[i + 2] & 0xC0 == 0x80
    }

    /// `collapse` of UTF-8 bytes.
    static func collapse(bytes b: UnsafeBufferPointer<UInt8>) -> String {
        var nobody = NoCharacterObserver()
        return collapse(bytes: b, observing: &nobody)
    }

    /// `collapse` of UTF-8 bytes and the `TextStatistics` of the result, counted in the same
    /// pass (white space counts the same before and after collapsing).
    static func collapseCounting(bytes b: UnsafeBufferPointer<UInt8>) -> (String, TextStatistics) {
        TextStatistics.asciiClasses.withUnsafeBufferPointer { table in
            var counter = TextStatistics.Counter(table: table)
            let text = collapse(bytes: b, observing: &counter)
            return (text, counter.statistics)
        }
    }

    /// `collapse`, telling `observer` of every character read, white space included, in order.
    static func collapse<O: CharacterObserver>(bytes b: UnsafeBufferPointer<UInt8>, observing observer: inout O) -> String {
        guard !b.isEmpty else { return "" }
        // Written straight into the string's storage: the result is never longer than the input.
        return String(unsafeUninitializedCapacity: b.count) { out in
            // Local state only, no closures capturing it: nothing boxed, no access checks.
            var w = Writer(out: out)
            @inline(__always) func put(_ c: UInt8) { w.put(c) }
            let n = b.count
            @inline(__always) func character(at i: Int) -> Int { Self.copyCharacter(b, at: i, to: &w, observer: &observer) }
            var pendingSpace = false
            var i = 0
            while i < n {
                // A run of characters that are no space (printable ASCII, letters of every
                // script, CJK ideographs and marks) is copied at once.
                if i < n && (!mayStartSpace(b[i]) || Self.isPlainThreeByte(b, at: i)) {
                    if pendingSpace { put(0x20); pendingSpace = false }
                    repeat {
                        var c = b[i]
                        if c < 0x80 {
                            // Printable ASCII (0x21–0x7F) starts no space: a run of it in a tight loop.
                            repeat {
                                observer.ascii(c)
                                put(c)
                                i += 1
                                guard i < n else { break }
                                c = b[i]
                            } while c &- 0x21 < 0x5F
                        } else if Self.isWholeHan(b, at: i) {
                            // CJK ideographs, most of a Chinese text, go whole, a run at a time.
                            var run = 0
                            repeat {
                                put(b[i]); put(b[i + 1]); put(b[i + 2])
                                i += 3
                                run += 1
                            } while Self.isWholeHan(b, at: i)
                            observer.han(run)
                        } else if Self.isPlainThreeByte(b, at: i) {
                            // CJK marks, fullwidth forms and the rest of E3–EF (continuation
                            // bytes checked there): three bytes at once.
                            _ = observer.character(b, at: i)
                            put(c); put(b[i + 1]); put(b[i + 2])
                            i += 3
                        } else {
                            i += character(at: i)
                        }
                    } while i < n && (!mayStartSpace(b[i]) || Self.isPlainThreeByte(b, at: i))
                    if i == n { break }
                }
                let c = b[i]
                let spaceLength = Self.spaceLength(b, at: i)
                if spaceLength > 0 {
                    if c < 0x80 { observer.ascii(c) } else { _ = observer.character(b, at: i) }
                    pendingSpace = w.count > 0
                    i += spaceLength
                    continue
                }
                if pendingSpace { put(0x20); pendingSpace = false }
                if c < 0x80 {
                    observer.ascii(c)
                    put(c)
                    i += 1
                } else {
                    i += character(at: i)
                }
            }
            return w.count
        }
    }

    /// Where `collapse` writes.
    struct Writer {
        let out: UnsafeMutableBufferPointer<UInt8>
        var count = 0
        @inline(__always) mutating func put(_ c: UInt8) { out[count] = c; count &+= 1 }
    }

    /// The non-ASCII character at `i`, told and copied whole (one byte when the bytes after its
    /// lead do not continue it: not UTF-8). Returns the bytes read.
    @inline(__always)
    static func copyCharacter<O: CharacterObserver>(_ b: UnsafeBufferPointer<UInt8>, at i: Int, to w: inout Writer,
                                                    observer: inout O) -> Int {
        let length = observer.character(b, at: i)
        let n = b.count
        var k = 1
        while k < length && i + k < n && b[i + k] & 0xC0 == 0x80 { k += 1 }
        let whole = k == length ? length : 1
        for j in i..<i + whole { w.put(b[j]) }
        return whole
    }

    /// Collapses spaces within lines but keeps line breaks (for `<pre>`).
    static func collapseKeepingLines(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var l = Substring(line)
                while let last = l.last, last.unicodeScalars.allSatisfy(isSpace) { l = l.dropLast() }
                return String(l)
            }
            .joined(separator: "\n")
            .trimming("\n")
    }

    /// The string without any white space (for comparisons that ignore layout).
    static func squeezed(_ s: String) -> String {
        var s = s
        return s.withUTF8 { b in
            let bytes = [UInt8](unsafeUninitializedCapacity: b.count) { out, count in
                var i = 0
                while i < b.count {
                    let space = spaceLength(b, at: i)
                    if space > 0 { i += space; continue }
                    out[count] = b[i]
                    count += 1
                    i += 1
                }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}

extension String {
    func trimming(_ chars: Character) -> String {
        var sub = Substring(self)
        while sub.first == chars { sub = sub.dropFirst() }
        while sub.last == chars { sub = sub.dropLast() }
        return String(sub)
    }
}

extension StringProtocol {
    /// The text without blanks (`WhitespaceNormalizer.isBlank`) at either end: what Foundation's
    /// `trimmingCharacters(in: .whitespaces)` gives, without bridging to `NSString` (which cost
    /// tens of thousands of instructions per call).
    func trimmingBlanks() -> String { String(self).trimmingScalars(where: WhitespaceNormalizer.isBlank) }

    /// The same for blanks and line ends (U+000A–U+000D, U+0085, U+2028, U+2029):
    /// `trimmingCharacters(in: .whitespacesAndNewlines)`.
    func trimmingWhitespace() -> String {
        String(self).trimmingScalars { u in
            switch u.value {
            case 0x0A...0x0D, 0x85, 0x2028, 0x2029: return true
            default: return WhitespaceNormalizer.isBlank(u)
            }
        }
    }
}

extension WhitespaceNormalizer {
    /// Tab, the Unicode space separators and U+200B: the characters of Foundation's
    /// `.whitespaces` (checked in the tests against Foundation itself).
    static func isBlank(_ u: Unicode.Scalar) -> Bool {
        switch u.value {
        case 0x09, 0x20, 0xA0, 0x1680, 0x2000...0x200B, 0x202F, 0x205F, 0x3000: return true
        default: return false
        }
    }
}

extension String {
    fileprivate func trimmingScalars(where drop: (Unicode.Scalar) -> Bool) -> String {
        let scalars = unicodeScalars
        var lo = scalars.startIndex, hi = scalars.endIndex
        while lo < hi, drop(scalars[lo]) { lo = scalars.index(after: lo) }
        while hi > lo, drop(scalars[scalars.index(before: hi)]) { hi = scalars.index(before: hi) }
        if lo == scalars.startIndex && hi == scalars.endIndex { return self }
        return String(scalars[lo..<hi])
    }
}

/// What a collapsing pass (`WhitespaceNormalizer.collapse`) reports of each character it reads,
/// white space included, in order: an ASCII byte, a Han character (`TextStatistics.isHanLead`),
/// or another character, whose length in bytes it returns.
protocol CharacterObserver {
    mutating func ascii(_ c: UInt8)
    mutating func han(_ run: Int)
    mutating func character(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int
}

extension TextStatistics.Counter: CharacterObserver {}

/// Observes nothing: plain `collapse`.
struct NoCharacterObserver: CharacterObserver {
    @inline(__always) func ascii(_ c: UInt8) {}
    @inline(__always) func han(_ run: Int) {}
    @inline(__always) func character(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        UTF8Scan.characterLength(lead: b[i])
    }
}
