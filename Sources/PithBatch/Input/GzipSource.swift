import CZlib
import Pith

/// Inflates a gzip (or zlib) stream from another source, chunk by chunk, through zlib.
/// Concatenated gzip members — how Common Crawl stores one WARC record per member — are read
/// one after the other as a single stream.
final class GzipSource: ByteSource {
    private let inner: ByteSource
    private let stream: UnsafeMutablePointer<z_stream>
    private var input: UnsafeMutableRawBufferPointer
    private var initialized = false
    private var innerDone = false
    private var finishedMember = false
    private var ended = false
    /// Compressed bytes taken from `inner` so far.
    private var innerRead = 0
    /// Where the member being inflated starts in `input`, while it is still there: damage is
    /// searched for the next member from just after it, not from where zlib gave up (which may
    /// be inside the next member already).
    private var memberStart: UnsafeMutablePointer<Bytef>?
    var bytesConsumed: Int { inner.bytesConsumed }
    /// When true (WARC files, one record per member), damage inside a member or junk between
    /// members does not end the stream: the bytes up to the next member's header are skipped and
    /// the damage is kept for `takeDamage()`. When false, damage throws.
    var recoversAtNextMember = false
    private var damage: [Damage] = []

    /// A stretch of the compressed file that could not be inflated.
    struct Damage {
        var compressedOffset: Int
        var message: String
    }

    /// The damage seen since the last call.
    func takeDamage() -> [Damage] {
        defer { damage.removeAll() }
        return damage
    }

    /// Compressed bytes of the file before `inner`'s first (when another inflater read them).
    var offsetBase = 0

    /// Where `next_in` is in the compressed file.
    private var compressedOffset: Int { offsetBase + innerRead - Int(stream.pointee.avail_in) }

    /// Skips compressed bytes up to the next gzip member header (1F 8B 08) and restarts zlib
    /// there. False at the end of the input. Returns the bytes skipped through `skippedBytes`.
    private func resynchronize(skippedBytes: inout Int, nonZero: inout Bool) throws -> Bool {
        while true {
            let avail = Int(stream.pointee.avail_in)
            if avail >= 3, let next = stream.pointee.next_in {
                let window = UnsafeBufferPointer(start: next, count: avail)
                var i = 0
                while i + 2 < avail {
                    if window[i] == 0x1F && window[i + 1] == 0x8B && window[i + 2] == 0x08 { break }
                    if window[i] != 0 { nonZero = true }
                    i += 1
                }
                if i + 2 < avail {
                    skippedBytes += i
                    stream.pointee.next_in = next + i
                    stream.pointee.avail_in = uInt(avail - i)
                    inflateReset(stream)
                    finishedMember = false
                    memberStart = stream.pointee.next_in
                    return true
                }
                // Keep the last two bytes (a header may start there) and read on.
                skippedBytes += i
                input.baseAddress!.copyMemory(from: UnsafeRawPointer(next + i), byteCount: avail - i)
                stream.pointee.avail_in = uInt(avail - i)
            } else if let next = stream.pointee.next_in, avail > 0 {
                input.baseAddress!.copyMemory(from: UnsafeRawPointer(next), byteCount: avail)
            }
            let kept = Int(stream.pointee.avail_in)
            if innerDone { skippedBytes += kept; return false }
            let n = try inner.read(into: UnsafeMutableRawBufferPointer(rebasing: input[kept...]))
            if n == 0 { innerDone = true; skippedBytes += kept; return false }
            innerRead += n
            stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = uInt(kept + n)
        }
    }

    /// - Parameter afterMember: the stream starts after a complete member (another inflater read
    ///   the ones before), so bytes that are no gzip there are trailing junk, not a bad file.
    init(_ inner: ByteSource, chunkSize: Int = 1 << 16, afterMember: Bool = false) throws {
        self.inner = inner
        finishedMember = afterMember
        input = .allocate(byteCount: chunkSize, alignment: 1)
        // zlib checks that the stream never moves, so it lives at a fixed address.
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        guard pith_inflate_init(stream) == Z_OK else {
            input.deallocate()
            stream.deallocate()
            throw InputError("zlib could not start")
        }
        initialized = true
    }

