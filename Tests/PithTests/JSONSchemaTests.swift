import Foundation
import Testing
@testable import Pith

/// The key table of Docs/json-output.md: (key, type) in order.
private func documentedSchema() throws -> [(String, String)] {
    let doc = try String(contentsOf: fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Docs/json-output.md"), encoding: .utf8)
    return doc.split(separator: "\n").compactMap { line in
        let cols = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
        guard cols.count >= 4, cols[1].hasPrefix("`"), cols[1].hasSuffix("`") else { return nil }
        return (String(cols[1].dropFirst().dropLast()), cols[2])
    }
}

/// Whether `key`'s value in the raw `json` has the documented `type`.
private func matches(_ json: String, _ key: String, _ type: String) -> Bool {
    guard let r = json.range(of: "\"\(key)\":") else { return false }
    let rest = json[r.upperBound...]
    if rest.hasPrefix("null") { return type.contains("or null") }
    if rest.hasPrefix("true") || rest.hasPrefix("false") { return type == "bool" }
    if rest.hasPrefix("\"") { return type.hasPrefix("string") }
    if rest.hasPrefix("[") { return type.hasPrefix("array") }
    return false
}

@Test func jsonOutputMatchesTheDocumentedSchema() throws {
    let html = """
    <html lang="en"><head><title>Budget passes - Example News</title>
    <meta property="og:site_name" content="Example News"><meta name="description" content="The council approved it.">
    <meta property="og:image" content="/img/lead.jpg"><link rel="canonical" href="/news/budget">
    <script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2020-05-01T10:00:00Z","dateModified":"2020-05-02","author":{"name":"Jane Doe"},"articleSection":"Politics"}</script>
    </head><body><nav><a href="/">Home</a> <a href="/a">World</a></nav><article><h1>Budget passes</h1>
    \(proseEN.map { "<p>\($0)</p>" }.joined())<table><tr><th>Item</th><th>Cost</th></tr><tr><td>Parks</td><td>5</td></tr></table>
    <p>Subscribe to our newsletter for more</p></article></body></html>
    """
    var o = ExtractionOptions()
    o.recordRemoved = true
    let article = try Pith.extract(html: Data(html.utf8), url: "https://example.com/a/b", options: o)
    let json = article.render(as: .json)
    #expect(!json.contains("\n"))
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    let schema = try documentedSchema()
    #expect(schema.count == 17)
    // Every key the output has is documented, with the documented type, in the documented order.
    let keysInOrder = schema.map(\.0).filter { object[$0] != nil }
    let outputOrder = keysInOrder.sorted { json.range(of: "\"\($0)\":")!.lowerBound < json.range(of: "\"\($1)\":")!.lowerBound }
    #expect(keysInOrder == outputOrder)
    #expect(Set(object.keys) == Set(keysInOrder))
    for (key, type) in schema where key != "removed" {
        #expect(object[key] != nil, "missing \(key)")
        #expect(matches(json, key, type), "\(key) is not \(type)")
    }
    #expect(object["date"] as? String == "2020-05-01T10:00:00Z")
    #expect(object["canonicalURL"] as? String == "https://example.com/news/budget")
    #expect(object["imageURL"] as? String == "https://example.com/img/lead.jpg")
    let cells = (object["paragraphs"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "tableCell" }
    #expect(cells.count == 4 && cells[0]["header"] as? Bool == true && cells[3]["row"] as? Int == 1)
}
