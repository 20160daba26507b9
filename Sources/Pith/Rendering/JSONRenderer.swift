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
        var s = s
        s.withUTF8 { b in
            // Runs of bytes that need no escape are appended whole.
            var runStart = 0
            var i = 0
            let n = b.count
            while i < n {
                let c = b[i]
                var replacement: String? = nil
                var width = 1
                if c < 0x20 || c == 0x22 || c == 0x5C {
                    switch c {
                    case 0x22: replacement = "\\\""
                    case 0x5C: replacement = "\\\\"
                    case 0x0A: replacement = "\\n"
                    case 0x0D: replacement = "\\r"
                    case 0x09: replacement = "\\t"
                    default:
                        let hex = String(c, radix: 16)
                        replacement = "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else if c == 0xE2, i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 {
                    // U+2028 and U+2029 end lines in JavaScript: escaped too.
                    replacement = b[i + 2] == 0xA8 ? "\\u2028" : "\\u2029"
                    width = 3
                }
                if let r = replacement {
                    if i > runStart { out += String(decoding: UnsafeBufferPointer(rebasing: b[runStart..<i]), as: UTF8.self) }
                    out += r
                    i += width
                    runStart = i
                } else {
                    i += 1
                }
            }
            if n > runStart { out += String(decoding: UnsafeBufferPointer(rebasing: b[runStart..<n]), as: UTF8.self) }
        }
        out += "\""
    }
}
