/// The forms an `Article` can be written in.
///
/// ```swift
/// print(article.render(as: .json))
/// ```
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Title, blank line, paragraphs separated by blank lines.
    case text
    /// One JSON object (see Docs/json-output.md).
    case json
}

extension Article {
    /// The article in the given format. Rendering never re-parses the page.
    public func render(as format: OutputFormat) -> String {
        switch format {
        case .text: return TextRenderer.render(self)
        case .json: return JSONRenderer.render(self)
        }
    }
}
