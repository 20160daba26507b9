import Foundation
import Pith

/// Pages from a WARC file (ISO 28500, as Common Crawl serves it; plain or gzip, decompressed by
/// the caller): `response` records with HTML payloads, `resource` records holding HTML, and
/// `conversion` records (WET text). Other records, non-HTML payloads and error statuses are
/// skipped and counted.
///
/// Every record's framing is checked: its block must be followed by the blank lines that end a
/// record and then the next `WARC/` version line (or the end of the file). A record whose stated
/// `Content-Length` does not match is damaged: it is never handed out (its bytes may be another
/// record's), the reader finds the next record — inside the bytes the damaged one took when its
/// length ran too long, or by scanning for the next version line — and goes on. Damage comes back
/// in input order as `.damaged` items, which the batch run reports as failures. One record in
/// memory at a time.
final class WARCReader: RecordReader {
    private let reader: BufferedReader
    private let name: String
    private let maxRecordBytes: Int
    /// The gzip layer, when the file is gzipped: its own damage (a corrupt member it skipped) is
    /// reported in order with the records'.
    private let inflater: InflatingSource?
    private(set) var skipped: [String: Int] = [:]
    private var pending: [BatchItem] = []
    private var done = false
    var bytesConsumed: Int { reader.bytesConsumed }

    init(_ reader: BufferedReader, name: String, maxRecordBytes: Int, inflater: InflatingSource? = nil) {
        self.reader = reader
        self.name = name
        self.maxRecordBytes = maxRecordBytes
        self.inflater = inflater
    }

    func next() throws -> BatchItem? {
        while pending.isEmpty && !done {
            var found: BatchItem?
            do {
                found = try nextRecord()
                if found == nil { done = true }
            } catch {
                // The file itself could not be read on (an I/O error): what came before stands.
                found = damage("unreadable", "cannot read on at offset \(reader.position): \(error)", offset: reader.position)
                done = true
            }
            if let inflater {
                for d in inflater.takeDamage() {
                    pending.append(damage("corrupt gzip", d.message, offset: nil))
                }
            }
            if let found { pending.append(found) }
        }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    // MARK: records

    private static let warcPrefix = Array("WARC/".utf8)
    /// What starts a record inside bytes that should not hold one: a line beginning `WARC/1.`.
    static let embeddedRecord = Array("\nWARC/1.".utf8)

    /// The next page or damage report; nil at the end of the input. Records that are not pages
    /// are passed over here.
    private func nextRecord() throws -> BatchItem? {
        while true {
            let scanStart = reader.position
            let junk = try skipToVersionLine()
            if junk > 0 {
                return damage("damaged bytes", "\(junk) bytes at offset \(scanStart) are not a WARC record; read on at the next record",
                              offset: scanStart)
            }
            let recordStart = reader.position
            guard try reader.readLine(maxLength: 64) != nil else { return nil }   // the version line
            let headers: [String: String], cutShort: Bool
            switch try readHeaderFields() {
            case .fields(let h): (headers, cutShort) = (h, false)
            case .cutShort(let h): (headers, cutShort) = (h, true)
            case .endOfInput:
                return damage("truncated record", "the file ends inside the header of the record at offset \(recordStart)",
                              offset: recordStart)
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let uri = headers["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
            let recordID = headers["warc-record-id"]
            func damaged(_ reason: String, _ why: String) -> BatchItem {
                var item = damage(reason, "WARC record at offset \(recordStart)\(recordID.map { " (\($0))" } ?? ""): \(why)",
                                  offset: recordStart)
                item.url = uri
                item.recordID = recordID
                if let uri { item.name = uri }
                return item
            }
            if cutShort { return damaged("damaged record", "its header is cut short by the next record's") }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                // Without a length the record's end is unknown: read on at the next version line.
                let skippedBytes = try skipToVersionLine()
                return damaged("damaged record", "no valid Content-Length (\(headers["content-length"].map { "\"\($0)\"" } ?? "none")); skipped \(skippedBytes) bytes to the next record")
            }
            let wanted = type == "response" || type == "resource" || type == "conversion"
            guard wanted, length <= maxRecordBytes else {
                // Passed over unread; it must still end where it says.
                let (n, embedded) = try reader.skip(length, stoppingAt: Self.embeddedRecord)
                if embedded {
                    return damaged("damaged record", "Content-Length \(length) runs into the next record (found after \(n) bytes)")
                }
                if n < length {
                    return damaged("truncated record", "the file ends inside the record (Content-Length \(length), \(n) bytes there)")
                }
                if try !endsCleanly() {
                    let s = try skipToVersionLine()
                    return damaged("damaged record", "the record does not end where its Content-Length (\(length)) says; skipped \(s) bytes to the next record")
                }
                if type.isEmpty { return damaged("damaged record", "no WARC-Type") }
                if wanted {
                    var item = BatchItem(name: uri ?? recordID ?? name, payload: .unreadable("record too large (\(length) bytes)"),
                                         url: uri, recordID: recordID, size: length)
                    item.offset = recordStart
                    return item
                }
                skipped["\(type) record", default: 0] += 1
                continue
            }
            let block = RecordBlock(count: length)
            let got = try reader.read(length, into: block.base)
            let clean = got == length ? try endsCleanly() : false
            if !clean {
                // The block is not followed by the end of a record: its length is wrong. If a record
                // starts inside what was read, the length ran into it: hand those bytes back.
                if let at = block.embeddedRecordStart(within: got) {
                    reader.unread(UnsafeRawBufferPointer(start: block.base + at, count: got - at))
                    return damaged("damaged record", "Content-Length \(length) runs into the next record (which starts \(at) bytes in)")
                }
                if got < length {
                    return damaged("truncated record", "the file ends inside the record (Content-Length \(length), \(got) bytes there)")
                }
                let s = try skipToVersionLine()
                return damaged("damaged record", "the record does not end where its Content-Length (\(length)) says; skipped \(s) bytes to the next record")
            }
            var item = BatchItem(name: uri ?? recordID ?? name, payload: .unreadable(""), url: uri, recordID: recordID, size: length)
            item.offset = recordStart
            switch type {
            case "conversion":
                item.payload = .bytes(block.data(0..<length))
                item.isText = true
                item.charsetHint = "utf-8"
            case "resource":
                let mediaType = headers["content-type"].map(HTTPResponse.mediaType)
                guard HTTPResponse.isPage(mediaType) else {
                    skipped["non-HTML (\(mediaType ?? "?"))", default: 0] += 1
                    continue
                }
                item.payload = .bytes(block.data(0..<length))
                item.charsetHint = headers["content-type"].flatMap(HTTPResponse.charsetParameter)
            default:
                guard let response = try HTTPResponse.parse(UnsafeRawBufferPointer(start: block.base, count: length),
                                                            maxBodyBytes: maxRecordBytes) else {
                    skipped["not an HTTP response", default: 0] += 1
                    continue
                }
                guard (200..<300).contains(response.status) else {
                    skipped["HTTP status \(response.status / 100)xx", default: 0] += 1
                    continue
                }
                guard HTTPResponse.isPage(response.contentType) else {
                    skipped["non-HTML (\(response.contentType ?? "?"))", default: 0] += 1
                    continue
                }
                if response.isCutShort && headers["warc-truncated"] == nil {
                    return damaged("damaged record", "the chunked HTTP body is cut short (no last chunk) and the record is not marked WARC-Truncated")
                }
                if let decoded = response.decodedBody {
                    guard !decoded.isEmpty else { skipped["empty payload", default: 0] += 1; continue }
                    item.payload = .bytes(Data(decoded))
                } else {
                    guard !response.bodyRange.isEmpty else { skipped["empty payload", default: 0] += 1; continue }
                    item.payload = .bytes(block.data(response.bodyRange))
                }
                item.charsetHint = response.charset
            }
            return item
        }
    }

