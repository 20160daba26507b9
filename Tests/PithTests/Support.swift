import Foundation
@testable import Pith

/// The repository's `Fixtures/` folder.
let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

func fixture(_ path: String) throws -> Data {
    try Data(contentsOf: fixturesDirectory.appendingPathComponent(path))
}

func fixtureText(_ path: String) throws -> String {
    String(decoding: try fixture(path), as: UTF8.self)
}

/// Extracts from an HTML string (UTF-8), recording removals.
func extract(_ html: String, _ configure: (inout ExtractionOptions) -> Void = { _ in }) throws -> Article {
    var o = ExtractionOptions()
    o.recordRemoved = true
    configure(&o)
    return try Pith.extract(html: Data(html.utf8), options: o)
}

/// A page with a nav, an article of `paragraphs` and `extra` markup after it.
func page(title: String = "A day in the city", paragraphs: [String], before: String = "", after: String = "") -> String {
    """
    <html><head><title>\(title) - Example News</title></head><body>
    <div class="topnav"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></div>
    \(before)
    <div class="story"><h1>\(title)</h1>
    \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
    \(after)
    </div>
    <div class="bottom"><a href="/about">About</a> <a href="/jobs">Jobs</a></div>
    </body></html>
    """
}

let proseEN = [
    "The city council met on Tuesday evening to discuss the new budget, which includes more money for parks and schools.",
    "Several residents spoke during the public comment period, raising concerns about traffic on the main road near the river.",
    "The mayor said the plan would be revised after further consultation with neighbourhood groups over the coming months.",
]

let proseZH = [
    "市政府昨天召开新闻发布会，介绍今年城市建设的主要进展。发言人说，全市新建道路一百二十公里，改造老旧小区三百多个。",
    "会议强调，各部门要加强协调，确保明年的各项工作按时完成，让人民群众有更多的获得感和幸福感。",
    "据介绍，明年全市将继续推进老旧小区改造，重点解决群众反映强烈的停车难、出行难等问题。",
]
