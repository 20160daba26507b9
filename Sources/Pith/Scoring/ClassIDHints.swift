/// Class and id vocabulary, loaded from `Resources/hints.txt`: which tokens mark navigation,
/// comments, share bars… and which mark likely content.
struct ClassIDHints: Sendable {
    private(set) var removal: [String: RemovalReason] = [:]
    private(set) var positive: Set<String> = []
    /// Tokens that mark quoted content whatever else the class says (`social-media-embed`,
    /// `twitter-tweet`): an embedded post is part of the story that quotes it.
    private(set) var keep: Set<String> = []

    /// The same vocabulary by the 64-bit FNV-1a hash of each token, so that a class value is
    /// judged in one pass over its bytes with no string built (a false match needs a 64-bit
    /// collision with one of a few hundred tokens).
    private var removalByHash = HashedTokenTable<RemovalReason>([])
    private var keepHashes = HashedTokenTable<Bool>([])
    /// Tokens of elements that are furniture only while they are small (`[tooltip]`: a tooltip's
    /// content is a line or two; a table classed `js-dataTooltip` whose rows show tooltips is
    /// the page's list).
    private(set) var smallOnly: Set<String> = []
    private var smallOnlyHashes = HashedTokenTable<Bool>([])

    init(removal: [String: RemovalReason], positive: Set<String>, keep: Set<String> = [], smallOnly: Set<String> = []) {
        self.removal = removal
        self.positive = positive
        self.keep = keep
        self.smallOnly = smallOnly
        removalByHash = HashedTokenTable(removal.map { (Self.hash($0.key.utf8), $0.value) })
        keepHashes = HashedTokenTable(keep.map { (Self.hash($0.utf8), true) })
        smallOnlyHashes = HashedTokenTable(smallOnly.map { (Self.hash($0.utf8), true) })
    }

    /// True when the values' first removal token is a `[tooltip]` one (asked only of marked
    /// elements, rarely).
    func firstMatchIsSmallOnly(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?) -> Bool {
        guard !smallOnly.isEmpty else { return false }
        var sink = HashingSink(removalByHash: removalByHash, keepHashes: keepHashes, smallOnlyHashes: smallOnlyHashes)
        Self.scan(first, into: &sink)
        if let second { Self.scan(second, into: &sink) }
        return sink.firstIsSmallOnly
    }

    /// The 64-bit FNV-1a hash of `bytes`; `continuing` a hash taken so far hashes the
    /// concatenation without building it.
    static func hash<S: Sequence>(_ bytes: S, continuing start: UInt64 = fnvOffset) -> UInt64 where S.Element == UInt8 {
        var h = start
        for b in bytes { h = (h ^ UInt64(b)) &* fnvPrime }
        return h
    }

    /// `hash` of a string's bytes, read in place.
    static func hash(_ utf8: String.UTF8View, continuing start: UInt64 = fnvOffset) -> UInt64 {
        utf8.withContiguousStorageIfAvailable { hash($0, continuing: start) } ?? hash(Array(utf8), continuing: start)
    }

    /// `hash` continued with a value no byte has (256 + `k`): marks where a part ends.
    static func mark(_ h: UInt64, _ k: UInt64) -> UInt64 { (h ^ (256 + k)) &* fnvPrime }

    private static let fnvOffset: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let fnvPrime: UInt64 = 0x0000_0100_0000_01b3

    static func load() throws -> ClassIDHints {
        parse(try ResourceLocator.text("hints.txt"))
    }

    static func parse(_ text: String) -> ClassIDHints {
        var removal: [String: RemovalReason] = [:]
        var positive: Set<String> = []
        var keep: Set<String> = []
        var smallOnly: Set<String> = []
        for (section, lines) in SectionedList.parse(text) {
            let tokens = lines.flatMap { $0.split(separator: " ").map { String($0).lowercased() } }
            if section == "positive" {
                positive.formUnion(tokens)
            } else if section == "keep" {
                keep.formUnion(tokens)
            } else if section == "tooltip" {
                smallOnly.formUnion(tokens)
                for t in tokens { removal[t] = .widget }
            } else {
                let reason = RemovalReason(rawValue: section) ?? .classHint
                for t in tokens { removal[t] = reason }
            }
        }
        return ClassIDHints(removal: removal, positive: positive, keep: keep, smallOnly: smallOnly)
    }

