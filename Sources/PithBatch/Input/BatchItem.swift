import Foundation

/// One page to clean, as a batch run sees it: where it came from and how to get its bytes.
struct BatchItem: Sendable {
    /// How the page's bytes are reached.
    enum Payload: Sendable {
        /// A file read (and gunzipped if it ends in .gz) by the worker that cleans it.
        case file(String)
        /// Bytes already read from a record stream.
        case bytes(Data)
        /// The record could not be read; the reason is reported as this page's failure.
        case unreadable(String)
        /// The input is damaged here (a WARC record whose length is wrong, bytes that are no
        /// record, a corrupt gzip member): reported as a failure with this reason, nothing written.
        case damaged(reason: String, message: String)
    }

    /// The name used in messages and error logs: a path, `file.jsonl:12`, or a URL.
    var name: String
    var payload: Payload
    /// The page's URL (JSONL `url`, `WARC-Target-URI`).
    var url: String? = nil
    /// The caller's record id (JSONL `id`).
    var id: String? = nil
    /// The WARC record id.
    var recordID: String? = nil
    /// A charset label from the transport (HTTP header, JSONL `charset`); detection may overrule it.
    var charsetHint: String? = nil
    /// True for pages from a record stream (JSONL, WARC), read once.
    var isRecord: Bool { if case .bytes = payload { return true } else { return false } }
    /// True for pages already flattened to text (WET conversion records, JSONL `text`).
    var isText = false
    /// Where the output goes, relative to the output folder, without extension (folder runs only).
    var outputStem: String? = nil
    /// The input path for JSONL `path` keys (file inputs).
    var path: String? = nil
    /// Where the record starts in its stream (WARC: the byte offset of its `WARC/` line in the
    /// decompressed file), for error reports.
    var offset: Int? = nil
    /// Size in bytes when known before reading (for progress).
    var size: Int = 0
}

/// Something that yields pages one at a time: a JSONL file, a WARC file.
protocol RecordReader: AnyObject {
    /// The next page, or nil at the end. Damaged records come back as `.unreadable` items, not throws.
    func next() throws -> BatchItem?
    /// Records passed over (not pages), by reason: "request record", "non-HTML (image/png)"…
    var skipped: [String: Int] { get }
    /// Input bytes read so far (compressed bytes for gzip), for progress.
    var bytesConsumed: Int { get }
}
