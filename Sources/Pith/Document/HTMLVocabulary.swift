/// What Pith knows about HTML tags: which start a new block, which never hold content.
enum HTMLVocabulary {
    /// Elements whose start and end break the text flow into a new block.
    static let blockLevel: Set<String> = [
        "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
        "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "frameset", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav",
        "noframes", "noscript", "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead",
        "tr", "ul", "listing", "plaintext", "xmp",
    ]

    /// Elements that never carry readable content; they are dropped with everything inside.
    static let nonContent: Set<String> = [
        "script", "style", "template", "iframe", "frame", "object", "embed", "applet", "svg",
        "math", "canvas", "map", "audio", "video", "source", "track", "picture", "input", "select", "option",
        "optgroup", "textarea", "button", "datalist", "output", "progress", "meter", "head", "title", "meta",
        "link", "base", "param", "dialog",
    ]

    /// Elements whose children the tree builder never needs to read.
    static let opaque: Set<String> = ["script", "style", "template", "svg", "math", "object", "applet"]

    /// What a tag name is, looked up once per element when the tree is built, so the passes
    /// over the tree test bits instead of hashing or comparing strings.
    struct TagFlags: OptionSet, Sendable {
        let rawValue: UInt16
        static let blockLevel = TagFlags(rawValue: 1 << 0)
        static let nonContent = TagFlags(rawValue: 1 << 1)
        static let opaque = TagFlags(rawValue: 1 << 2)
        static let anchor = TagFlags(rawValue: 1 << 3)
        static let lineBreak = TagFlags(rawValue: 1 << 4)
        static let paragraph = TagFlags(rawValue: 1 << 5)
        /// Named regions (`nav`, `aside`, `footer`…) and the containers `NodeFilter` never marks.
        static let landmark = TagFlags(rawValue: 1 << 6)
        static let article = TagFlags(rawValue: 1 << 7)
        /// `h1`…`h6`.
        static let heading = TagFlags(rawValue: 1 << 8)
        /// `td`, `th`.
        static let tableCell = TagFlags(rawValue: 1 << 9)
        /// `pre`, `xmp`, `listing`.
        static let preformatted = TagFlags(rawValue: 1 << 10)
        /// `li`, `dd`, `dt`.
        static let listItem = TagFlags(rawValue: 1 << 11)
        /// `blockquote`.
        static let quotation = TagFlags(rawValue: 1 << 12)
    }

    private static let landmarks: Set<String> = [
        "nav", "menu", "aside", "footer", "header", "figcaption", "html", "body", "main", "article",
        "noscript",
    ]

    /// Flags of every tag name Pith knows; other names have none.
    private static let knownFlags: [String: TagFlags] = {
        var table: [String: TagFlags] = [:]
        for name in blockLevel.union(nonContent).union(opaque).union(landmarks).union(["a", "br", "hr", "p"]) {
            table[name] = computeFlags(of: name)
        }
        return table
    }()

    static func flags(of name: String) -> TagFlags { knownFlags[name] ?? [] }

    private static func computeFlags(of name: String) -> TagFlags {
        var f: TagFlags = []
        if blockLevel.contains(name) { f.insert(.blockLevel) }
        if nonContent.contains(name) { f.insert(.nonContent) }
        if opaque.contains(name) { f.insert(.opaque) }
        if landmarks.contains(name) { f.insert(.landmark) }
        switch name {
        case "a": f.insert(.anchor)
        case "br", "hr": f.insert(.lineBreak)
        case "p": f.insert(.paragraph)
        case "article": f.insert(.article)
        case "h1", "h2", "h3", "h4", "h5", "h6": f.insert(.heading)
        case "td", "th": f.insert(.tableCell)
        case "pre", "xmp", "listing": f.insert(.preformatted)
        case "li", "dd", "dt": f.insert(.listItem)
        case "blockquote": f.insert(.quotation)
        default: break
        }
        return f
    }

    static func headingLevel(_ name: String) -> Int? {
        guard name.count == 2, name.first == "h", let d = name.last?.wholeNumberValue, (1...6).contains(d) else {
            return nil
        }
        return d
    }
}
