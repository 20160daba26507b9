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
    package static func address(sniffedFrom bytes: Data) -> String? {
        let head = [UInt8](bytes.prefix(32 * 1024))
        if let saved = SavedFromComment.address(in: head) { return saved }
        let text = String(decoding: head, as: UTF8.self)
        var scan = Substring(text)
        while let open = scan.range(of: "<link", options: .caseInsensitive) ?? scan.range(of: "<meta", options: .caseInsensitive) {
            let tagEnd = scan[open.upperBound...].firstIndex(of: ">") ?? scan.endIndex
            let tag = scan[open.lowerBound..<tagEnd].lowercased()
            if tag.contains("canonical") || tag.contains("og:url") {
                for attr in ["href=", "content="] {
                    if let v = attributeValue(tag: String(scan[open.lowerBound..<tagEnd]), name: attr), v.contains("://") { return v }
                }
            }
            scan = scan[tagEnd...]
        }
        return nil
    }

    private static func attributeValue(tag: String, name: String) -> String? {
        guard let r = tag.range(of: name, options: .caseInsensitive) else { return nil }
        var rest = tag[r.upperBound...]
        guard let q = rest.first else { return nil }
        if q == "\"" || q == "'" {
            rest = rest.dropFirst()
            return rest.firstIndex(of: q).map { String(rest[..<$0]) }
        }
        return String(rest.prefix { !$0.isWhitespace && $0 != ">" })
    }
}
