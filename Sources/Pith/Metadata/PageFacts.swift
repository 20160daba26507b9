/// Everything the page says about itself outside its text, read in one pass over the tree:
/// `<meta>` tags (name, property, itemprop, http-equiv), `<link rel=canonical>`, `<base>`,
/// author links, `<time datetime>`, JSON-LD scripts, `<html lang>`.
struct PageFacts: Sendable {
    /// Meta values by lower-cased key, first occurrence (with more than white space) kept, as
    /// the page wrote them: `meta(_:)` collapses the one asked for (most are never asked for).
    private var meta: [String: String] = [:]
    var canonical: String?
    var base: String?
    var htmlLang: String?
    var authorLinks: [String] = []
    /// `datetime` values of `<time>` elements; the first ones marked as publication dates.
    var times: [(value: String, isPublished: Bool)] = []
    var jsonLD = JSONLDFacts()
    /// schema.org types named by microdata `itemtype`s (lower case, without the vocabulary's address).
    var itemTypes: Set<String> = []

    /// The attributes the facts are read from (`class` only matters with `datetime`).
    private static var factAttributes: HTMLVocabulary.AttributeMask { .content.union(.name).union(.property).union(.httpEquiv).union(.itemprop).union(.rel).union(.href).union(.lang).union(.xmlLang).union(.type).union(.datetime).union(.pubdate).union(.itemtype) }

    private static var itemTypeAttribute: HTMLVocabulary.AttributeMask { .itemtype }

