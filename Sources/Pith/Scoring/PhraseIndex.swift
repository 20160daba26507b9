/// Finds which of many short byte phrases occur in a block, in one pass over the block.
///
/// Phrases are filed by a hash of their first three bytes (a CJK character, or three letters):
/// at each position of the block one slot is looked up and only the phrases filed there are
/// compared. Shorter phrases are few and are searched for directly. Used by
/// `BoilerplateLexicon`, whose hundreds of phrases were otherwise each searched for in every
/// block of every page.
struct PhraseIndex: Sendable {
    private static let slots = 4096

    private let phrases: [[UInt8]]
    /// The phrases' bytes end to end: phrase `id` is `flat[starts[id]..<starts[id + 1]]`.
    private let flat: [UInt8]
    private let starts: [Int32]
    /// A bit per 16-bit key of a first three bytes (`key`) that some phrase starts with: most
    /// positions of a block are ruled out by this one load (8 KB, it stays in the cache) before
    /// any slot is read. Without it every CJK character found phrases filed in its slot.
    private let filter: [UInt64]
    /// `ids[offsets[s]..<offsets[s + 1]]`: the phrases (three bytes or longer) filed in slot `s`,
    /// in ascending id order.
    private let offsets: [Int32]
    private let ids: [Int32]
    /// Phrases of one or two bytes.
    private let shortIDs: [Int]

    init(_ phrases: [[UInt8]]) {
        self.phrases = phrases
        var buckets = [[Int32]](repeating: [], count: Self.slots)
        var filter = [UInt64](repeating: 0, count: 65536 / 64)
        var short: [Int] = []
        for (id, p) in phrases.enumerated() {
            // The scan skips positions inside a character: a phrase that would start at one (not
            // UTF-8 text) is searched for directly, like the short ones.
            if p.count >= 3 && p[0] & 0xC0 != 0x80 {
                let k = Self.key(p[0], p[1], p[2])
                filter[k >> 6] |= 1 << UInt64(k & 63)
                buckets[k & (Self.slots - 1)].append(Int32(id))
            } else if !p.isEmpty {
                short.append(id)
            }
        }
        var offsets: [Int32] = [0]
        var ids: [Int32] = []
        for b in buckets {
            ids += b
            offsets.append(Int32(ids.count))
        }
        self.offsets = offsets
        self.ids = ids
        self.filter = filter
        self.shortIDs = short
        self.flat = phrases.flatMap { $0 }
        var starts: [Int32] = [0]
        for p in phrases { starts.append(starts.last! + Int32(p.count)) }
        self.starts = starts
    }

    /// A 16-bit key of three bytes (a multiplicative hash; the slot is its low bits).
    @inline(__always)
    private static func key(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        let x = UInt32(a) | UInt32(b) << 8 | UInt32(c) << 16
        return Int((x &* 0x9E37_79B1) >> 16)
    }

    /// Calls `found` with the id of every phrase that occurs in `b` (once per occurrence).
    func forEachOccurrence(in b: UnsafeBufferPointer<UInt8>, _ found: (Int) -> Void) {
        let n = b.count
        filter.withUnsafeBufferPointer { bits in
            offsets.withUnsafeBufferPointer { off in
                ids.withUnsafeBufferPointer { idp in
                    flat.withUnsafeBufferPointer { flat in
                        starts.withUnsafeBufferPointer { starts in
                            var i = 0
                            while i + 2 < n {
                                // Phrases are UTF-8 text: none starts inside a character. The
                                // block is too (a string's bytes): from a lead byte the scan steps
                                // over the whole character.
                                let c = b[i]
                                if c & 0xC0 == 0x80 { i += 1; continue }
                                let k = Self.key(c, b[i + 1], b[i + 2])
                                if bits[k >> 6] & (1 << UInt64(k & 63)) == 0 { i += UTF8Scan.characterLength(lead: c); continue }
                                let s = k & (Self.slots - 1)
                                var j = Int(off[s])
                                let end = Int(off[s + 1])
                                while j < end {
                                    let id = Int(idp[j])
                                    let from = Int(starts[id]), m = Int(starts[id + 1]) - from
                                    if i + m <= n {
                                        var q = 0
                                        while q < m && flat[from + q] == b[i + q] { q += 1 }
                                        if q == m { found(id) }
                                    }
                                    j += 1
                                }
                                i += UTF8Scan.characterLength(lead: c)
                            }
                        }
                    }
                }
            }
        }
        for id in shortIDs where ByteSearch.contains(b, phrases[id]) { found(id) }
    }
}
