import Testing
@testable import Pith

struct ByteHashTests {
    static func hash(_ bytes: [UInt8]) -> UInt64 { bytes.withUnsafeBufferPointer { ByteHash.hash($0) } }

    /// Every byte of every length up to three words changes the hash, and so does the length
    /// alone (trailing zero bytes, which the last partial word would otherwise hide).
    @Test func everyByteAndTheLengthCount() {
        var seen: Set<UInt64> = []
        for length in 0...24 {
            let base = [UInt8](repeating: 0x61, count: length)
            #expect(seen.insert(Self.hash(base)).inserted, "length \(length)")
            #expect(Self.hash(base + [0]) != Self.hash(base))
            for k in 0..<length {
                var changed = base
                changed[k] = 0x62
                #expect(seen.insert(Self.hash(changed)).inserted, "length \(length), byte \(k)")
            }
        }
    }

    /// No collision among many values shaped like class names; the same bytes give the same hash
    /// wherever they sit in memory.
    @Test func classLikeValuesDoNotCollide() {
        var seen: [UInt64: String] = [:]
        for k in 0..<20_000 {
            let value = "col-md-\(k % 12) item item-\(k) \(k % 7 == 0 ? "share-bar" : "post")"
            let h = Self.hash(Array(value.utf8))
            #expect(seen[h] == nil || seen[h] == value, "\(value) / \(seen[h] ?? "")")
            seen[h] = value
            let shifted = Array("xyz\(value)".utf8)
            #expect(shifted.withUnsafeBufferPointer { ByteHash.hash(UnsafeBufferPointer(rebasing: $0[3...])) } == h)
        }
    }
}
