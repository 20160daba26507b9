import Pith

/// `--explain`: every block of the page in order, kept ones marked `+`, dropped ones `-` with
/// the reason.
enum ExplainPrinter {
    static func render(_ a: Article) -> String {
        var lines: [String] = []
        lines.append("title: \(a.title ?? "(none)")   charset: \(a.charset)   truncated: \(a.isTruncated)   kind: \(a.pageKind.rawValue)")
        var r = 0
        for k in 0...a.blocks.count {
            while r < a.removed.count, a.removed[r].position == k {
                lines.append("- [\(a.removed[r].reason.rawValue)] \(clip(a.removed[r].text))")
                r += 1
            }
            if k < a.blocks.count { lines.append("+ \(clip(a.blocks[k].text))") }
        }
        return lines.joined(separator: "\n")
    }

    private static func clip(_ s: String) -> String {
        s.count > 160 ? String(s.prefix(157)) + "…" : s
    }
}
