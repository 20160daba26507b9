#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// The one-line progress report on standard error: pages done, pages/s, MB/s, failures, and an
/// estimated time left when the total is known. Redrawn at most five times a second.
final class ProgressLine {
    private let start = Date()
    private var lastDraw = Date.distantPast
    private var drawn = false
    /// Pages in the run, when known in advance (folders, file lists).
    var totalPages: Int?
    /// Input bytes in the run, when known in advance (record files).
    var totalBytes: Int?

    /// Whether standard error is a terminal (the default for showing progress).
    static var standardErrorIsTerminal: Bool { isatty(2) != 0 }

    func update(pages: Int, bytes: Int, failed: Int, force: Bool = false) {
        let now = Date()
        guard force || now.timeIntervalSince(lastDraw) >= 0.2 else { return }
        lastDraw = now
        let line = Self.describe(pages: pages, bytes: bytes, failed: failed, elapsed: now.timeIntervalSince(start),
                                 totalPages: totalPages, totalBytes: totalBytes)
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + line).utf8))
        drawn = true
    }

    /// Clears the line before the summary is printed.
    func clear() {
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    static func describe(pages: Int, bytes: Int, failed: Int, elapsed: TimeInterval, totalPages: Int?, totalBytes: Int?) -> String {
        let t = max(elapsed, 0.001)
        var s = "pith: \(pages)"
        if let totalPages { s += "/\(totalPages)" }
        s += " pages  " + String(format: "%.0f pages/s  %.1f MB/s", Double(pages) / t, Double(bytes) / 1e6 / t)
        if failed > 0 { s += "  \(failed) failed" }
        var fraction: Double?
        if let totalPages, totalPages > 0, pages > 0 { fraction = Double(pages) / Double(totalPages) }
        else if let totalBytes, totalBytes > 0, bytes > 0 { fraction = min(1, Double(bytes) / Double(totalBytes)) }
        if let f = fraction, f > 0 {
            let left = Int(t / f - t)
            s += String(format: "  ETA %d:%02d", left / 60, left % 60)
        }
        return s
    }
}
