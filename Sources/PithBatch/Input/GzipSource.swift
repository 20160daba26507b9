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
    var bytesConsumed: Int { inner.bytesConsumed }

    init(_ inner: ByteSource, chunkSize: Int = 1 << 16) throws {
        self.inner = inner
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
                if n == 0 { innerDone = true } else {
                    stream.pointee.next_in = input.baseAddress!.assumingMemoryBound(to: Bytef.self)
                    stream.pointee.avail_in = uInt(n)
                }
            }
            if stream.pointee.avail_in == 0 && innerDone {
                if finishedMember { return 0 }
                throw InputError("truncated gzip stream")
            }
            var startedMember = false
            if finishedMember {
                // Another member follows the one that ended: start it afresh.
                inflateReset(stream)
                finishedMember = false
                startedMember = true
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
