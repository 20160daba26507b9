import Foundation

/// The parts of a recorded HTTP response a cleaner needs: status, content type, charset, and the
/// body with transfer and content encodings undone.
struct HTTPResponse {
    var status: Int
    var contentType: String?
    var charset: String?
    /// The body when it had to be decoded (chunked transfer coding, gzip/deflate content coding);
    /// nil when the body is `bodyRange` of the bytes parsed, as they are.
    var decodedBody: [UInt8]?
    /// Where the body starts and ends in the bytes parsed.
    var bodyRange: Range<Int>
    /// True when a chunked body ended before its last chunk: the payload was cut short.
    var isCutShort = false

    /// The body, decoded or as it was (copied).
    var body: [UInt8] { decodedBody ?? [] }

    /// Parses a WARC `response` record's content. Nil when it is not an HTTP response at all.
    static func parse(_ bytes: [UInt8], maxBodyBytes: Int) throws -> HTTPResponse? {
        try bytes.withUnsafeBytes { b in
            guard var r = try parse(b, maxBodyBytes: maxBodyBytes) else { return nil }
            if r.decodedBody == nil { r.decodedBody = Array(bytes[r.bodyRange]) }
            return r
        }
    }

    /// Parses a response held in memory without copying its body: the body is `bodyRange` unless
    /// it had to be decoded (`decodedBody`).
    static func parse(_ bytes: UnsafeRawBufferPointer, maxBodyBytes: Int) throws -> HTTPResponse? {
        guard let headerEnd = headerEnd(bytes) else { return nil }
        let head = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[0..<headerEnd.start]), as: UTF8.self)
        var lines = head.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" })
        guard !lines.isEmpty else { return nil }
        let statusLine = lines.removeFirst()
        guard statusLine.hasPrefix("HTTP/") else { return nil }
        let parts = statusLine.split(separator: " ", maxSplits: 2)
        guard parts.count >= 2, let status = Int(parts[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + ", " + value } ?? value
        }
        let contentType = headers["content-type"]
        var r = HTTPResponse(status: status, contentType: contentType.map(mediaType),
                             charset: contentType.flatMap(charsetParameter), decodedBody: nil,
                             bodyRange: headerEnd.end..<bytes.count)
        let rawBody = UnsafeRawBufferPointer(rebasing: bytes[r.bodyRange])
        if let te = headers["transfer-encoding"], te.lowercased().contains("chunked"), let d = dechunk(rawBody) {
            r.decodedBody = d.bytes
            r.isCutShort = !d.complete
        }
        if let ce = headers["content-encoding"]?.lowercased(), ce.contains("gzip") || ce.contains("deflate"), !rawBody.isEmpty {
            // Archives often store the payload already decoded and keep the header: try, and
            // keep the bytes as they are when they do not inflate.
            let encoded = r.decodedBody ?? Array(rawBody)
            if let d = try? GzipSource.inflateAll(encoded, limit: maxBodyBytes) { r.decodedBody = d }
        }
        return r
    }

    /// The `type/subtype` of a Content-Type value, lowercased.
    static func mediaType(_ value: String) -> String {
        value.split(separator: ";", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
    }

    /// The `charset=` parameter of a Content-Type value.
    static func charsetParameter(_ value: String) -> String? {
        for param in value.split(separator: ";").dropFirst() {
            let kv = param.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, kv[0].trimmingCharacters(in: .whitespaces).lowercased() == "charset" else { continue }
            let v = kv[1].trimmingCharacters(in: CharacterSet(charactersIn: " \t\"'"))
            return v.isEmpty ? nil : v
        }
        return nil
    }

    /// True for media types that hold a web page (or may: unknown types are sniffed later).
    static func isPage(_ mediaType: String?) -> Bool {
        guard let t = mediaType, !t.isEmpty else { return true }
        return t == "text/html" || t == "application/xhtml+xml" || t == "application/xml" || t == "text/xml"
            || t == "text/plain" || t.hasSuffix("+html")
    }

    private static func headerEnd(_ b: UnsafeRawBufferPointer) -> (start: Int, end: Int)? {
        var i = 0
        while i < b.count {
            if b[i] == 0x0A {
                if i + 1 < b.count && b[i + 1] == 0x0A { return (i, i + 2) }
                if i + 2 < b.count && b[i + 1] == 0x0D && b[i + 2] == 0x0A { return (i, i + 3) }
            }
            i += 1
        }
        return nil
    }

    /// Undoes chunked transfer encoding; nil when the bytes are not chunked after all.
    /// `complete` is false when the bytes end before the last (zero-size) chunk.
    static func dechunk(_ b: UnsafeRawBufferPointer) -> (bytes: [UInt8], complete: Bool)? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var j = i
            while j < b.count && b[j] != 0x0A { j += 1 }
            guard j < b.count else { return out.isEmpty ? nil : (out, false) }
            let sizeField = String(decoding: UnsafeRawBufferPointer(rebasing: b[i..<j]), as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeField, radix: 16), size >= 0 else { return out.isEmpty ? nil : (out, false) }
            if size == 0 { return (out, true) }
            let from = j + 1
            let to = min(b.count, from + size)
            out.append(contentsOf: UnsafeRawBufferPointer(rebasing: b[from..<to]))
            if from + size > b.count { return (out, false) }
            i = to
            while i < b.count && (b[i] == 0x0D || b[i] == 0x0A) { i += 1 }
        }
        return (out, false)
    }
}