    /// The removal reason of two values' UTF-8 read as one, space-separated (`class`, then
    /// `id`), without joining them; nil when none (or a `[keep]` token vetoes it).
    func removalReason(_ first: UnsafeBufferPointer<UInt8>, _ second: UnsafeBufferPointer<UInt8>?) -> RemovalReason? {
        // The tokens of `tokens(_:)`, hashed as they are read: no strings built.
        var sink = HashingSink(removalByHash: removalByHash, keepHashes: keepHashes)
        Self.scan(first, into: &sink)
        if let second { Self.scan(second, into: &sink) }
        return sink.vetoed ? nil : sink.first
    }

    /// True when the class/id value suggests content.
    func isPositive(classAndID value: String) -> Bool {
        Self.tokens(value).contains { positive.contains($0) }
    }

    /// `"share-bar articleBody"` → `["share", "bar", "sharebar", "article", "body", "articlebody"]`.
    /// Works on UTF-8 bytes: ASCII letters and digits form tokens, a lower-to-upper case change
    /// starts a new one, any other ASCII byte separates; non-ASCII bytes count as letters.
    static func tokens(_ value: String) -> [String] {
        var sink = StringSink()
        scan(value, into: &sink)
        return sink.out
    }

    /// What the scanner reports: a lower-cased byte of the current token (and of the current
    /// whole name), the end of a token, the end of a whole class name.
    protocol TokenSink {
        mutating func add(_ byte: UInt8)
        mutating func endToken()
        mutating func endName()
    }

    /// The one definition of how class/id values split into tokens, for every reader of them.
    static func scan<S: TokenSink>(_ value: String, into sink: inout S) {
        var value = value
        value.withUTF8 { scan($0, into: &sink) }
    }

    static func scan<S: TokenSink>(_ bytes: UnsafeBufferPointer<UInt8>, into sink: inout S) {
        var previousWasLower = false
        for byte in bytes {
            switch byte {
            case 0x41...0x5A:  // upper case: a hump after lower case starts a token
                if previousWasLower { sink.endToken() }
                sink.add(byte + 32); previousWasLower = false
            case 0x61...0x7A:
                sink.add(byte); previousWasLower = true
            case 0x30...0x39, 0x80...0xFF:
                sink.add(byte)
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
                sink.endName(); previousWasLower = false
            default:
                sink.endToken(); previousWasLower = false
            }
        }
        sink.endName()
    }

    /// Collects tokens and whole names as strings (a name equal to its only token once).
    private struct StringSink: TokenSink {
        var out: [String] = []
        var current: [UInt8] = []
        var joined: [UInt8] = []
        mutating func add(_ byte: UInt8) { current.append(byte); joined.append(byte) }
        mutating func endToken() {
            if !current.isEmpty { out.append(String(decoding: current, as: UTF8.self)); current.removeAll(keepingCapacity: true) }
        }
        mutating func endName() {
            endToken()
            if !joined.isEmpty {
                let j = String(decoding: joined, as: UTF8.self)
                if out.last != j { out.append(j) }
                joined.removeAll(keepingCapacity: true)
            }
        }
    }

    /// Hashes tokens and whole names (FNV-1a) as their bytes arrive and looks each one up: the
    /// first removal reason found, and whether a `[keep]` token vetoes it.
    private struct HashingSink: TokenSink {
        let removalByHash: HashedTokenTable<RemovalReason>
        let keepHashes: HashedTokenTable<Bool>
        var smallOnlyHashes: HashedTokenTable<Bool>? = nil
        var first: RemovalReason?
        var firstIsSmallOnly = false
        var vetoed = false
        var token = ClassIDHints.fnvOffset, tokenLength = 0
        var joined = ClassIDHints.fnvOffset, joinedLength = 0
        mutating func add(_ b: UInt8) {
            token = (token ^ UInt64(b)) &* ClassIDHints.fnvPrime; tokenLength += 1
            joined = (joined ^ UInt64(b)) &* ClassIDHints.fnvPrime; joinedLength += 1
        }
        mutating func judge(_ h: UInt64) {
            if keepHashes.value(for: h) != nil { vetoed = true }
            if first == nil, let r = removalByHash.value(for: h) {
                first = r
                firstIsSmallOnly = smallOnlyHashes?.value(for: h) != nil
            }
        }
        mutating func endToken() {
            if tokenLength > 0 { judge(token) }
            token = ClassIDHints.fnvOffset
            tokenLength = 0
        }
        mutating func endName() {
            endToken()
            if joinedLength > 0 { judge(joined) }
            joined = ClassIDHints.fnvOffset
            joinedLength = 0
        }
    }
}
