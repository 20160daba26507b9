/// On a product page, the regions around the description that a shop repeats on every product:
/// customers' reviews, the buy box (price, variants, quantity, cart, delivery), carousels of
/// other products. They are named by class and id (`Resources/product-hints.txt`) and marked
/// before the body is looked for, as firm marks (`NodeFilter.firm`): a long review section
/// must not win over a short description. A region that holds the page's `<h1>` (the product's
/// name: the region is the product, whatever its class says), and the page's `<html>`,
/// `<body>` and `<main>`, are never marked (a shop that names its whole page
/// "product-reviews-enabled").
enum ProductFurniture {
    static func mark(_ tree: DocumentTree, _ blocks: [TextBlock], hints: ClassIDHints, filter: inout NodeFilter) {
        let h1 = tree.elements(named: "h1")
        KindFurniture.mark(tree, blocks, hints: hints, filter: &filter) { i, _ in
            switch tree.name(of: i) { case "html", "body", "main": return false; default: break }
            return !h1.contains(where: { tree.contains(i, $0) })
        }
    }
}

/// The marking both kinds' furniture shares: the outermost element with text that a kind's
/// class/id hints name, and that `mayMark` allows (given the text units under it), is soft-marked
/// with the hint's reason and made firm with its subtree.
enum KindFurniture {
    static func mark(_ tree: DocumentTree, _ blocks: [TextBlock], hints: ClassIDHints, filter: inout NodeFilter,
                     mayMark: (_ element: Int, _ units: Double) -> Bool) {
        let units = SubtreeSums.compute(tree, blocks) { $0.removal == nil ? Double($0.stats.units) : 0 }
        var memo = ClassIDMemo()
        var i = 0
        while i < tree.count {
            defer { i += 1 }
            guard tree.nodes[i].kind == .element, filter.skip[i] == nil, !filter.firm[i], units[i] > 0,
                  mayMark(i, units[i]),
                  let r = NodeFilter.softReason(tree, i, hints: hints, memo: &memo, landmarks: false) else { continue }
            filter.soft[i] = r
            for j in i..<tree.nodes[i].end { filter.firm[j] = true }
            i = tree.nodes[i].end - 1
        }
    }
}
