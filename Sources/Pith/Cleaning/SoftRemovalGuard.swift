/// Soft marks (structure, roles, class/id hints) are evidence, not verdicts.
///
/// While the container is chosen, prose under a soft mark counts for only a fraction of its value
/// (`discount`), so a long "customer service" paragraph in `<div class="footer-wrap">` loses to a
/// short article. Once the container is chosen, marks on it and on its ancestors are void (an
/// unclosed `<div id="header">` around the whole page must not take the body with it), and so are
/// marks inside it whose subtree holds half or more of its prose (`<div class="entry no-comments">`).
/// Every other mark removes its subtree.
enum SoftRemovalGuard {
    /// How much of a soft-marked block's positive value counts while choosing the container.
    static func discount(_ focus: ExtractionOptions.Focus) -> Double {
        switch focus {
        case .balanced: return 0.4
        case .precision: return 0.25
        case .recall: return 0.55
        }
    }

    /// The nearest soft mark above each node (itself included), in one forward pass.
    static func inherit(_ tree: DocumentTree, _ marks: [RemovalReason?]) -> [RemovalReason?] {
        var out = marks
        for i in 0..<tree.count where out[i] == nil {
            let p = tree[i].parent
            if p >= 0 { out[i] = out[p] }
        }
        return out
    }

    /// The soft marks inherited down the tree, without those on `container` and its ancestors
    /// (a region the body lies in is no region to leave out), before any mark is voided for
    /// the prose it holds.
    static func voidingAncestors(_ tree: DocumentTree, soft: [RemovalReason?], of container: Int?) -> [RemovalReason?] {
        var marks = soft
        var n = container ?? -1
        while n >= 0 { marks[n] = nil; n = tree[n].parent }
        return inherit(tree, marks)
    }

    /// The marks that stand once `container` is chosen, inherited down the tree.
    static func resolve(_ tree: DocumentTree, soft: [RemovalReason?], blocks: [TextBlock], container: Int?)
        -> [RemovalReason?] {
        var marks = soft
        if let c = container {
            var n = c
            while n >= 0 { marks[n] = nil; n = tree[n].parent }
            let positive = SubtreeSums.compute(tree, blocks) { $0.isKept ? max(0, $0.value) : 0 }
            let half = 0.5 * positive[c]
            for i in (c + 1)..<tree[c].end where marks[i] != nil && positive[i] >= half && half > 0 {
                marks[i] = nil
            }
        }
        return inherit(tree, marks)
    }
}
