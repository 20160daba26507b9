/// What Pith knows about HTML tags: which start a new block, which never hold content.
enum HTMLVocabulary {
    /// Elements whose start and end break the text flow into a new block.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
        "noframes", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "listing", "plaintext", "xmp",
    ]

    /// Elements that never carry readable content; they are dropped with everything inside.
    static let nonContent: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "frame", "object", "embed", "applet", "svg",
        "math", "canvas", "map", "audio", "video", "source", "track", "picture", "input", "select", "option",
        "optgroup", "textarea", "button", "datalist", "output", "progress", "meter", "head", "title", "meta",
        "link", "base", "param", "dialog",
    ]

    /// Elements whose children the tree builder never needs to read.
    static let opaque: Set<String> = ["script", "style", "template", "svg", "math", "object", "applet"]

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let d = name.last?.wholeNumberValue, (1...6).contains(d) else {
            return nil
        }
        return d
    }
}
