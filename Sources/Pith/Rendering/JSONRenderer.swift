/// One JSON object per article, keys in a fixed order (see Docs/json-output.md).
package enum JSONRenderer {
    package static func render(_ a: Article, extra: [(String, String)] = []) -> String {
        var w = JSONWriter()
        w.open()
        for (k, v) in extra { w.key(k); w.string(v) }
        w.key("title"); w.stringOrNull(a.title)
        w.key("text"); w.string(a.text)
        w.key("paragraphs")
        w.array(a.blocks) { w, b in
            w.open()
            w.key("kind"); w.string(b.kind.rawValue)
            if let l = b.level { w.key("level"); w.raw(String(l)) }
            if let c = b.cell {
                w.key("table"); w.raw(String(c.table))
                w.key("row"); w.raw(String(c.row))
                w.key("column"); w.raw(String(c.column))
                if c.isHeader { w.key("header"); w.raw("true") }
            }
            w.key("text"); w.string(b.text)
            if !b.links.isEmpty {
                w.key("links")
                w.array(b.links) { w, l in
                    w.open()
                    w.key("start"); w.raw(String(l.start))
                    w.key("length"); w.raw(String(l.length))
                    w.key("url"); w.string(l.url)
                    w.close()
                }
            }
            w.close()
        }
        w.key("charset"); w.string(a.charset)
        w.key("isTruncated"); w.raw(a.isTruncated ? "true" : "false")
        w.key("pageKind"); w.string(a.pageKind.rawValue)
        w.key("date"); w.stringOrNull(a.metadata.date)
        w.key("dateModified"); w.stringOrNull(a.metadata.dateModified)
        w.key("authors"); w.array(a.metadata.authors) { w, s in w.string(s) }
        w.key("siteName"); w.stringOrNull(a.metadata.siteName)
        w.key("category"); w.stringOrNull(a.metadata.category)
        w.key("language"); w.stringOrNull(a.metadata.language)
        w.key("url"); w.stringOrNull(a.metadata.url)
        w.key("canonicalURL"); w.stringOrNull(a.metadata.canonicalURL)
        w.key("description"); w.stringOrNull(a.metadata.description)
        w.key("imageURL"); w.stringOrNull(a.metadata.imageURL)
        if !a.removed.isEmpty {
            w.key("removed")
            w.array(a.removed) { w, r in
                w.open()
                w.key("text"); w.string(r.text)
                w.key("reason"); w.string(r.reason.rawValue)
                w.close()
            }
        }
        w.close()
        return w.output
    }
}

/// A minimal streaming JSON writer: objects, arrays, escaped strings, in the order written.
/// Shared with the batch layer (`package`), not public.
package struct JSONWriter {
    package private(set) var output = ""
    private var needsComma: [Bool] = []

    package init() {}

    package mutating func open() { separate(); output += "{"; needsComma.append(false) }
    package mutating func close() { output += "}"; needsComma.removeLast() }
    package mutating func key(_ k: String) { separate(); Self.escape(k, into: &output); output += ":"; suppressNext = true }
    package mutating func string(_ s: String) { separate(); Self.escape(s, into: &output) }
    package mutating func stringOrNull(_ s: String?) { if let s { string(s) } else { raw("null") } }
    package mutating func raw(_ s: String) { separate(); output += s }
    package mutating func array<T>(_ items: [T], _ each: (inout JSONWriter, T) -> Void) {
        separate(); output += "["; needsComma.append(false)
        for item in items { each(&self, item) }
        output += "]"; needsComma.removeLast()
    }

    private var suppressNext = false
    private mutating func separate() {
        if suppressNext { suppressNext = false; return }
        if let last = needsComma.last {
            if last { output += "," }
            needsComma[needsComma.count - 1] = true
        }
    }

    package static func escape(_ s: String, into out: inout String) {
        out += "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