    private func damage(_ reason: String, _ message: String, offset: Int?) -> BatchItem {
        var item = BatchItem(name: name, payload: .damaged(reason: reason, message: message))
        item.offset = offset
        return item
    }

    /// After a record's block: the `CRLF CRLF` that closes a record (whatever follows: bytes that
    /// are no record are reported on their own), or other line ends followed by the next `WARC/`
    /// line or the end of the input. Consumes the line ends when they are there.
    private func endsCleanly() throws -> Bool {
        if try reader.peek(4) == [0x0D, 0x0A, 0x0D, 0x0A] {
            try reader.skip(4)
            return true
        }
        var want = 16
        var ahead = try reader.peek(want)
        var newlines = 0
        while true {
            while newlines < ahead.count, ahead[newlines] == 0x0D || ahead[newlines] == 0x0A { newlines += 1 }
            // Only line ends so far and more may follow: look further (some writers leave more).
            guard newlines == ahead.count, ahead.count == want, want < 1 << 12 else { break }
            want *= 2
            ahead = try reader.peek(want)
        }
        let rest = ahead[newlines...]
        guard rest.isEmpty || rest.starts(with: Self.warcPrefix) else { return false }
        try reader.skip(newlines)
        return true
    }

    /// Skips blank lines and anything that is not a version line; stops in front of the next
    /// `WARC/x.y` line or at the end. Returns the bytes skipped that were not line ends.
    private func skipToVersionLine() throws -> Int {
        var junk = 0
        while let line = try reader.readLine(maxLength: 1 << 16) {
            switch line {
            case .tooLong(let n):
                junk += n
            case .bytes(let b):
                if Self.isVersionLine(b) {
                    reader.unread(b + [0x0D, 0x0A])
                    return junk
                }
                junk += b.count
            }
        }
        return junk
    }

