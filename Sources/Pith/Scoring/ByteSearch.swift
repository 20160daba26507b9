/// Substring search on UTF-8 bytes: the phrase and label scans run on every block of every
/// page, and Foundation's `String.contains` is far slower. Needles are short phrases, so a
/// first-byte scan with a compare is enough. Shared with the batch layer (`package`): its WARC
/// reader searches record bytes the same way.
package enum ByteSearch {
    static func contains(_ haystack: UnsafeBufferPointer<UInt8>, _ needle: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// Where `needle` first occurs in `haystack` (an offset into it), or nil.
    package static func firstIndex(of needle: [UInt8], in haystack: UnsafeBufferPointer<UInt8>) -> Int? {
        let n = needle.count, h = haystack.count
        guard n > 0 else { return 0 }
        guard h >= n else { return nil }
        return needle.withUnsafeBufferPointer { np in
            let first = np[0]
            var i = 0
            let last = h - n
            while i <= last {
                if haystack[i] == first {
                    var k = 1
                    while k < n, haystack[i + k] == np[k] { k += 1 }
                    if k == n { return i }
                }
                i += 1
            }
            return nil
        }
    }

    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        haystack.withUnsafeBufferPointer { contains($0, needle) }
    }

    /// True when `text` contains `needle` (lower-case ASCII) in any letter case, compared on
    /// bytes — for the checks that run on every attribute value or block.
    static func containsIgnoringASCIICase(_ text: String, _ needle: StaticString) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { containsIgnoringASCIICase($0, needle) }
            ?? text.lowercased().contains(String(describing: needle))
    }

    /// True when `h` starts with `prefix` (lower-case ASCII) in any letter case.
    @inline(__always)
    static func hasPrefixIgnoringASCIICase(_ h: UnsafeBufferPointer<UInt8>, _ prefix: StaticString) -> Bool {
        let m = prefix.utf8CodeUnitCount
        guard h.count >= m else { return false }
        let w = prefix.utf8Start
        for k in 0..<m {
            var b = h[k]
            if b >= 0x41 && b <= 0x5A { b |= 0x20 }
            if b != w[k] { return false }
        }
        return true
    }

    /// The same for a string's bytes.
    static func hasPrefixIgnoringASCIICase(_ text: String, _ prefix: StaticString) -> Bool {
        text.utf8.withContiguousStorageIfAvailable { hasPrefixIgnoringASCIICase($0, prefix) }
            ?? Array(text.utf8).withUnsafeBufferPointer { hasPrefixIgnoringASCIICase($0, prefix) }
    }

    /// The same on bytes.
    static func containsIgnoringASCIICase(_ h: UnsafeBufferPointer<UInt8>, _ needle: StaticString) -> Bool {
        let m = needle.utf8CodeUnitCount
        guard m > 0 else { return true }
        guard h.count >= m else { return false }
        let n = needle.utf8Start
        var i = 0
        while i <= h.count - m {
            var k = 0
            while k < m {
                var b = h[i + k]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != n[k] { break }
                k += 1
            }
            if k == m { return true }
            i += 1
        }
        return false
    }
}
