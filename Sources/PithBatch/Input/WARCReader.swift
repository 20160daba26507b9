import Foundation

/// Pages from a WARC file (ISO 28500, as Common Crawl serves it; plain or gzip, decompressed by
/// the caller): `response` records with HTML payloads, `resource` records holding HTML, and
/// `conversion` records (WET text). Other records, non-HTML payloads, error statuses and damaged
/// or truncated records are skipped and counted. One record in memory at a time.
final class WARCReader: RecordReader {
    private let reader: BufferedReader
    private let name: String
    private let maxRecordBytes: Int
    private(set) var skipped: [String: Int] = [:]
    private var done = false
    var bytesConsumed: Int { reader.bytesConsumed }

    init(_ reader: BufferedReader, name: String, maxRecordBytes: Int) {
        self.reader = reader
        self.name = name
        self.maxRecordBytes = maxRecordBytes
    }

    func next() throws -> BatchItem? {
        do {
            return try nextRecord()
        } catch let e as InputError {
            // A damaged or cut-off gzip member or file: what came before stands; count and stop.
            skipped["truncated record (\(e.description))", default: 0] += 1
            done = true
            return nil
        }
    }

    private func nextRecord() throws -> BatchItem? {
        while !done {
            guard let headers = try readHeaders() else { done = true; return nil }
            guard let lengthText = headers["content-length"], let length = Int(lengthText), length >= 0 else {
                skipped["damaged record (no Content-Length)", default: 0] += 1
                continue
            }
            let type = headers["warc-type"]?.lowercased() ?? ""
            let uri = headers["warc-target-uri"].map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "<>")) }
            let recordID = headers["warc-record-id"]
            let wanted = type == "response" || type == "resource" || type == "conversion"
            guard wanted else {
                if try reader.skip(length) < length { return truncated() }
                skipped["\(type.isEmpty ? "untyped" : type) record", default: 0] += 1
                continue
            }
            var item = BatchItem(name: uri ?? recordID ?? name, payload: .unreadable(""), url: uri, recordID: recordID, size: length)
            guard length <= maxRecordBytes else {
                if try reader.skip(length) < length { return truncated() }
                item.payload = .unreadable("record too large (\(length) bytes)")
                return item
            }
            let content = try reader.read(length)
            guard content.count == length else { return truncated() }
            switch type {
            case "conversion":
                item.payload = .bytes(Data(content))
                item.isText = true
                item.charsetHint = "utf-8"
            case "resource":
                let mediaType = headers["content-type"].map(HTTPResponse.mediaType)
                guard HTTPResponse.isPage(mediaType) else {
                    skipped["non-HTML (\(mediaType ?? "?"))", default: 0] += 1
                    continue
                }
                item.payload = .bytes(Data(content))
                item.charsetHint = headers["content-type"].flatMap(HTTPResponse.charsetParameter)
            default:
                guard let response = try HTTPResponse.parse(content, maxBodyBytes: maxRecordBytes) else {
                    skipped["damaged record (no HTTP response)", default: 0] += 1
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
                guard !response.body.isEmpty else {
                    skipped["empty payload", default: 0] += 1
                    continue
                }
                item.payload = .bytes(Data(response.body))
                item.charsetHint = response.charset
            }
            return item
        }
        return nil
    }

    private func truncated() -> BatchItem? {
        skipped["truncated record", default: 0] += 1
        done = true
        return nil
    }

    /// Reads a record's header block. Skips blank lines between records and resynchronises on the
    /// next `WARC/` line after damage. Nil at the end of the input.
    private func readHeaders() throws -> [String: String]? {
        var sawJunk = false
        while true {
            guard let line = try reader.readLine(maxLength: 1 << 16) else { return nil }
            guard case .bytes(let b) = line else { sawJunk = true; continue }
            if b.isEmpty { continue }
            if b.starts(with: Array("WARC/".utf8)) { break }
            sawJunk = true
        }
        if sawJunk { skipped["damaged bytes between records", default: 0] += 1 }
        var headers: [String: String] = [:]
        var last: String?
        while let line = try reader.readLine(maxLength: 1 << 20) {
            guard case .bytes(let b) = line else { continue }
            if b.isEmpty { return headers }
            let text = String(decoding: b, as: UTF8.self)
            if let first = b.first, first == 0x20 || first == 0x09, let k = last {
                headers[k, default: ""] += " " + text.trimmingCharacters(in: .whitespaces)
                continue
            }
            guard let colon = text.firstIndex(of: ":") else { continue }
            let key = text[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            headers[key] = text[text.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            last = key
        }
        return headers.isEmpty ? nil : headers
    }
}