    private static var authorAttributes: HTMLVocabulary.AttributeMask { .rel.union(.itemprop) }

    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }

    /// The attributes that name a `<meta>`'s key, in the order they are read.
    private static let metaKeyAttributes: [HTMLVocabulary.AttributeMask] = [.property, .name, .itemprop, .httpEquiv]

    init(_ tree: DocumentTree, hard: [RemovalReason?]) {
        var scripts: [String] = []
        var itemTypeReads = 0
        // Tag names compared by their number in the tree's name table (-1: the page has none).
        let ids = tree.nameIDs(["meta", "link", "base", "html", "script", "time", "a", "span", "div", "p"])
        let (metaID, linkID, baseID, htmlID, scriptID, timeID) = (ids[0], ids[1], ids[2], ids[3], ids[4], ids[5])
        let authorHolders = ids[6...].filter { $0 >= 0 }
        for i in 0..<tree.count where tree[i].kind == .element {
            let node = tree[i]
            // Every fact below is read from an attribute most elements do not have.
            guard tree.hasAny(Self.factAttributes, i) else { continue }
            if tree.hasAny(Self.itemTypeAttribute, i), itemTypeReads < 48, let t = tree.attribute(Self.itemTypeAttribute, of: i) {
                // Microdata repeats its types on every item: the first few dozen say them all.
                itemTypeReads += 1
                for url in t.split(separator: " ") {
                    if let name = url.split(separator: "/").last, !name.isEmpty { itemTypes.insert(name.lowercased()) }
                }
            }
            let id = tree.nodes[i].nameID
            switch id {
            case metaID:
                guard var content = tree.attribute(HTMLVocabulary.AttributeMask.content, of: i),
                      content.withUTF8({ WhitespaceNormalizer.hasNonSpace(bytes: $0) }) else { continue }
                for attr in Self.metaKeyAttributes {
                    if let k = tree.attribute(attr, of: i)?.lowercased(), !k.isEmpty, meta[k] == nil { meta[k] = content }
                }
            case linkID:
                if canonical == nil, HTMLVocabulary.isCanonical(tree.attribute(HTMLVocabulary.AttributeMask.rel, of: i) ?? "") {
                    canonical = tree.attribute(HTMLVocabulary.AttributeMask.href, of: i)
                }
            case baseID:
                if base == nil { base = tree.attribute(HTMLVocabulary.AttributeMask.href, of: i) }
            case htmlID:
                if htmlLang == nil, let l = tree.attribute(HTMLVocabulary.AttributeMask.lang, of: i) ?? tree.attribute(HTMLVocabulary.AttributeMask.xmlLang, of: i), !l.isEmpty { htmlLang = l }
            case scriptID:
                if ByteSearch.containsIgnoringASCIICase(tree.attribute(HTMLVocabulary.AttributeMask.type, of: i) ?? "", "ld+json") {
                    var s = ""
                    for j in i..<node.end where tree[j].kind == .text { s += tree.text(of: j) }
                    scripts.append(s)
                }
            case timeID:
                guard times.count < 8, let dt = tree.attribute(HTMLVocabulary.AttributeMask.datetime, of: i) else { continue }
                let itemprop = (tree.attribute(HTMLVocabulary.AttributeMask.itemprop, of: i) ?? "").lowercased()
                let published = tree.attribute(HTMLVocabulary.AttributeMask.pubdate, of: i) != nil
                    || itemprop == "datepublished" || itemprop == "datecreated"
                    || ByteSearch.containsIgnoringASCIICase(tree.attribute(HTMLVocabulary.AttributeMask.`class`, of: i) ?? "", "publish")
                times.append((dt, published))
            case _ where authorHolders.contains(id):
                // Links have an `href`, but an author link also a `rel` or an `itemprop`.
                guard tree.hasAny(Self.authorAttributes, i) else { continue }
                let rel = (tree.attribute(HTMLVocabulary.AttributeMask.rel, of: i) ?? "").lowercased()
                let itemprop = (tree.attribute(HTMLVocabulary.AttributeMask.itemprop, of: i) ?? "").lowercased()
                if rel == "author" || itemprop == "author", authorLinks.count < 5, hard[i] == nil {
                    let t = tree.textContent(of: i)
                    if !t.isEmpty, t.count <= 80 { authorLinks.append(t) }
                }
            default: break
            }
        }
        jsonLD = JSONLDFacts.read(scripts)
    }

    /// The value of the first `<meta>`, by name in sorted order, whose name `accept` takes.
    func firstMeta(whereName accept: (String) -> Bool) -> String? {
        meta.keys.filter(accept).sorted().lazy.map { WhitespaceNormalizer.collapse(meta[$0]!) }.first { !$0.isEmpty }
    }

    /// The first meta value among `keys`, white space collapsed.
    func meta(_ keys: [String]) -> String? {
        meta(keys) { _ in true }
    }

    /// The first meta value among `keys` that `accept` takes.
    func meta(_ keys: [String], where accept: (String) -> Bool) -> String? {
        for k in keys {
            if let v = meta[k] {
                let c = WhitespaceNormalizer.collapse(v)
                if accept(c) { return c }
            }
        }
        return nil
    }

    /// The value of a `twitter:dataN` whose `twitter:labelN` is `label` (case aside): the
    /// "Written by" pair that blogging software writes for its authors.
    func labelledMeta(_ label: String) -> String? {
        for n in 1...4 {
            guard let l = meta["twitter:label\(n)"], l.lowercased().trimmingBlanks() == label,
                  let v = meta["twitter:data\(n)"] else { continue }
            return WhitespaceNormalizer.collapse(v)
        }
        return nil
    }

    /// Short texts of elements whose class names an author or byline (`<span class="author">`),
    /// outside comments and author boxes, not hidden: the last source of a byline, read only when
    /// no other source named anybody (it looks at every class on the page).
    static func authorClassTexts(_ tree: DocumentTree, hard: [RemovalReason?], limit: Int = 3) -> [String] {
        var found: [String] = []
        for i in 0..<tree.count where tree[i].kind == .element && hard[i] == nil && tree.hasAny(classAttribute, i) {
            if let text = authorClassText(tree, i) {
                found.append(text)
                if found.count >= limit { break }
            }
        }
        return found
    }

    /// Class words that mark an author box, a picture or a list rather than a byline.
    private static let excludedAuthorClasses: [StaticString] = ["comment", "bio", "avatar", "image", "photo", "img", "desc",
                                                                "about", "box", "list", "more", "related", "widget"]

    /// The text of an element whose class names an author or a byline, when it is short enough to
    /// be one; nil inside comments and author boxes (`comment-author`, `author-bio`, `avatar`).
    private static func authorClassText(_ tree: DocumentTree, _ i: Int) -> String? {
        let names = tree.withAttribute(classAttribute, of: i) { b -> Bool in
            guard ByteSearch.containsIgnoringASCIICase(b, "author") || ByteSearch.containsIgnoringASCIICase(b, "byline") else { return false }
            for word in excludedAuthorClasses where ByteSearch.containsIgnoringASCIICase(b, word) { return false }
            return true
        } ?? false
        guard names else { return nil }
        // Not inside a comment or a reply.
        let inComment = tree.nearest(from: tree[i].parent, within: 8) { p in
            tree.withAttribute(classAttribute, of: p) { b in
                ByteSearch.containsIgnoringASCIICase(b, "comment") || ByteSearch.containsIgnoringASCIICase(b, "reply")
            } ?? false
        }
        guard inComment == nil else { return nil }
        let text = tree.textContent(of: i)
        guard !text.isEmpty, text.count <= 60 else { return nil }
        return text
    }
}
