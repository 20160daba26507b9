/// Markdown: the title as a level-1 heading, headings with `#`, list items with `-`, quotes
/// with `>`, code fenced, tables as Markdown tables, paragraphs separated by blank lines. Text that Markdown would read as
/// markup (a leading `#`, `>`, `-`, `1.`…) is escaped so it stays text.
enum MarkdownRenderer {
    static func render(_ a: Article) -> String {
        var parts: [String] = []
        if let t = a.title, !t.isEmpty, !a.titleIsInBody, !a.blocks.isEmpty { parts.append("# " + escape(t)) }
        var i = 0
        let blocks = a.blocks
        while i < blocks.count {
            let b = blocks[i]
            switch b.kind {
            case .heading:
                let level = min(6, max(1, b.level ?? 2))
                parts.append(String(repeating: "#", count: level) + " " + escape(b.text))
            case .listItem:
                // Consecutive items form one list.
                var items: [String] = []
                while i < blocks.count, blocks[i].kind == .listItem {
                    items.append("- " + linked(blocks[i]))
                    i += 1
                }
                parts.append(items.joined(separator: "\n"))
                continue
            case .quote:
                parts.append(b.text.split(separator: "\n", omittingEmptySubsequences: false)
                    .map { "> " + escape(String($0)) }.joined(separator: "\n"))
            case .code:
                let fence = b.text.contains("```") ? "~~~~" : "```"
                parts.append(fence + "\n" + b.text + "\n" + fence)
            case .tableCell:
                // Consecutive cells of one table form a Markdown table when they look like one.
                var cells: [Block] = []
                let table = b.cell?.table
                while i < blocks.count, blocks[i].kind == .tableCell, blocks[i].cell?.table == table {
                    cells.append(blocks[i])
                    i += 1
                }
                if table != nil, let t = MarkdownTable.render(cells, escape: escape) {
                    parts.append(t)
                } else {
                    parts.append(contentsOf: cells.map { escape($0.text) })
                }
                continue
            case .paragraph:
                parts.append(linked(b))
            }
            i += 1
        }
        return parts.joined(separator: "\n\n")
    }

    /// The block's text escaped, its links (if kept) as `[text](url)`.
    static func linked(_ b: Block) -> String {
        guard !b.links.isEmpty else { return escape(b.text) }
        var out = ""
        for (k, run) in LinkedText.runs(b).enumerated() {
            let text = k == 0 ? escape(run.text) : escapeInline(run.text)
            if let url = run.url {
                out += "[" + text + "](" + url.replacingOccurrences(of: " ", with: "%20")
                    .replacingOccurrences(of: "(", with: "%28").replacingOccurrences(of: ")", with: "%29") + ")"
            } else {
                out += text
            }
        }
        return out
    }

    /// Escapes inline markup only (for text that does not start a line).
    static func escapeInline(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]<>".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    /// Escapes what would turn a line of text into markup.
    static func escape(_ s: String) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count + 8)
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "<", ">":
                out.append("\\"); out.append(c)
            default:
                out.append(c)
            }
        }
        // Line-start markers: headings, lists, numbered lists, rules.
        if let first = out.first, "#-+=|".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isNumber }), dot != out.startIndex,
           out[dot] == "." || out[dot] == ")", out[out.startIndex..<dot].allSatisfy(\.isASCII),
           out.index(after: dot) == out.endIndex || out[out.index(after: dot)] == " " {
            out.insert("\\", at: dot)
        }
        return out
    }
}
