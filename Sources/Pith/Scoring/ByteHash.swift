/// A 64-bit hash of bytes read eight at a time, for tables keyed by a page's own values (the
/// class/id memo, the teaser groups): one multiply per word where FNV-1a spends one per byte,
/// each waiting on the last.
///
/// Each step multiplies the state, xor-ed with the next word, by an odd constant to 128 bits
/// and folds the halves (the mixing step of the published wyhash/mum family of hashes; the
/// constant is 2⁶⁴ over the golden ratio). The length is mixed in first, so `"a"` and `"a\0"`
/// differ. Not for adversarial keys: the tables that use it only lose speed to a collision…
/// or, for the memo, give one pair the judgement of another, a chance of about n²/2⁶⁵.
enum ByteHash {
    static let seed: UInt64 = 0x243F_6A88_85A3_08D3

    @inline(__always)
    static func mix(_ h: UInt64, _ w: UInt64) -> UInt64 {
        let m = (h ^ w).multipliedFullWidth(by: 0x9E37_79B9_7F4A_7C15)
        return m.high ^ m.low
    }

    /// The hash of `bytes`, continuing from `h`.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>, continuing h: UInt64 = seed) -> UInt64 {
        let n = bytes.count
        var h = mix(h, UInt64(n) &+ 0x5851_F42D_4C95_7F2D)
        guard let base = bytes.baseAddress, n > 0 else { return h }
        let raw = UnsafeRawPointer(base)
        var i = 0
        while i + 8 <= n {
            h = mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        if i < n {
            var w: UInt64 = 0
            var shift: UInt64 = 0
            while i < n { w |= UInt64(base[i]) << shift; shift += 8; i += 1 }
            h = mix(h, w)
        }
        return h
    }
}
