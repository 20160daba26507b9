import Foundation

/// The WHATWG "prescan a byte stream to determine its encoding" algorithm
/// (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding):
/// finds `<meta charset=…>` or `<meta http-equiv="Content-Type" content="…charset=…">`, skipping
/// comments and other tags. Also reads `<?xml … encoding="…"?>` at the very start.
enum MetaCharsetPrescan {
    /// The declared label within the first `limit` bytes, or nil.
    static func declaredLabel(in bytes: UnsafeRawBufferPointer, limit: Int = 1024) -> String? {
        let end = min(bytes.count, limit)
        if let xml = xmlDeclarationEncoding(bytes, end: end) { return xml }
        var i = 0
        while i < end {
            guard bytes[i] == UInt8(ascii: "<") else {
                i = next(UInt8(ascii: "<"), in: bytes, from: i, end: end) ?? end
                continue
            }
            if matches(bytes, i, end, "<!--") {
                i = find(bytes, "-->", from: i + 4, end: end).map { $0 + 3 } ?? end
                continue
            }
            if i + 5 < end, matchesCaseless(bytes, i + 1, end, "meta"), isSpaceOrSlash(bytes[i + 5]) {
                var j = i + 5
                var gotPragma = false, needPragma: Bool? = nil, charset: String? = nil
                while let (name, value, next) = readAttribute(bytes, from: j, end: end) {
                    j = next
                    switch name {
                    case "http-equiv": if value.lowercased() == "content-type" { gotPragma = true }
                    case "content":
                        if charset == nil, let c = charsetFromContent(value) { charset = c; needPragma = true }
                    case "charset":
                        if charset == nil { charset = value; needPragma = false }
                    default: break
                    }
                }
                if let c = charset, needPragma == false || (needPragma == true && gotPragma) {
                    return c
                }
                i = j
                continue
            }
            // Any other tag or markup: skip to its '>'.
            i = find(bytes, ">", from: i + 1, end: end).map { $0 + 1 } ?? end
        }
        return nil
    }

    /// The charset named by a Content-Type value such as `text/html; charset=gb2312`.
    static func charsetFromContent(_ value: String) -> String? {
        guard ByteSearch.containsIgnoringASCIICase(value, "charset") else { return nil }
        let lower = value.lowercased()
        guard let r = lower.range(of: "charset") else { return nil }
        var rest = lower[r.upperBound...].drop { $0 == " " || $0 == "\t" }
        guard rest.first == "=" else { return nil }
        rest = rest.dropFirst().drop { $0 == " " || $0 == "\t" }
        if let q = rest.first, q == "\"" || q == "'" {
            let body = rest.dropFirst()
            guard let close = body.firstIndex(of: q) else { return nil }
            return String(body[..<close])
        }
        let token = rest.prefix { !" \t;\"'".contains($0) }
        return token.isEmpty ? nil : String(token)
    }

    private static func xmlDeclarationEncoding(_ b: UnsafeRawBufferPointer, end: Int) -> String? {
        guard matches(b, 0, end, "<?xml"), let close = find(b, "?>", from: 5, end: end) else { return nil }
        let decl = String(decoding: UnsafeRawBufferPointer(rebasing: b[5..<close]), as: UTF8.self)
        guard let r = decl.range(of: "encoding") else { return nil }
        let after = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let q = after.first, q == "\"" || q == "'" else { return nil }
        let body = after.dropFirst()
        return body.firstIndex(of: q).map { String(body[..<$0]) }
    }

    /// Reads one attribute; returns nil at the tag's end.
    private static func readAttribute(_ b: UnsafeRawBufferPointer, from start: Int, end: Int)
        -> (String, String, Int)? {
        var i = start
        while i < end, isSpaceOrSlash(b[i]) { i += 1 }
        guard i < end, b[i] != UInt8(ascii: ">") else { return nil }
        var name: [UInt8] = []
        while i < end, b[i] != UInt8(ascii: "="), !isSpace(b[i]), b[i] != UInt8(ascii: "/"),
              b[i] != UInt8(ascii: ">") {
            name.append(lower(b[i])); i += 1
        }
        while i < end, isSpace(b[i]) { i += 1 }
        guard i < end, b[i] == UInt8(ascii: "=") else {
            return (String(decoding: name, as: UTF8.self), "", i)
        }
        i += 1
        while i < end, isSpace(b[i]) { i += 1 }
        var value: [UInt8] = []
        if i < end, b[i] == UInt8(ascii: "\"") || b[i] == UInt8(ascii: "'") {
            let q = b[i]; i += 1
            while i < end, b[i] != q { value.append(lower(b[i])); i += 1 }
            i += 1
        } else {
            while i < end, !isSpace(b[i]), b[i] != UInt8(ascii: ">") { value.append(lower(b[i])); i += 1 }
        }
        return (String(decoding: name, as: UTF8.self), String(decoding: value, as: UTF8.self), i)
    }

    private static func lower(_ c: UInt8) -> UInt8 { (c >= 65 && c <= 90) ? c + 32 : c }
    private static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0C || c == 0x0D }
    private static func isSpaceOrSlash(_ c: UInt8) -> Bool { isSpace(c) || c == UInt8(ascii: "/") }

    private static func matches(_ b: UnsafeRawBufferPointer, _ at: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard at + n <= end else { return false }
        let p = s.utf8Start
        for k in 0..<n where b[at + k] != p[k] { return false }
        return true
    }

    private static func matchesCaseless(_ b: UnsafeRawBufferPointer, _ at: Int, _ end: Int, _ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard at + n <= end else { return false }
        let p = s.utf8Start
        for k in 0..<n where lower(b[at + k]) != p[k] { return false }
        return true
    }

    private static func find(_ b: UnsafeRawBufferPointer, _ s: StaticString, from: Int, end: Int) -> Int? {
        let n = s.utf8CodeUnitCount
        guard n > 0, from + n <= end else { return nil }
        var i = from
        while i + n <= end, let hit = next(s.utf8Start[0], in: b, from: i, end: end - n + 1) {
            if matches(b, hit, end, s) { return hit }
            i = hit + 1
        }
        return nil
    }

    /// The first `byte` in `from..<end`, or nil.
    private static func next(_ byte: UInt8, in b: UnsafeRawBufferPointer, from: Int, end: Int) -> Int? {
        guard from < end, let base = b.baseAddress, let hit = memchr(base + from, Int32(byte), end - from) else { return nil }
        return base.distance(to: UnsafeRawPointer(hit))
    }
}
