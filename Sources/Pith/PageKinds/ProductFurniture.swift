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
        let units = SubtreeSums.compute(tree, blocks) { $0.removal == nil ? Double($0.stats.units) : 0 }
        let h1 = tree.elements(named: "h1")
        var memo = ClassIDMemo()
        var i = 0
        while i < tree.count {
            defer { i += 1 }
            guard tree.nodes[i].kind == .element, filter.skip[i] == nil, !filter.firm[i], units[i] > 0 else { continue }
            switch tree.name(of: i) { case "html", "body", "main": continue; default: break }
            guard !h1.contains(where: { tree.contains(i, $0) }),
                  let r = NodeFilter.softReason(tree, i, hints: hints, memo: &memo, landmarks: false) else { continue }
            filter.soft[i] = r
            for j in i..<tree.nodes[i].end { filter.firm[j] = true }
            i = tree.nodes[i].end - 1
        }
    }
}
