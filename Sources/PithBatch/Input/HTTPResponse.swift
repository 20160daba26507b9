import Foundation

/// The parts of a recorded HTTP response a cleaner needs: status, content type, charset, and the
/// body with transfer and content encodings undone.
struct HTTPResponse {
    var status: Int
    var contentType: String?
    var charset: String?
    var body: [UInt8]

    /// Parses a WARC `response` record's content. Nil when it is not an HTTP response at all.
    static func parse(_ bytes: [UInt8], maxBodyBytes: Int) throws -> HTTPResponse? {
        guard let headerEnd = headerEnd(bytes) else { return nil }
        let head = String(decoding: bytes[0..<headerEnd.start], as: UTF8.self)
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
        var body = Array(bytes[headerEnd.end...])
        if let te = headers["transfer-encoding"], te.lowercased().contains("chunked"), let d = dechunk(body) {
            body = d
        }
        if let ce = headers["content-encoding"]?.lowercased(), !body.isEmpty {
            if ce.contains("gzip") || ce.contains("deflate") {
                // Archives often store the payload already decoded and keep the header: try, and
                // keep the bytes as they are when they do not inflate.
                if let d = try? GzipSource.inflateAll(body, limit: maxBodyBytes) { body = d }
            }
        }
        let contentType = headers["content-type"]
        return HTTPResponse(status: status, contentType: contentType.map(mediaType),
                            charset: contentType.flatMap(charsetParameter), body: body)
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

    private static func headerEnd(_ b: [UInt8]) -> (start: Int, end: Int)? {
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
    static func dechunk(_ b: [UInt8]) -> [UInt8]? {
        var out: [UInt8] = []
        var i = 0
        while i < b.count {
            var j = i
            while j < b.count && b[j] != 0x0A { j += 1 }
            guard j < b.count else { return out.isEmpty ? nil : out }
            let sizeField = String(decoding: b[i..<j], as: UTF8.self)
                .split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) } ?? ""
            guard let size = Int(sizeField, radix: 16), size >= 0 else { return nil }
            if size == 0 { return out }
            let from = j + 1
            let to = min(b.count, from + size)
            out.append(contentsOf: b[from..<to])
            i = to
            while i < b.count && (b[i] == 0x0D || b[i] == 0x0A) { i += 1 }
        }
        return out
    }
}
