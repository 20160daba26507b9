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
    public func render(as format: OutputFormat) -> String {
        switch format {
        case .text: return TextRenderer.render(self)
        case .json: return JSONRenderer.render(self)
        case .markdown: return MarkdownRenderer.render(self)
        case .html: return HTMLRenderer.render(self)
        }
    }
}
