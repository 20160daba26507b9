/// Plain text: the title (unless the body already opens with it), a blank line, then the
/// blocks separated by blank lines.
enum TextRenderer {
    static func render(_ a: Article) -> String {
        var parts: [String] = []
        if let t = a.title, !t.isEmpty, !a.titleIsInBody, !a.blocks.isEmpty { parts.append(t) }
        parts.append(contentsOf: a.blocks.map(\.text))
        return parts.joined(separator: "\n\n")
    }
}
