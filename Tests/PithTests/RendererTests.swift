import Testing
@testable import Pith

private let sample = Article(title: "Results & plans", blocks: [
    Block(kind: .heading, text: "# Not a heading", level: 2),
    Block(kind: .paragraph, text: "1. Stars *shine* <b> 1.20 costs"),
    Block(kind: .listItem, text: "first"), Block(kind: .listItem, text: "second"),
    Block(kind: .quote, text: "To be"),
    Block(kind: .code, text: "let x = 1\nprint(x)"),
    Block(kind: .tableCell, text: "Fruit", cell: TableCell(table: 0, row: 0, column: 0, isHeader: true)),
    Block(kind: .tableCell, text: "Price", cell: TableCell(table: 0, row: 0, column: 1, isHeader: true)),
    Block(kind: .tableCell, text: "Pear | ripe", cell: TableCell(table: 0, row: 1, column: 0)),
    Block(kind: .tableCell, text: "0.90", cell: TableCell(table: 0, row: 1, column: 1)),
    Block(kind: .tableCell, text: "A layout cell with a long paragraph in it", cell: TableCell(table: 1, row: 0, column: 0)),
], charset: "UTF-8")

@Test func markdownRendersStructureAndEscapesText() {
    let md = sample.render(as: .markdown)
    #expect(md == """
    # Results & plans

    ## \\# Not a heading

    1\\. Stars \\*shine\\* \\<b\\> 1.20 costs

    - first
    - second

    > To be

    ```
    let x = 1
    print(x)
    ```

    | Fruit | Price |
    | --- | --- |
    | Pear \\| ripe | 0.90 |

    A layout cell with a long paragraph in it
    """)
}

@Test func htmlIsAMinimalEscapedFragment() {
    let html = sample.render(as: .html)
    #expect(html.hasPrefix("<article>\n<h1>Results &amp; plans</h1>\n<h2># Not a heading</h2>\n<p>1. Stars *shine* &lt;b&gt; 1.20 costs</p>\n<ul>\n<li>first</li>\n<li>second</li>\n</ul>"))
    #expect(html.contains("<pre><code>let x = 1\nprint(x)</code></pre>"))
    #expect(html.hasSuffix("</article>"))
    #expect(!html.contains("<b>"))
}

@Test func textRendererPrintsTheTitleOnce() {
    var a = Article(title: "Title", blocks: [Block(kind: .paragraph, text: "Body.")], charset: "UTF-8")
    #expect(a.render(as: .text) == "Title\n\nBody.")
    a.titleIsInBody = true
    #expect(a.render(as: .text) == "Body.")
}

@Test func linksAreKeptOnlyWhenAskedAndResolved() throws {
    let html = "<html><head><base href=\"https://example.com/news/\"></head><body><article><h1>Parks</h1>"
        + "<p>The council met on <a href=\"/cal\"> Tuesday </a> to discuss the new budget, which includes more money for parks and schools, as <a href=\"report.pdf\">the report</a> shows.</p>"
        + proseEN.map { "<p>\($0)</p>" }.joined() + "<p><a href=\"javascript:void(0)\">Print</a> this page for your records today, please.</p></article></body></html>"
    let plain = try Pith.extract(string: html)
    #expect(plain.blocks.allSatisfy { $0.links.isEmpty })
    var o = ExtractionOptions()
    o.includeLinks = true
    let a = try Pith.extract(string: html, options: o)
    let p = try #require(a.blocks.first { $0.text.hasPrefix("The council met") })
    #expect(p.text.hasPrefix("The council met on Tuesday to discuss"))     // markers leave no trace
    #expect(p.links == [Link(start: 19, length: 7, url: "https://example.com/cal"),
                        Link(start: p.text.unicodeScalars.count - 17, length: 10, url: "https://example.com/news/report.pdf")])
    let md = a.render(as: .markdown)
    #expect(md.contains("The council met on [Tuesday](https://example.com/cal) to discuss"))
    #expect(a.render(as: .html).contains("as <a href=\"https://example.com/news/report.pdf\">the report</a> shows."))
    #expect(!md.contains("javascript"))
    #expect(a.render(as: .json).contains("\"links\":[{\"start\":19,\"length\":7,\"url\":\"https://example.com/cal\"}"))
}

@Test func markersSplitAcrossBlocksStayOutOfTheText() {
    let start = InlineLink.startMarker(0)
    var s = String.UnicodeScalarView()
    s.append(start); s.append(contentsOf: " Home ".unicodeScalars); s.append(InlineLink.endMarker)
    s.append(contentsOf: " and more".unicodeScalars); s.append(InlineLink.startMarker(1)); s.append(contentsOf: "cut".unicodeScalars)
    let (text, links) = InlineLink.extract(from: String(s), hrefs: ["/a", "/b"])
    #expect(text == "Home and morecut")
    #expect(links.first == InlineLink(start: 0, length: 4, href: "/a"))
    #expect(links.last?.href == "/b")
}

@Test func bodyAloneLeavesTheTitleOut() throws {
    // Separate title line.
    let a = Article(title: "Title", blocks: [Block(kind: .paragraph, text: "Body.")], charset: "UTF-8")
    #expect(a.render(as: .text, includeTitle: false) == "Body.")
    #expect(a.render(as: .markdown, includeTitle: false) == "Body.")
    // Title spelled by the body's first lines (the seed speech): those lines go too.
    let seed = try Pith.extract(html: try fixture("seed/000_4d4af724e9113844.txt"))
    #expect(seed.titleBlockCount == 2)
    let body = seed.render(as: .text, includeTitle: false)
    #expect(body.hasPrefix("同志们:"))
    #expect(seed.render(as: .text).hasPrefix("在全市基层组织建设年活动\n\n现场推进会上的讲话\n\n同志们:"))
    // JSON keeps the title as a field either way.
    #expect(seed.render(as: .json, includeTitle: false).contains("\"title\":\"在全市基层组织建设年活动现场推进会上的讲话\""))
}
