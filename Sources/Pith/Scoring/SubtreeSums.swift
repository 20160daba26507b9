/// Adds a per-block quantity up the tree: `sums[i]` is the total over all blocks whose
/// element lies in node `i`'s subtree. One pass over the blocks, one backward pass over the
/// nodes (parents precede children), whatever the depth.
enum SubtreeSums {
    static func compute(_ tree: DocumentTree, _ blocks: [TextBlock], _ weight: (TextBlock) -> Double) -> [Double] {
        var sums = [Double](repeating: 0, count: tree.count)
        for b in blocks where b.element >= 0 { sums[b.element] += weight(b) }
        var i = tree.count - 1
        while i > 0 {
            let p = tree[i].parent
            if p >= 0 { sums[p] += sums[i] }
            i -= 1
        }
        return sums
    }
}
