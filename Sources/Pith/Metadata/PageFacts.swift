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
    private static let factAttributes = HTMLVocabulary.mask(
        "content", "name", "property", "http-equiv", "itemprop", "rel", "href", "lang", "xml:lang", "type", "datetime", "pubdate", "itemtype")

    private static let itemTypeAttribute = HTMLVocabulary.mask("itemtype")

    private static let authorAttributes = HTMLVocabulary.mask("rel", "itemprop")

    init(_ tree: DocumentTree, hard: [RemovalReason?]) {
        var scripts: [String] = []
        var itemTypeReads = 0
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
            switch tree.name(of: i) {
            case "meta":
                guard var content = tree.attribute("content", of: i),
                      content.withUTF8({ WhitespaceNormalizer.hasNonSpace(bytes: $0) }) else { continue }
                for attr in ["property", "name", "itemprop", "http-equiv"] {
                    if let k = tree.attribute(attr, of: i)?.lowercased(), !k.isEmpty, meta[k] == nil { meta[k] = content }
                }
            case "link":
                if canonical == nil, HTMLVocabulary.isCanonical(tree.attribute("rel", of: i) ?? "") {
                    canonical = tree.attribute("href", of: i)
                }
            case "base":
                if base == nil { base = tree.attribute("href", of: i) }
            case "html":
                if htmlLang == nil, let l = tree.attribute("lang", of: i) ?? tree.attribute("xml:lang", of: i), !l.isEmpty { htmlLang = l }
            case "script":
                if ByteSearch.containsIgnoringASCIICase(tree.attribute("type", of: i) ?? "", "ld+json") {
                    var s = ""
                    for j in i..<node.end where tree[j].kind == .text { s += tree.text(of: j) }
                    scripts.append(s)
                }
            case "time":
                guard times.count < 8, let dt = tree.attribute("datetime", of: i) else { continue }
                let published = tree.attribute("pubdate", of: i) != nil
                    || (tree.attribute("itemprop", of: i) ?? "").lowercased() == "datepublished"
                    || ByteSearch.containsIgnoringASCIICase(tree.attribute("class", of: i) ?? "", "publish")
                times.append((dt, published))
            case "a", "span", "div", "p":
                // Links have an `href`, but an author link also a `rel` or an `itemprop`.
                guard tree.hasAny(Self.authorAttributes, i) else { continue }
                let rel = (tree.attribute("rel", of: i) ?? "").lowercased()
                let itemprop = (tree.attribute("itemprop", of: i) ?? "").lowercased()
                if rel == "author" || itemprop == "author", authorLinks.count < 5, hard[i] == nil {
                    let t = tree.textContent(of: i)
                    if !t.isEmpty, t.count <= 80 { authorLinks.append(t) }
                }
            default: break
            }
        }
        jsonLD = JSONLDFacts.read(scripts)
    }

    /// The first meta value among `keys`, white space collapsed.
    func meta(_ keys: [String]) -> String? {
        for k in keys { if let v = meta[k] { return WhitespaceNormalizer.collapse(v) } }
        return nil
    }
}
