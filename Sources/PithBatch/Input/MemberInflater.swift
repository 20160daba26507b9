import CDeflate

/// Inflates a gzip file member by member with libdeflate: each member (in a `.warc.gz`, one
/// record) is decoded whole from the compressed buffer into an output buffer, in one call, with no
/// per-byte work — two to three times zlib's streaming speed.
///
/// When a member does not fit the bounds (more than `maxCompressed` compressed or `maxInflated`
/// inflated bytes: one huge member, as a single-member `.jsonl.gz` may be) or does not decode
/// (damage, or a file cut short), the rest of the file is read through `GzipSource`, zlib's
/// streaming inflater, which reads any length and finds its way past damage.
final class MemberInflater: ByteSource, InflatingSource {
    private let inner: ByteSource
    private let decompressor: OpaquePointer
    private var compressed: UnsafeMutableRawPointer
    private var compressedCapacity: Int
    private var compressedStart = 0
    private var compressedEnd = 0
    private var inflated: UnsafeMutableRawPointer
    private var inflatedCapacity: Int
    private var inflatedStart = 0
    private var inflatedEnd = 0
    private var innerDone = false
    /// Compressed bytes handed to libdeflate and decoded so far (for offsets in damage reports).
    private var compressedDone = 0
    private var fallback: GzipSource?
    private let maxCompressed: Int
    private let maxInflated: Int
    /// Passed on to the zlib fallback: read on past damage (WARC) or throw.
    var recoversAtNextMember = false

    var bytesConsumed: Int { inner.bytesConsumed }

    init(_ inner: ByteSource, maxCompressed: Int = 4 << 20, maxInflated: Int = 8 << 20) throws {
        guard let d = libdeflate_alloc_decompressor() else { throw InputError("libdeflate could not start") }
        self.inner = inner
        decompressor = d
        self.maxCompressed = maxCompressed
        self.maxInflated = maxInflated
        compressedCapacity = min(1 << 20, maxCompressed)
        compressed = .allocate(byteCount: compressedCapacity, alignment: 16)
        inflatedCapacity = min(1 << 21, maxInflated)
        inflated = .allocate(byteCount: inflatedCapacity, alignment: 16)
    }

    deinit {
        libdeflate_free_decompressor(decompressor)
        compressed.deallocate()
        inflated.deallocate()
    }

    func takeDamage() -> [GzipSource.Damage] { fallback?.takeDamage() ?? [] }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            if inflatedStart < inflatedEnd {
                let n = min(buffer.count, inflatedEnd - inflatedStart)
                buffer.baseAddress!.copyMemory(from: inflated + inflatedStart, byteCount: n)
                inflatedStart += n
                return n
            }
            if let fallback { return try fallback.read(into: buffer) }
            if compressedStart == compressedEnd, !(try refill()) { return 0 }
            var usedIn = 0, usedOut = 0
            let status = libdeflate_gzip_decompress_ex(decompressor, compressed + compressedStart, compressedEnd - compressedStart,
                                                       inflated, inflatedCapacity, &usedIn, &usedOut)
            switch status {
            case LIBDEFLATE_SUCCESS:
                compressedStart += usedIn
                compressedDone += usedIn
                inflatedStart = 0
                inflatedEnd = usedOut
            case LIBDEFLATE_INSUFFICIENT_SPACE where inflatedCapacity < maxInflated:
                inflated.deallocate()
                inflatedCapacity = min(inflatedCapacity * 2, maxInflated)
                inflated = .allocate(byteCount: inflatedCapacity, alignment: 16)
            case LIBDEFLATE_INSUFFICIENT_SPACE:
                // A member past the output bound (one huge member: a single-member .jsonl.gz).
                try switchToZlib()
            default:
                // Bad data: maybe only the member's end is not read yet. Read on while the bounds
                // allow; past them, or at the end of the file, zlib takes over.
                if !innerDone, compressedEnd - compressedStart < maxCompressed, try refill() { continue }
                try switchToZlib()
            }
        }
    }

    /// Reads more compressed bytes behind the unread ones (moving them to the front, growing the
    /// buffer up to `maxCompressed`). False when nothing more could be read.
    private func refill() throws -> Bool {
        if innerDone { return false }
        if compressedStart > 0 {
            if compressedEnd > compressedStart {
                compressed.copyMemory(from: compressed + compressedStart, byteCount: compressedEnd - compressedStart)
            }
            compressedEnd -= compressedStart
            compressedStart = 0
        }
        if compressedEnd == compressedCapacity {
            guard compressedCapacity < maxCompressed else { return false }
            let bigger = UnsafeMutableRawPointer.allocate(byteCount: min(compressedCapacity * 2, maxCompressed), alignment: 16)
            bigger.copyMemory(from: compressed, byteCount: compressedEnd)
            compressed.deallocate()
            compressed = bigger
            compressedCapacity = min(compressedCapacity * 2, maxCompressed)
        }
        let n = try inner.read(into: UnsafeMutableRawBufferPointer(start: compressed + compressedEnd, count: compressedCapacity - compressedEnd))
        if n == 0 { innerDone = true; return false }
        compressedEnd += n
        return true
    }

    /// Hands the rest of the file, from the member that would not decode, to zlib.
    private func switchToZlib() throws {
        let rest = Array(UnsafeRawBufferPointer(start: compressed + compressedStart, count: compressedEnd - compressedStart))
        compressedStart = 0
        compressedEnd = 0
        // zlib brings its own buffers: these go, so a long run keeps no 40 MB it no longer uses.
        compressed.deallocate()
        compressed = .allocate(byteCount: 1, alignment: 16)
        compressedCapacity = 1
        inflated.deallocate()
        inflated = .allocate(byteCount: 1, alignment: 16)
        inflatedCapacity = 1
        inflatedStart = 0
        inflatedEnd = 0
        let z = try GzipSource(ChainedSource(first: rest, then: inner), afterMember: compressedDone > 0)
        z.recoversAtNextMember = recoversAtNextMember
        z.offsetBase = compressedDone
        fallback = z
    }
}

/// Something that inflates and can tell the damage it read past.
protocol InflatingSource: ByteSource {
    func takeDamage() -> [GzipSource.Damage]
}

extension GzipSource: InflatingSource {}

/// Bytes in memory, then another source.
final class ChainedSource: ByteSource {
    private let first: [UInt8]
    private var offset = 0
    private let then: ByteSource
    var bytesConsumed: Int { then.bytesConsumed }

    init(first: [UInt8], then: ByteSource) {
        self.first = first
        self.then = then
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        if offset < first.count {
            let n = min(buffer.count, first.count - offset)
            first.withUnsafeBytes { b in
                buffer.baseAddress!.copyMemory(from: b.baseAddress! + offset, byteCount: n)
            }
            offset += n
            return n
        }
        return try then.read(into: buffer)
    }
}