    deinit {
        if initialized { inflateEnd(stream) }
        input.deallocate()
        stream.deallocate()
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        guard buffer.count > 0 else { return 0 }
        while true {
            if ended { return 0 }
            if stream.pointee.avail_in == 0 && !innerDone {
                let n = try inner.read(into: input)
                innerRead += n
                if n == 0 { innerDone = true } else {
                    stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_in = uInt(n)
                    memberStart = innerRead == n ? stream.pointee.next_in : nil
                }
            }
            if stream.pointee.avail_in == 0 && innerDone {
                if finishedMember { return 0 }
                if recoversAtNextMember {
                    damage.append(Damage(compressedOffset: compressedOffset,
                                         message: "the file ends inside a gzip member (at compressed offset \(compressedOffset))"))
                    ended = true
                    return 0
                }
                throw InputError("truncated gzip stream")
            }
            var startedMember = false
            if finishedMember {
                // Another member follows the one that ended: start it afresh.
                inflateReset(stream)
                finishedMember = false
                startedMember = true
                memberStart = stream.pointee.next_in
            }
            stream.pointee.next_out = buffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = uInt(buffer.count)
            let status = inflate(stream, Z_NO_FLUSH)
            let produced = buffer.count - Int(stream.pointee.avail_out)
            switch status {
            case Z_STREAM_END:
                finishedMember = true
            case Z_OK, Z_BUF_ERROR:
                break
            default:
                if recoversAtNextMember {
                    // Skip to the next member; what was inflated of this one stays (the WARC
                    // reader finds the record it cut short).
                    let at = compressedOffset
                    if let m = memberStart, let next = stream.pointee.next_in, m < next {
                        // Search again from just after the damaged member's header.
                        let back = next - (m + 1)
                        stream.pointee.next_in = m + 1
                        stream.pointee.avail_in += uInt(back)
                    }
                    memberStart = nil
                    var skippedBytes = 0, nonZero = false
                    let found = try resynchronize(skippedBytes: &skippedBytes, nonZero: &nonZero)
                    if !(startedMember && produced == 0 && !found && !nonZero) {
                        let what = startedMember && produced == 0 ? "bytes that are not gzip data" : "a corrupt gzip member"
                        damage.append(Damage(compressedOffset: at,
                                             message: "\(what) at compressed offset \(at): \(skippedBytes) bytes skipped"
                                                 + (found ? " to the next member" : " to the end of the file")))
                    }
                    if !found { ended = true }
                    if produced > 0 { return produced }
                    continue
                }
                // Padding or junk after a complete member ends the stream; inside one it is damage.
                if startedMember && produced == 0 { ended = true; return 0 }
                throw InputError("corrupt gzip data")
            }
            if produced > 0 { return produced }
        }
    }

    /// Inflates a whole gzip, zlib or raw-deflate buffer in memory, refusing to grow past `limit`.
    static func inflateAll(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        let isWrapped = bytes.count >= 2 && ((bytes[0] == 0x1F && bytes[1] == 0x8B) || (bytes[0] & 0x0F) == 8 && (UInt16(bytes[0]) << 8 | UInt16(bytes[1])) % 31 == 0)
        if isWrapped {
            let g = try GzipSource(MemorySource(bytes))
            return try readAll(g, limit: limit)
        }
        return try RawDeflate.inflate(bytes, limit: limit)
    }

    static func readAll(_ source: ByteSource, limit: Int) throws -> [UInt8] {
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = try chunk.withUnsafeMutableBytes { try source.read(into: $0) }
            if n == 0 { return out }
            out.append(contentsOf: chunk[0..<n])
            if out.count > limit { throw PithError.inputTooLarge(bytes: out.count, limit: limit) }
        }
    }
}

/// Raw deflate streams (no header), as some servers send "Content-Encoding: deflate".
enum RawDeflate {
    static func inflate(_ bytes: [UInt8], limit: Int) throws -> [UInt8] {
        let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        stream.initialize(to: z_stream())
        defer { stream.deallocate() }
        guard pith_inflate_init_raw(stream) == Z_OK else { throw InputError("zlib could not start") }
        defer { inflateEnd(stream) }
        var out: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        return try input.withUnsafeMutableBytes { inp -> [UInt8] in
            stream.pointee.next_in = inp.baseAddress?.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = uInt(inp.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBytes { c -> (Int32, Int) in
                    stream.pointee.next_out = c.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_out = uInt(c.count)
                    let s = CZlib.inflate(stream, Z_NO_FLUSH)
                    return (s, c.count - Int(stream.pointee.avail_out))
                }
                out.append(contentsOf: chunk[0..<produced])
                if out.count > limit { throw PithError.inputTooLarge(bytes: out.count, limit: limit) }
                if status == Z_STREAM_END { return out }
                if status != Z_OK { throw InputError("corrupt deflate data") }
                if produced == 0 && stream.pointee.avail_in == 0 { throw InputError("truncated deflate data") }
            }
        }
    }
}
