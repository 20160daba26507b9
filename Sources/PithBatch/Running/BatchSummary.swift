import Foundation

/// What a batch run did: pages read, written, empty, failed (grouped by reason), skipped
/// records, bytes and time.
public struct BatchSummary: Sendable, Equatable {
    /// Pages taken from the inputs (records that were pages, files).
    public var read = 0
    /// Outputs written (including empty ones).
    public var written = 0
    /// Pages whose body came out empty.
    public var empty = 0
    /// Pages that failed, by reason ("not HTML", "unreadable"…).
    public var failures: [String: Int] = [:]
    /// Pages skipped because their output already existed (`--skip-existing`).
    public var skippedExisting = 0
    /// Records that were not pages (WARC requests, images, error statuses…), by reason.
    public var skippedRecords: [String: Int] = [:]
    /// Symbolic links under a folder (`-r`) that were not followed, by why.
    public var skippedLinks: [String: Int] = [:]
    /// Sites whose template was used (learnt in the run or given).
    public var sitesWithTemplates = 0
    /// Input bytes of the pages read.
    public var bytes = 0
    /// Wall-clock seconds.
    public var seconds: Double = 0
    /// The signal that stopped the run early, if any.
    public var interruptedBy: Int32?

    /// Pages that failed, all reasons together.
    public var failed: Int { failures.values.reduce(0, +) }

    /// The summary as printed at the end of a run.
    public var description: String {
        var s = "pith: \(read) pages read, \(written) written, \(empty) empty, \(failed) failed"
        if skippedExisting > 0 { s += ", \(skippedExisting) already done" }
        let rate = seconds > 0 ? Double(read) / seconds : 0
        s += String(format: " in %.2f s (%.0f pages/s, %.1f MB/s)", seconds, rate, seconds > 0 ? Double(bytes) / 1e6 / seconds : 0)
        if !failures.isEmpty {
            s += "\n  failed: " + failures.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if !skippedRecords.isEmpty {
            s += "\n  records skipped: " + skippedRecords.sorted { $0.value > $1.value || $0.value == $1.value && $0.key < $1.key }
                .map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if sitesWithTemplates > 0 { s += "\n  site templates: \(sitesWithTemplates) site\(sitesWithTemplates == 1 ? "" : "s")" }
        if !skippedLinks.isEmpty {
            s += "\n  links not followed: " + skippedLinks.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")
        }
        if let sig = interruptedBy { s += "\n  interrupted by signal \(sig): the remaining pages were not started" }
        return s
    }
}
