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
    /// The longest `description` of a product the page describes (`productTypes`).
    var productDescription: String?
    var image: String?
    var url: String?
    var language: String?
    /// Every `@type` the page's JSON-LD declares (lower case), nested objects and `@graph` included.
    var types: Set<String> = []

    /// Types that describe the page's main content (their facts win over a WebSite's or an
    /// Organization's).
    static let contentTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "scholarlyarticle", "techarticle", "report", "webpage", "itempage", "socialmediaposting", "discussionforumposting",
        "liveblogposting", "creativework", "posting", "qapage", "howto", "recipe", "review", "backgroundnewsarticle",
    ]

    /// Types of a thing a shop sells.
    static let productTypes: Set<String> = [
        "product", "productgroup", "individualproduct", "productmodel", "softwareapplication", "videogame", "book", "course",
    ]

    /// Reads every JSON-LD script's text; broken JSON is passed over.
    static func read(_ scripts: [String]) -> JSONLDFacts {
        var facts = JSONLDFacts()
        var objects: [[String: JSONValue]] = []
        for s in scripts {
            guard let json = parse(s) else { continue }
            collect(json, into: &objects, depth: 0)
            collectTypes(json, into: &facts.types, depth: 0)
        }
        // Objects by @id, so that `"author": {"@id": "…#person"}` finds the Person in the graph.
        var byID: [String: [String: JSONValue]] = [:]
        for o in objects { if let id = o["@id"]?.stringValue, byID[id] == nil || o["name"] != nil { byID[id] = o } }
        // Content objects first, then anything else.
        let ranked = objects.filter { isContent($0) } + objects.filter { !isContent($0) }
        for o in ranked {
            if types(o).contains(where: { productTypes.contains($0) }), let d = string(o["description"]),
               d.utf8.count > facts.productDescription?.utf8.count ?? 0 {
                facts.productDescription = d
            }
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
                if facts.url == nil { facts.url = string(o["url"]) ?? string(o["mainEntityOfPage"]?["@id"]) }
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
    private static func parse(_ s: String) -> JSONValue? {
        if let json = JSONValue.parse(s) { return json }
        var bytes = Array(s.utf8)
        for i in bytes.indices where bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { bytes[i] = 0x20 }
        if bytes.allSatisfy({ $0 < 0x80 }) {
            // ASCII: the wrappers are cut on bytes (no character can join a following mark).
            return JSONValue.parse(String(decoding: removing("-->", from: removing("<!--", from: bytes)), as: UTF8.self))
        }
        let cleaned = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "<!--", with: "").replacingOccurrences(of: "-->", with: "")
        return JSONValue.parse(cleaned)
    }

    /// `bytes` without any occurrence of `pattern` (left to right, as `replacingOccurrences`).
    private static func removing(_ pattern: StaticString, from bytes: [UInt8]) -> [UInt8] {
        let p = Array(UnsafeBufferPointer(start: pattern.utf8Start, count: pattern.utf8CodeUnitCount))
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var i = 0
        while i < bytes.count {
            if bytes[i] == p[0], i + p.count <= bytes.count, bytes[i..<i + p.count].elementsEqual(p) {
                i += p.count
            } else {
                out.append(bytes[i])
                i += 1
            }
        }
        return out
    }

    private static func collect(_ json: JSONValue, into out: inout [[String: JSONValue]], depth: Int) {
        guard depth < 6 else { return }
        switch json {
        case .array(let array):
            for item in array { collect(item, into: &out, depth: depth + 1) }
        case .object(let object):
            out.append(object)
            if let graph = object["@graph"] { collect(graph, into: &out, depth: depth + 1) }
            if let main = object["mainEntity"] { collect(main, into: &out, depth: depth + 1) }
        default:
            break
        }
    }

    /// Every `@type` anywhere in the value (an ItemList's Products, a graph's nodes), looking at
    /// no more than `budget` objects and arrays (a shop's catalogue of a thousand offers need not
    /// be walked to its end: its types repeat).
    private static func collectTypes(_ v: JSONValue, into out: inout Set<String>, depth: Int) {
        var budget = 400
        collectTypes(v, into: &out, depth: depth, budget: &budget)
    }

    private static func collectTypes(_ v: JSONValue, into out: inout Set<String>, depth: Int, budget: inout Int) {
        guard depth < 8, out.count < 64, budget > 0 else { return }
        switch v {
        case .object(let o):
            budget -= 1
            if let t = o["@type"] {
                switch t {
                case .string(let s): out.insert(s.lowercased())
                case .array(let ts): for x in ts { if let s = x.stringValue { out.insert(s.lowercased()) } }
                default: break
                }
            }
            for (_, child) in o {
                switch child {
                case .object, .array: collectTypes(child, into: &out, depth: depth + 1, budget: &budget)
                default: break
                }
            }
        case .array(let a):
            budget -= 1
            for child in a {
                switch child {
                case .object, .array: collectTypes(child, into: &out, depth: depth + 1, budget: &budget)
                default: break
                }
            }
        default: break
        }
    }

    private static func types(_ o: [String: JSONValue]) -> [String] {
        switch o["@type"] {
        case .string(let t)?: return [t.lowercased()]
        case .array(let ts)?: return ts.compactMap { $0.stringValue?.lowercased() }
        default: return []
        }
    }

    private static func isContent(_ o: [String: JSONValue]) -> Bool {
        types(o).contains { contentTypes.contains($0) || $0.hasSuffix("article") }
    }

    private static func string(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?:
            let t = WhitespaceNormalizer.collapse(s)
            return t.isEmpty ? nil : t
        case .array(let a)?: return a.lazy.compactMap { string($0) }.first
        case let other?: return other.numberText
        case nil: return nil
        }
    }

    /// Author and publisher names: a string, an object with `name`, or an array of either.
    private static func names(_ v: JSONValue?, _ references: [String: [String: JSONValue]] = [:]) -> [String] {
        switch v {
        case .string(let s)?: return string(.string(s)).map { [$0] } ?? []
        case .object(let o)?:
            if let n = string(o["name"]) { return [n] }
            if let id = o["@id"]?.stringValue, let target = references[id], target["@id"]?.stringValue == id, target["name"] != nil {
                return names(.object(target), [:])
            }
            return []
        case .array(let a)?:
            var seen: [String] = []
            for n in a.flatMap({ names($0, references) }) where !seen.contains(n) { seen.append(n) }
            return seen
        default: return []
        }
    }

    private static func imageURL(_ v: JSONValue?) -> String? {
        switch v {
        case .string(let s)?: return string(.string(s))
        case .object(let o)?: return string(o["url"]) ?? string(o["contentUrl"]) ?? string(o["@id"])
        case .array(let a)?: return a.lazy.compactMap { imageURL($0) }.first
        default: return nil
        }
    }
}
