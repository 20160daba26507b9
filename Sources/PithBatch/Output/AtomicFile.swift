#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes files so that a reader never sees half of one: the bytes go to a hidden temporary file
/// beside the target (`.NAME.pith-tmp-PID-N`), and the file is renamed over
/// the target. A run killed mid-way leaves at most such a temporary file, never a short output.
enum AtomicFile {
    static let temporaryMarker = ".pith-tmp-"
    private static let counter = Counter()

    static func write(_ bytes: some Collection<UInt8>, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let temp = folder + "/." + url.lastPathComponent + temporaryMarker + "\(getpid())-\(counter.next())"
        let fd = open(temp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw InputError("cannot create \(temp): \(String(cString: strerror(errno)))") }
        var ok = false
        defer {
            if !ok { unlink(temp) }
        }
        let array = Array(bytes)
        var written = 0
        try array.withUnsafeBytes { raw in
            while written < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + written, raw.count - written)
                if n < 0 {
                    if errno == EINTR { continue }
                    let message = String(cString: strerror(errno))
                    close(fd)
                    throw InputError("cannot write \(path): \(message)")
                }
                written += n
            }
        }
        // No fsync: rename is atomic against a killed process, which is what a resumed run needs;
        // syncing every page would cost more than cleaning it.
        close(fd)
        guard rename(temp, path) == 0 else {
            throw InputError("cannot rename onto \(path): \(String(cString: strerror(errno)))")
        }
        ok = true
    }

    /// Numbers temporary files uniquely within the process.
    final class Counter: @unchecked Sendable {
        private let lock = NSLock()
        private var value = 0
        func next() -> Int {
            lock.lock(); defer { lock.unlock() }
            value += 1
            return value
        }
    }
}

/// A stream output (one JSONL or text file for a whole run) written to a temporary file and
/// renamed into place when the run ends; standard output when no path is given.
final class StreamOutput {
    private let path: String?
    private let temp: String?
    private let handle: FileHandle

    init(path: String?) throws {
        self.path = path
        if let path {
            let url = URL(fileURLWithPath: path)
            let folder = url.deletingLastPathComponent().path
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            let t = folder + "/." + url.lastPathComponent + AtomicFile.temporaryMarker + "\(getpid())"
            guard FileManager.default.createFile(atPath: t, contents: nil), let h = FileHandle(forWritingAtPath: t) else {
                throw InputError("cannot create \(t)")
            }
            temp = t
            handle = h
        } else {
            temp = nil
            handle = FileHandle.standardOutput
        }
    }

    func write(_ s: String) {
        handle.write(Data(s.utf8))
    }

    /// Moves the finished output into place.
    func finish() throws {
        guard let path, let temp else { return }
        try handle.synchronize()
        try handle.close()
        guard rename(temp, path) == 0 else {
            throw InputError("cannot rename onto \(path): \(String(cString: strerror(errno)))")
        }
    }

    /// Drops an unfinished output (interrupted run).
    func abandon() {
        guard let temp else { return }
        try? handle.close()
        unlink(temp)
    }
}
