/// A clean, minimal HTML fragment of the kept blocks: `<article>` with the title as `<h1>`,
/// `<h2>`–`<h6>`, `<p>`, `<ul><li>`, `<blockquote>`, `<pre><code>`, and `<a href>` for kept links. No other
/// attributes, no scripts,
/// text escaped.
enum HTMLRenderer {
    static func render(_ a: Article) -> String {
        var out = "<article>\n"
        if let t = a.title, !t.isEmpty, !a.titleIsInBody, !a.blocks.isEmpty { out += "<h1>\(escape(t))</h1>\n" }
        var i = 0
        let blocks = a.blocks
        while i < blocks.count {
            let b = blocks[i]
            switch b.kind {
            case .heading:
                let level = min(6, max(1, b.level ?? 2))
                out += "<h\(level)>\(escape(b.text))</h\(level)>\n"
            case .listItem:
                out += "<ul>\n"
                while i < blocks.count, blocks[i].kind == .listItem {
                    out += "<li>\(linked(blocks[i]))</li>\n"
                    i += 1
                }
                out += "</ul>\n"
                continue
            case .quote:
                out += "<blockquote><p>\(escape(b.text))</p></blockquote>\n"
            case .code:
                out += "<pre><code>\(escape(b.text))</code></pre>\n"
            case .tableCell, .paragraph:
                out += "<p>\(linked(b))</p>\n"
            }
            i += 1
        }
        return out + "</article>"
    }

    /// The block's text escaped, its links (if kept) as `<a href>`.
    static func linked(_ b: Block) -> String {
        LinkedText.runs(b).map { run in
            run.url.map { "<a href=\"\(escape($0))\">\(escape(run.text))</a>" } ?? escape(run.text)
        }.joined()
    }

    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
