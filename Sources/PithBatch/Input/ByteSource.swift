#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Something bytes can be pulled from, a chunk at a time: a file, standard input, a gzip stream.
protocol ByteSource: AnyObject {
    /// Reads up to `buffer.count` bytes into `buffer`; returns how many, 0 at the end.
    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int
    /// Bytes consumed from the underlying file so far (compressed bytes for gzip), for progress.
    var bytesConsumed: Int { get }
}

/// Errors while reading inputs.
struct InputError: Error, CustomStringConvertible {
    let description: String
    init(_ d: String) { description = d }
}

/// A file descriptor read with `read(2)`; closes it when done if it opened it.
final class FileSource: ByteSource {
    private let fd: Int32
    private let owns: Bool
    private(set) var bytesConsumed = 0

    /// Opens `path` for reading ("-" is standard input).
    init(path: String) throws {
        if path == "-" {
            fd = 0
            owns = false
        } else {
            let f = open(path, O_RDONLY | O_CLOEXEC)
            guard f >= 0 else { throw InputError(String(cString: strerror(errno))) }
            var st = stat()
            if fstat(f, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
                close(f)
                throw InputError("is a directory")
            }
            fd = f
            owns = true
        }
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        while true {
            #if canImport(Glibc)
            let n = Glibc.read(fd, buffer.baseAddress, buffer.count)
            #else
            let n = Darwin.read(fd, buffer.baseAddress, buffer.count)
            #endif
            if n >= 0 { bytesConsumed += n; return n }
            if errno == EINTR { continue }
            throw InputError(String(cString: strerror(errno)))
        }
    }

    deinit { if owns { close(fd) } }
}

/// Bytes already in memory (tests, small payloads).
final class MemorySource: ByteSource {
    private let bytes: [UInt8]
    private var offset = 0
    var bytesConsumed: Int { offset }

    init(_ bytes: [UInt8]) { self.bytes = bytes }

    func read(into buffer: UnsafeMutableRawBufferPointer) throws -> Int {
        let n = min(buffer.count, bytes.count - offset)
        guard n > 0 else { return 0 }
        bytes.withUnsafeBytes { src in
            buffer.copyMemory(from: UnsafeRawBufferPointer(rebasing: src[offset..<offset + n]))
        }
        offset += n
        return n
    }
}
