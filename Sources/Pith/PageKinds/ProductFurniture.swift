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

    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }

    /// Elements a framework's utility class hides (`d-none`, `hidden`: `[hidden-class]` in
    /// `Resources/page-kinds.txt`, whole class names only) are firm `.hidden` marks with their
    /// subtrees: on a product page they are the other variants' prices and stock notes, a size
    /// chart's dialog, a cart's empty state, shown by a script. Not when the element holds the
    /// page's `<h1>` or is its `<html>`, `<body>` or `<main>`, nor when another class shows it at
    /// some screen size (`hidden md:block`).
    static func markHiddenByClass(_ tree: DocumentTree, classes: Set<[UInt8]>, filter: inout NodeFilter) {
        guard !classes.isEmpty else { return }
        var h1: [Int]?
        var scratch: [UInt8] = []
        scratch.reserveCapacity(64)
        var i = 0
        while i < tree.count {
            defer { i += 1 }
            guard tree.nodes[i].kind == .element, filter.skip[i] == nil, !filter.firm[i], tree.hasAny(classAttribute, i),
                  tree.withAttribute(classAttribute, of: i, { hides($0, classes, scratch: &scratch) }) == true else { continue }
            switch tree.name(of: i) { case "html", "body", "main": continue; default: break }
            if h1 == nil { h1 = tree.elements(named: "h1") }
            guard !h1!.contains(where: { tree.contains(i, $0) }) else { continue }
            filter.soft[i] = .hidden
            for j in i..<tree.nodes[i].end { filter.firm[j] = true }
            i = tree.nodes[i].end - 1
        }
    }

    /// True when one of the class value's names is in `classes` (ASCII case ignored) and no name
    /// shows the element at a screen size (`md:block`, `lg:flex`: a colon, then a display value).
    static func hides(_ value: UnsafeBufferPointer<UInt8>, _ classes: Set<[UInt8]>, scratch name: inout [UInt8]) -> Bool {
        var found = false
        name.removeAll(keepingCapacity: true)
        var k = 0
        while k <= value.count {
            let b = k < value.count ? value[k] : 0x20
            k += 1
            if b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0C || b == 0x0D {
                if !name.isEmpty {
                    if classes.contains(name) { found = true }
                    if let colon = name.lastIndex(of: 0x3A), shows(name[(colon + 1)...]) { return false }
                    name.removeAll(keepingCapacity: true)
                }
                continue
            }
            name.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return found
    }

    private static let displayValues: Set<[UInt8]> = Set(["block", "flex", "grid", "inline", "inline-block", "inline-flex",
                                                          "table", "contents"].map { Array($0.utf8) })

    private static func shows(_ value: ArraySlice<UInt8>) -> Bool { displayValues.contains(Array(value)) }
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
