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
    /// `ids[offsets[s]..<offsets[s + 1]]`: the phrases (three bytes or longer) filed in slot `s`,
    /// in ascending id order.
    private let offsets: [Int32]
    private let ids: [Int32]
    /// Phrases of one or two bytes.
    private let shortIDs: [Int]

    init(_ phrases: [[UInt8]]) {
        self.phrases = phrases
        var buckets = [[Int32]](repeating: [], count: Self.slots)
        var short: [Int] = []
        for (id, p) in phrases.enumerated() {
            // The scan skips positions inside a character: a phrase that would start at one (not
            // UTF-8 text) is searched for directly, like the short ones.
            if p.count >= 3 && p[0] & 0xC0 != 0x80 {
                buckets[Self.slot(p[0], p[1], p[2])].append(Int32(id))
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
        self.shortIDs = short
    }

    @inline(__always)
    private static func slot(_ a: UInt8, _ b: UInt8, _ c: UInt8) -> Int {
        (Int(a) &* 961 &+ Int(b) &* 31 &+ Int(c)) & (slots - 1)
    }

    /// The smallest id of a phrase that occurs in `block` and satisfies `accept`, or nil.
    func firstMatch(in block: [UInt8], accept: (Int) -> Bool) -> Int? {
        var best = Int.max
        forEachOccurrence(in: block) { id in
            if id < best && accept(id) { best = id }
        }
        return best == Int.max ? nil : best
    }

    /// Calls `found` with the id of every phrase that occurs in `block` (once per occurrence).
    func forEachOccurrence(in block: [UInt8], _ found: (Int) -> Void) {
        let n = block.count
        block.withUnsafeBufferPointer { b in
            offsets.withUnsafeBufferPointer { off in
                ids.withUnsafeBufferPointer { idp in
                    var i = 0
                    while i + 2 < n {
                        // Phrases are UTF-8 text: none starts inside a character.
                        if b[i] & 0xC0 == 0x80 { i += 1; continue }
                        let s = Self.slot(b[i], b[i + 1], b[i + 2])
                        var k = Int(off[s])
                        let end = Int(off[s + 1])
                        while k < end {
                            let id = Int(idp[k])
                            if Self.occurs(phrases[id], in: b, at: i) { found(id) }
                            k += 1
                        }
                        i += 1
                    }
                }
            }
        }
        for id in shortIDs where ByteSearch.contains(block, phrases[id]) { found(id) }
    }

    @inline(__always)
    private static func occurs(_ phrase: [UInt8], in b: UnsafeBufferPointer<UInt8>, at i: Int) -> Bool {
        let m = phrase.count
        guard i + m <= b.count else { return false }
        return phrase.withUnsafeBufferPointer { p in
            var k = 0
            while k < m && p[k] == b[i + k] { k += 1 }
            return k == m
        }
    }
}
