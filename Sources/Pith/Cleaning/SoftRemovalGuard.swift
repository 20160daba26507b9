/// Turns soft marks (structure, roles, class/id hints) into removals — except where a marked
/// subtree holds most of the page's prose. A `<div id="header">` left unclosed around the whole
/// page, or `<article class="post no-comments">`, would otherwise take the body with it.
enum SoftRemovalGuard {
    /// The share of the page's positive value above which a soft mark is ignored.
    static func protectShare(_ focus: ExtractionOptions.Focus) -> Double {
        switch focus {
        case .balanced: return 0.5
        case .precision: return 0.7
        case .recall: return 0.35
        }
    }

    static func resolve(_ tree: DocumentTree, soft: [RemovalReason?], blocks: [TextBlock],
                        focus: ExtractionOptions.Focus) -> [RemovalReason?] {
        let positive = SubtreeSums.compute(tree, blocks) { $0.isKept ? max(0, $0.value) : 0 }
        let total = positive.first ?? 0
        let limit = protectShare(focus) * total
        var effective = [RemovalReason?](repeating: nil, count: tree.count)
        for i in 0..<tree.count {
            let p = tree[i].parent
            if p >= 0, let r = effective[p] { effective[i] = r; continue }
            if let r = soft[i], total == 0 || positive[i] < limit { effective[i] = r }
        }
        return effective
    }
}
