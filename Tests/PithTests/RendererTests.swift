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
