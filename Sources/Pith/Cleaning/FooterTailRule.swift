/// Ends the body at a footer that sits inside it: when the run of blocks chosen as the body
/// passes through a site or article footer (a `<footer>`, a copyright or reprint notice) or the
/// reader comments in its back half, what follows is another region of the page — a teaser of
/// the same story, a "more" box, an old table layout's sidebar — not the article going on.
/// Only a small tail goes after a footer (a third of what came before at most; after comments,
/// no more than came before), and a footer inside a quotation or a figure (`<blockquote>…
/// <footer>— Author</footer>`) is an attribution, not an end.
enum FooterTailRule {
    static func apply(_ blocks: inout [TextBlock], run: [Int], tree: DocumentTree?) {
        let units = run.map { blocks[$0].isKept ? blocks[$0].stats.units : 0 }
        let total = units.reduce(0, +)
        var before = 0
        for (n, i) in run.enumerated() {
            defer { before += units[n] }
            let r = blocks[i].removal
            guard r == .footer || r == .copyright || r == .comments, before * 2 >= total else { continue }
            if let tree, isInsideQuotation(tree, blocks[i].element) { continue }
            let after = total - before
            guard after > 0, after * (r == .comments ? 1 : 3) <= before else { continue }
            for j in run[(n + 1)...] where blocks[j].isKept { blocks[j].removal = r }
            return
        }
    }

    private static func isInsideQuotation(_ tree: DocumentTree, _ element: Int) -> Bool {
        tree.nearest(from: element, within: 64) { n in
            tree[n].kind == .element && ["blockquote", "figure", "q"].contains(tree.name(of: n))
        } != nil
    }
}
