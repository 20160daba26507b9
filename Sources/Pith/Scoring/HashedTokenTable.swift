/// A read-only table from a token's 64-bit hash (already computed, and already well mixed) to a
/// value: open addressing with linear probing over a power-of-two array. A `Dictionary` would
/// hash the hash again with SipHash on every lookup — class and id tokens are looked up for
/// every element of every page.
struct HashedTokenTable<Value: Sendable>: Sendable {
    private var keys: [UInt64]
    private var values: [Value?]
    private let mask: Int

    init(_ entries: [(UInt64, Value)]) {
        var capacity = 16
        while capacity < entries.count * 4 { capacity <<= 1 }
        keys = [UInt64](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        mask = capacity - 1
        for (key, value) in entries {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while values[slot] != nil && keys[slot] != key { slot = (slot + 1) & mask }
            if values[slot] == nil {   // the first entry for a key wins
                keys[slot] = key
                values[slot] = value
            }
        }
    }

    /// The value filed under `key`, or nil.
    @inline(__always)
    func value(for key: UInt64) -> Value? {
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while let v = values[slot] {
            if keys[slot] == key { return v }
            slot = (slot + 1) & mask
        }
        return nil
    }
}
