/// Chooses the element that holds the body: the node whose subtree has the largest total block
/// value. Prose adds, boilerplate subtracts, so the winner is the densest coherent text region —
/// wide enough to take in every part of the body, narrow enough to leave out the link lists,
/// prompts and menus around it. Prose under a soft mark (a footer, a sidebar by its class name)
/// counts for only a fraction (`SoftRemovalGuard.discount`). On a tie the outer element wins,
/// keeping neutral blocks such as headings that sit beside the paragraphs.
enum MainContentSelector {
    static func select(_ tree: DocumentTree, _ blocks: [TextBlock], softAbove: [RemovalReason?], discount: Double)
        -> Int? {
        let sums = SubtreeSums.compute(tree, blocks) { b in
            guard b.isKept else { return 0 }
            if b.value > 0, b.element >= 0, softAbove[b.element] != nil { return b.value * discount }
            return b.value
        }
        var best: Int? = nil
        var bestValue = 0.0
        for i in 0..<tree.count where tree[i].kind == .element && sums[i] > bestValue {
            best = i
            bestValue = sums[i]
        }
        return best
    }
}
