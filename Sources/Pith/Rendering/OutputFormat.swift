/// The forms an `Article` can be written in.
///
/// ```swift
/// print(article.render(as: .json))
/// ```
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Title, blank line, paragraphs separated by blank lines.
    case text
    /// One JSON object on one line (see Docs/json-output.md).
    case json
    /// Markdown: headings, lists, quotes, code blocks.
    case markdown
    /// A minimal HTML fragment (`<article>` with headings, paragraphs, lists, quotes, code).
    case html
}

extension Article {
    /// The article in the given format. Rendering never re-parses the page.
    ///
    /// - Parameters:
    ///   - format: text, Markdown, HTML, JSON or JSON Lines.
    ///   - includeTitle: false leaves the title out of text, Markdown and HTML — the separate
    ///     title line and the body's first blocks when they spell it — for users who want the
    ///     article body alone. JSON always carries `title` as a field.
    public func render(as format: OutputFormat, includeTitle: Bool = true) -> String {
        let a = includeTitle ? self : withoutTitle
        switch format {
        case .text: return TextRenderer.render(a)
        case .json: return JSONRenderer.render(self)
        case .markdown: return MarkdownRenderer.render(a)
        case .html: return HTMLRenderer.render(a)
        }
    }

    /// The same article with the title gone from the blocks and not printed separately.
    var withoutTitle: Article {
        var a = self
        if a.titleIsInBody { a.blocks.removeFirst(min(a.titleBlockCount, a.blocks.count)) }
        a.title = nil
        a.titleIsInBody = false
        a.titleBlockCount = 0
        return a
    }
}
