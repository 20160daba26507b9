import CZlib
import Foundation

/// Whole-file gzip inflation for `ID.html.gz` pages (WCXB stores its pages gzipped).
enum Inflate {
    struct Failure: Error, CustomStringConvertible { var description: String }

    static func gunzip(_ data: Data) throws -> Data {
        var stream = z_stream()
        guard pith_inflate_init(&stream) == Z_OK else { throw Failure(description: "zlib could not start") }
        defer { inflateEnd(&stream) }
        var out = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 18)
        var input = [UInt8](data)
        let status: Int32 = input.withUnsafeMutableBufferPointer { inBuf in
            stream.next_in = inBuf.baseAddress
            stream.avail_in = uInt(inBuf.count)
            while true {
                let r: Int32 = chunk.withUnsafeMutableBufferPointer { outBuf in
                    stream.next_out = outBuf.baseAddress
                    stream.avail_out = uInt(outBuf.count)
                    let r = inflate(&stream, Z_NO_FLUSH)
                    out.append(outBuf.baseAddress!, count: outBuf.count - Int(stream.avail_out))
                    return r
                }
                if r == Z_STREAM_END { return Z_STREAM_END }
                if r != Z_OK { return r }
            }
        }
        guard status == Z_STREAM_END else { throw Failure(description: "broken gzip data (\(status))") }
        return out
    }
}
