import Foundation
import Testing
@testable import Pith

private let sites = fixturesDirectory.appendingPathComponent("sites")

private func pages(_ site: String, _ ext: String) throws -> [(String, Data)] {
    try (1...8).map { i in
        let name = String(format: "%02d", i)
        return (name, try Data(contentsOf: sites.appendingPathComponent("\(site)/\(name).\(ext)")))
    }
}

private func lines(_ path: String) throws -> [String] {
    try String(contentsOf: sites.appendingPathComponent(path), encoding: .utf8).split(separator: "\n").map(String.init)
}

/// Every furniture line and counter gone, every body line kept, the title kept — for each page.
private func check(site: String, ext: String, expected: String, format: ExtractionOptions.InputFormat = .auto) throws {
    let all = try pages(site, ext)
    var o = ExtractionOptions()
    o.inputFormat = format
    let template = SiteTemplate.learn(from: all.map(\.1), site: "example", options: o)
    #expect(template.pages == 8 && !template.isEmpty)
    o.siteTemplate = template
    o.recordRemoved = true
    let furniture = try lines("expected/\(expected)/furniture.txt")
    // The furniture is worded so that no phrase list knows it: only the template can drop it.
    let lexicon = try KnowledgeBase.shared.get().lexicon
    for f in furniture { #expect(lexicon.match(f, stats: TextStatistics(f)) == nil, "the lexicon knows \(f)") }
    for (name, data) in all {
        let a = try Pith.extract(html: data, options: o)
        let body = try lines("expected/\(expected)/\(name).txt")
        for line in body.dropFirst() { #expect(a.text.contains(line), "\(site)/\(name) lost: \(line)") }
        #expect(a.title == body[0] || a.text.contains(body[0]), "\(site)/\(name) lost its title")
        let gone = furniture + (try lines("expected/\(expected)/\(name).counters.txt")) + (try lines("expected/\(expected)/\(name).related.txt"))
        for f in gone { #expect(!a.render(as: .text, includeTitle: false).contains(f), "\(site)/\(name) kept: \(f)") }
        #expect(a.removed.contains { $0.reason == .siteTemplate })
    }
}

@Test func aDocumentSharingSitesFurnitureIsLearntAndDropped() throws {
    try check(site: "doc-share-gbk", ext: "html", expected: "doc-share")
}

@Test func anEssaySitesNewsletterBoxAndMembersWallAreLearntAndDropped() throws {
    try check(site: "essay-site", ext: "html", expected: "essay-site")
}

@Test func flattenedPagesLearnTheirRepeatedLines() throws {
    try check(site: "doc-share-text", ext: "txt", expected: "doc-share", format: .text)
}

@Test func lineKeysIgnoreNumbersCaseAndSpacing() {
    #expect(LineKey.key("本篇共2706字") == LineKey.key("本篇共1403字"))
    #expect(LineKey.key("1,234 reads") == LineKey.key("87  Reads"))
    #expect(LineKey.key("Updated 2024-05-01 12:30") == LineKey.key("updated 2023-11-17 08:05"))
    #expect(LineKey.key("Chapter one") != LineKey.key("Chapter two"))
}

private let places = ["the old mill", "Harrow Bridge", "the chalk pits", "Kestrel Farm", "the ferry steps", "Lowgate church"]
private let endings = ["the light had gone", "rain came in from the west", "the tide had turned", "the pub was closing",
                       "a fox crossed ahead", "the bells rang for evensong"]

/// A page of a walking society's site: two sentences of its own around a passage, then a line.
private func sitePage(_ i: Int, _ middle: String, _ end: String) -> String {
    """
    <html><body><div class="top"><p>Quarterly of the slow road</p></div><div class="post"><h1>Walking from \(places[i % 6])</h1>
    <p>This walk began at \(places[i % 6]), where the path turns north along the water and the reeds grow tall.</p>
    <p>\(middle)</p>
    <p>By the end of it \(endings[i % 6]), and the last mile home was walked by the sound of the river.</p>
    <p>\(end)</p></div></body></html>
    """
}

@Test func aRepeatedPassageBetweenThePagesOwnLinesStaysButNotAtTheEdge() throws {
    // Every page of a series repeats the same sentence in its middle (a standard passage) and
    // the same line at its end: the middle one is the text, the end one is furniture.
    let middle = "As always, we kept to the public footpaths and closed every gate behind us on the way."
    let end = "Share your own walks with the society by post."
    let pages = (0..<6).map { Data(sitePage($0, middle, end).utf8) }
    var o = ExtractionOptions()
    o.siteTemplate = SiteTemplate.learn(from: pages)
    let a = try Pith.extract(html: pages[2], options: o)
    #expect(a.text.contains(middle))
    #expect(!a.text.contains(end))
    #expect(a.text.contains("This walk began at the chalk pits"))
}

@Test func aTemplateNeverTakesMostOfABody() throws {
    // Pages that are copies of each other: the "template" is the whole text; it is not applied.
    let page = Data(sitePage(0, "The same middle line on every copy of the page, word for word.", "The same end.").utf8)
    var o = ExtractionOptions()
    o.siteTemplate = SiteTemplate.learn(from: [page, page, page, page])
    let a = try Pith.extract(html: page, options: o)
    #expect(a.text.contains("This walk began at the old mill"))
}

@Test func tooFewPagesLearnNothingAndTemplatesRoundTripAsJSON() throws {
    let all = try pages("essay-site", "html")
    #expect(SiteTemplate.learn(from: Array(all.prefix(2)).map(\.1)).isEmpty)
    let t = SiteTemplate.learn(from: all.map(\.1), site: "longhand.example.org")
    let back = try JSONDecoder().decode(SiteTemplate.self, from: JSONEncoder().encode(t))
    #expect(back == t)
    #expect(SiteTemplate.site(of: "https://m.Example.com:8080/a?b") == "example.com")
    #expect(SiteTemplate.site(of: "https://www.example.co.uk/") == "example.co.uk")
    #expect(SiteTemplate.site(of: "not an address") == nil)
}

@Test func oneTemplateServesManyThreadsAtOnce() throws {
    let all = try pages("essay-site", "html")
    var o = ExtractionOptions()
    o.siteTemplate = SiteTemplate.learn(from: all.map(\.1))
    let options = o
    let expected = try all.map { try Pith.extract(html: $0.1, options: options).text }
    DispatchQueue.concurrentPerform(iterations: 32) { i in
        let k = i % all.count
        #expect((try? Pith.extract(html: all[k].1, options: options).text) == expected[k])
    }
}

/// A page with no element at all is learnt from as nothing (it crashed the learning pass).
@Test func learningFromAPageWithNoElementGivesNothing() throws {
    let empty = Data("<?xml version=\"1.0\"?>".utf8)
    let template = SiteTemplate.learn(from: [empty, empty, empty])
    #expect(template.lines.isEmpty && template.slots.isEmpty)
}
