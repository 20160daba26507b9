import Foundation

/// Facts read from a page's JSON-LD (`<script type="application/ld+json">`), parsed as JSON —
/// arrays, `@graph` and nested objects included — not matched with patterns.
struct JSONLDFacts: Sendable, Equatable {
    var headline: String?
    var datePublished: String?
    var dateModified: String?
    var authors: [String] = []
    var publisher: String?
    var section: String?
    var description: String?
    var image: String?
    var url: String?
    var language: String?

    /// Types that describe the page's main content (their facts win over a WebSite's or an
    /// Organization's).
    static let contentTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "scholarlyarticle", "techarticle", "report", "webpage", "itempage", "socialmediaposting", "discussionforumposting",
        "liveblogposting", "creativework", "posting", "qapage", "howto", "recipe", "review", "backgroundnewsarticle",
    ]

    /// Reads every JSON-LD script's text; broken JSON is passed over.
    static func read(_ scripts: [String]) -> JSONLDFacts {
        var facts = JSONLDFacts()
        var objects: [[String: Any]] = []
        for s in scripts {
            guard let json = parse(s) else { continue }
            collect(json, into: &objects, depth: 0)
        }
        // Objects by @id, so that `"author": {"@id": "…#person"}` finds the Person in the graph.
        var byID: [String: [String: Any]] = [:]
        for o in objects { if let id = o["@id"] as? String, byID[id] == nil || o["name"] != nil { byID[id] = o } }
        // Content objects first, then anything else.
        let ranked = objects.filter { isContent($0) } + objects.filter { !isContent($0) }
        for o in ranked {
            let content = isContent(o)
            if content || facts.headline == nil && types(o).contains("webpage") {
                if facts.headline == nil { facts.headline = string(o["headline"]) ?? (content ? string(o["name"]) : nil) }
            }
            if content {
                if facts.datePublished == nil { facts.datePublished = string(o["datePublished"]) ?? string(o["dateCreated"]) }
                if facts.dateModified == nil { facts.dateModified = string(o["dateModified"]) }
                if facts.authors.isEmpty { facts.authors = names(o["author"] ?? o["creator"], byID) }
                if facts.section == nil { facts.section = string(o["articleSection"]) }
                if facts.description == nil { facts.description = string(o["description"]) }
                if facts.image == nil { facts.image = imageURL(o["image"] ?? o["thumbnailUrl"]) }
                if facts.url == nil { facts.url = string(o["url"]) ?? string((o["mainEntityOfPage"] as? [String: Any])?["@id"]) }
                if facts.language == nil { facts.language = string(o["inLanguage"]) }
                if facts.publisher == nil { facts.publisher = names(o["publisher"], byID).first }
            } else if facts.publisher == nil, types(o).contains(where: { $0 == "organization" || $0 == "newsmediaorganization" || $0 == "website" }) {
                facts.publisher = string(o["name"])
            }
        }
        return facts
    }

    /// Strict JSON first; then with HTML comment wrappers dropped and raw line breaks and tabs
    /// (invalid inside strings, common in pages; white space outside them) made spaces.
    private static func parse(_ s: String) -> Any? {
        if let json = try? JSONSerialization.jsonObject(with: Data(s.utf8), options: [.fragmentsAllowed]) { return json }
        var bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { bytes[i] = 0x20 }
        let cleaned = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "")
        return try? JSONSerialization.jsonObject(with: Data(cleaned.utf8), options: [.fragmentsAllowed])
    }

    private static func collect(_ json: Any, into out: inout [[String: Any]], depth: Int) {
        guard depth < 6 else { return }
        if let array = json as? [Any] {
            for item in array { collect(item, into: &out, depth: depth + 1) }
        } else if let object = json as? [String: Any] {
            out.append(object)
            if let graph = object["@graph"] { collect(graph, into: &out, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &out, depth: depth + 1) }
        }
    }

    private static func types(_ o: [String: Any]) -> [String] {
        if let t = o["@type"] as? String { return [t.lowercased()] }
        if let ts = o["@type"] as? [Any] { return ts.compactMap { ($0 as? String)?.lowercased() } }
        return []
    }

    private static func isContent(_ o: [String: Any]) -> Bool {
        types(o).contains { contentTypes.contains($0) || $0.hasSuffix("article") }
    }

    private static func string(_ v: Any?) -> String? {
        switch v {
        case let s as String:
            let t = WhitespaceNormalizer.collapse(s)
            return t.isEmpty ? nil : t
        case let a as [Any]: return a.lazy.compactMap { string($0) }.first
        case let n as NSNumber: return n.stringValue
        default: return nil
        }
    }

    /// Author and publisher names: a string, an object with `name`, or an array of either.
    private static func names(_ v: Any?, _ references: [String: [String: Any]] = [:]) -> [String] {
        switch v {
        case let s as String: return string(s).map { [$0] } ?? []
        case let o as [String: Any]:
            if let n = string(o["name"]) { return [n] }
            if let id = o["@id"] as? String, let target = references[id], target["@id"] as? String == id, target["name"] != nil {
                return names(target, [:])
            }
            return []
        case let a as [Any]:
            var seen: [String] = []
            for n in a.flatMap({ names($0, references) }) where !seen.contains(n) { seen.append(n) }
            return seen
        default: return []
        }
    }

    private static func imageURL(_ v: Any?) -> String? {
        switch v {
        case let s as String: return string(s)
        case let o as [String: Any]: return string(o["url"]) ?? string(o["contentUrl"]) ?? string(o["@id"])
        case let a as [Any]: return a.lazy.compactMap { imageURL($0) }.first
        default: return nil
        }
    }
}
