/// Why Pith could not produce an article.
///
/// ```swift
/// do {
///     _ = try Pith.extract(html: Data())
/// } catch let error as PithError {
///     print(error)   // "empty input"
/// }
/// ```
public enum PithError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The input has no bytes, or only white space.
    case emptyInput
    /// The input is not a web page (e.g. an image, a PDF, an archive); the payload names what it looks like.
    case notHTML(String)
    /// The input decoded and parsed, but holds no text at all.
    case noText
    /// The input is larger than `ExtractionOptions.maxInputBytes`.
    case inputTooLarge(bytes: Int, limit: Int)
    /// The page has more nodes than `ExtractionOptions.maxNodes`.
    case tooManyNodes(limit: Int)
    /// libxml2 could not build a document at all.
    case parseFailed
    /// A caller-given charset label is unknown.
    case unknownCharset(String)
    /// Pith's resource files (lexicon, hints) could not be found or read.
    case resourcesMissing(String)

    public var description: String {
        switch self {
        case .emptyInput: return "empty input"
        case .notHTML(let kind): return "not HTML (looks like \(kind))"
        case .noText: return "no text in the page"
        case .inputTooLarge(let bytes, let limit): return "input too large (\(bytes) bytes, limit \(limit))"
        case .tooManyNodes(let limit): return "too many nodes (limit \(limit))"
        case .parseFailed: return "the HTML parser could not build a document"
        case .unknownCharset(let label): return "unknown charset '\(label)'"
        case .resourcesMissing(let what): return "resource files missing: \(what)"
        }
    }
}