    /// Where a version line starts in a header line: at 0 when the line is one, further on when
    /// a header line was cut short and the next record's version line follows it directly.
    static func versionLineStart(in b: [UInt8]) -> Int? {
        var i = 0
        while i + 8 <= b.count {
            if b[i] == 0x57, b[i + 1] == 0x41, b[i + 2] == 0x52, b[i + 3] == 0x43, b[i + 4] == 0x2F,
               isVersionLine(Array(b[i...])) { return i }
            i += 1
        }
        return nil
    }

    private static let usedFields = ["warc-type", "warc-target-uri", "warc-record-id", "content-length", "content-type",
                                     "warc-truncated"].map { Array($0.utf8) }

    /// The field's lowercased name when the reader uses it.
    static func usedField(_ name: ArraySlice<UInt8>) -> String? {
        let name = name[trimmedRange(name)]
        for field in usedFields where field.count == name.count {
            let same = zip(name, field).allSatisfy { c, f in (c >= 0x41 && c <= 0x5A ? c + 0x20 : c) == f }
            if same { return String(decoding: field, as: UTF8.self) }
        }
        return nil
    }

    /// The bytes as text without surrounding spaces and tabs.
    static func trimmed(_ b: ArraySlice<UInt8>) -> String {
        String(decoding: b[trimmedRange(b)], as: UTF8.self)
    }

    /// `b`'s range without its leading and trailing spaces and tabs.
    private static func trimmedRange(_ b: ArraySlice<UInt8>) -> Range<Int> {
        var lo = b.startIndex, hi = b.endIndex
        while lo < hi, b[lo] == 0x20 || b[lo] == 0x09 { lo += 1 }
        while hi > lo, b[hi - 1] == 0x20 || b[hi - 1] == 0x09 { hi -= 1 }
        return lo..<hi
    }

    /// `WARC/1.0`, `WARC/1.1` (any digits), nothing else on the line but spaces.
    static func isVersionLine(_ b: [UInt8]) -> Bool {
        guard b.count >= 8, b.count <= 24, b.starts(with: warcPrefix) else { return false }
        var i = 5, digitsBefore = 0, digitsAfter = 0, sawDot = false
        while i < b.count {
            let c = b[i]
            if c >= 0x30 && c <= 0x39 { if sawDot { digitsAfter += 1 } else { digitsBefore += 1 } }
            else if c == 0x2E && !sawDot { sawDot = true }
            else if c == 0x20 || c == 0x09 { break }
            else { return false }
            i += 1
        }
        while i < b.count { if b[i] != 0x20 && b[i] != 0x09 { return false }; i += 1 }
        return digitsBefore > 0 && digitsAfter > 0
    }

    private enum HeaderBlock {
        case fields([String: String])
        /// Another record's version line came before the blank line (it is read next).
        case cutShort([String: String])
        case endOfInput
    }

    /// The header fields after the version line, up to the blank line.
    private func readHeaderFields() throws -> HeaderBlock {
        var headers: [String: String] = [:]
        var last: String?
        while let line = try reader.readLine(maxLength: 1 << 20) {
            guard case .bytes(let b) = line else { continue }
            if b.isEmpty { return .fields(headers) }
            if let at = Self.versionLineStart(in: b) {
                // The next record's version line, alone or glued to a line cut short.
                reader.unread(b[at...] + [0x0D, 0x0A])
                return .cutShort(headers)
            }
            if let first = b.first, first == 0x20 || first == 0x09 {
                // A folded continuation line.
                if let k = last { headers[k, default: ""] += " " + Self.trimmed(b[...]) }
                continue
            }
            guard let colon = b.firstIndex(of: 0x3A) else { continue }
            // Only the fields the reader uses are kept (no dictionary of every field).
            guard let key = Self.usedField(b[..<colon]) else { last = nil; continue }
            headers[key] = Self.trimmed(b[(colon + 1)...])
            last = key
        }
        return .endOfInput
    }
}

/// One record's block, read once into memory the reader allocates; a page's bytes are handed to
/// the worker as a view of it (no copy), and the memory goes when the last view does.
final class RecordBlock: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(byteCount: max(count, 1), alignment: 16)
    }

    deinit { base.deallocate() }

    /// The bytes in `range` as `Data`, without copying: the data keeps the block alive.
    func data(_ range: Range<Int>) -> Data {
        guard !range.isEmpty else { return Data() }
        return Data(bytesNoCopy: base + range.lowerBound, count: range.count, deallocator: .custom { [self] _, _ in
            withExtendedLifetime(self) {}
        })
    }

    /// Where a line starting `WARC/1.` begins in the first `count` bytes, if one does.
    func embeddedRecordStart(within count: Int) -> Int? {
        let b = UnsafeBufferPointer(start: base.bindMemory(to: UInt8.self, capacity: max(count, 1)), count: count)
        if b.starts(with: WARCReader.embeddedRecord.dropFirst()) { return 0 }
        return ByteSearch.firstIndex(of: WARCReader.embeddedRecord, in: b).map { $0 + 1 }
    }
}
