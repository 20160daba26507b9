import Foundation

extension SiteTemplate {
    /// The site a page's address belongs to: its host, lower case, without a port and without a
    /// leading `www.`, `m.`, `wap.` or `mobile.` (a site's mobile host shares its template).
    /// Nil when the address has no host.
    ///
    /// ```swift
    /// SiteTemplate.site(of: "https://m.example.com/a?b=1")   // "example.com"
    /// ```
    public static func site(of address: String) -> String? {
        var rest = Substring(address.trimmingCharacters(in: .whitespaces))
        if let r = rest.range(of: "://") { rest = rest[r.upperBound...] } else if rest.hasPrefix("//") { rest = rest.dropFirst(2) } else { return nil }
        let end = rest.firstIndex(where: { $0 == "/" || $0 == "?" || $0 == "#" }) ?? rest.endIndex
        var host = rest[..<end]
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if let colon = host.lastIndex(of: ":"), !host.contains("]") { host = host[..<colon] }
        var h = host.lowercased()
        for prefix in ["www.", "m.", "wap.", "mobile."] where h.hasPrefix(prefix) && h.split(separator: ".").count > 2 {
            h.removeFirst(prefix.count)
            break
        }
        guard h.contains("."), h.unicodeScalars.allSatisfy({ $0.isASCII && $0.value > 0x20 }) else { return nil }
        return h
    }

    /// The address a page gives for itself, found without parsing it: `<link rel=canonical>`,
    /// `og:url`, `<base href>` or a browser's "saved from url=" comment in its first 32 KB.
    /// A byte scan from one `<` to the next: a page costs microseconds, not a parse.
    package static func address(sniffedFrom bytes: Data) -> String? {
        let head = [UInt8](bytes.prefix(32 * 1024))
        if let saved = SavedFromComment.address(in: head) { return saved }
        return head.withUnsafeBufferPointer { b -> String? in
            var i = 0
            let n = b.count
            while i < n {
                guard b[i] == 0x3C, i + 5 < n else { i += 1; continue }   // "<"
                let t0 = b[i + 1] | 0x20, t1 = b[i + 2] | 0x20, t2 = b[i + 3] | 0x20, t3 = b[i + 4] | 0x20
                let isLink = t0 == 0x6C && t1 == 0x69 && t2 == 0x6E && t3 == 0x6B          // link
                let isMeta = t0 == 0x6D && t1 == 0x65 && t2 == 0x74 && t3 == 0x61          // meta
                let isBase = t0 == 0x62 && t1 == 0x61 && t2 == 0x73 && t3 == 0x65          // base
                guard isLink || isMeta || isBase else { i += 1; continue }
                var end = i + 5
                while end < n, b[end] != 0x3E { end += 1 }
                let tag = UnsafeBufferPointer(rebasing: b[i..<end])
                if isBase || isLink && ByteSearch.containsIgnoringASCIICase(tag, "canonical")
                    || isMeta && ByteSearch.containsIgnoringASCIICase(tag, "og:url") {
                    let v = attributeValue(tag, name: isMeta ? "content=" : "href=")
                    if let v, v.contains("://") { return v }
                }
                i = end
            }
            return nil
        }
    }

    /// The value of `name` (lower case, with its `=`) in a tag's bytes.
    private static func attributeValue(_ tag: UnsafeBufferPointer<UInt8>, name: StaticString) -> String? {
        let needle = name.withUTF8Buffer { Array($0) }
        var i = 0
        while i + needle.count <= tag.count {
            var k = 0
            while k < needle.count, tag[i + k] | (tag[i + k] >= 0x41 && tag[i + k] <= 0x5A ? 0x20 : 0) == needle[k] { k += 1 }
            if k == needle.count, i == 0 || tag[i - 1] == 0x20 || tag[i - 1] == 0x09 || tag[i - 1] == 0x0A || tag[i - 1] == 0x0D {
                var j = i + needle.count
                guard j < tag.count else { return nil }
                let q = tag[j]
                if q == 0x22 || q == 0x27 {
                    j += 1
                    var e = j
                    while e < tag.count, tag[e] != q { e += 1 }
                    return String(decoding: UnsafeBufferPointer(rebasing: tag[j..<e]), as: UTF8.self)
                }
                var e = j
                while e < tag.count, tag[e] > 0x20 { e += 1 }
                return String(decoding: UnsafeBufferPointer(rebasing: tag[j..<e]), as: UTF8.self)
            }
            i += 1
        }
        return nil
    }
}
