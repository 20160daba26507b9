/// Chooses the body as a run of blocks in document order: the contiguous run whose values add up
/// to the most (prose pays, boilerplate costs — Finn et al.'s Body Text Extraction idea on Pith's
/// block values). Unlike a sum over a subtree, a run is not dragged down by link lists that share
/// the body's table cell further down the page, which old table layouts do all the time.
///
/// The run is then widened at both ends over blocks that are nearly neutral (headings, short
/// lines, metadata lines: value ≥ `edgeTolerance`) while they stay inside the lowest common
/// ancestor of the run — so a heading just above the first paragraph or a closing "PTI" is kept.
///
/// The run and the best subtree (`MainContentSelector`) check each other: when the run spills
/// out of the best subtree — across into a "More from this site" section whose teasers carry
/// long excerpts — the run is found again inside that subtree. When they are apart (a long
/// legal notice in its own table outscoring an article whose cell also holds link lists), the
/// run stands.
enum BodyRunSelector {
    static let edgeTolerance = -5.0

    /// Block indices of the body, in order; empty when nothing is worth anything.
    static func select(_ tree: DocumentTree, _ blocks: [TextBlock], softAbove: [RemovalReason?], discount: Double,
                       within scope: Int? = nil) -> [Int] {
        let candidates = blocks.indices.filter { i in
            blocks[i].isKept && (scope.map { tree.contains($0, blocks[i].element) } ?? true)
        }
        let values = candidates.map { i -> Double in
            let b = blocks[i]
            if b.element >= 0, softAbove[b.element] != nil { return b.value * discount }
            return b.value
        }
        let run = BestRun.find(values)
        guard !run.isEmpty else { return [] }
        let container = lowestCommonAncestor(tree, blocks[candidates[run.lowerBound]].element,
                                             blocks[candidates[run.upperBound - 1]].element)
        var lo = run.lowerBound, hi = run.upperBound
        while lo > 0, values[lo - 1] >= edgeTolerance, tree.contains(container, blocks[candidates[lo - 1]].element) {
            lo -= 1
        }
        while hi < values.count, values[hi] >= edgeTolerance, tree.contains(container, blocks[candidates[hi]].element) {
            hi += 1
        }
        return Array(candidates[lo..<hi])
    }

    /// The body: the best run, kept inside the best subtree when it spills out of it; with the
    /// lowest common ancestor of its blocks (nil when the body is empty).
    static func body(_ tree: DocumentTree, _ blocks: [TextBlock], softAbove: [RemovalReason?], discount: Double)
        -> (blocks: [Int], container: Int?) {
        let run = select(tree, blocks, softAbove: softAbove, discount: discount)
        guard let first = run.first, let last = run.last else { return ([], nil) }
        let lca = lowestCommonAncestor(tree, blocks[first].element, blocks[last].element)
        guard let best = MainContentSelector.select(tree, blocks, softAbove: softAbove, discount: discount) else {
            return (run, lca)
        }
        if lca != best, tree.contains(lca, best) {
            let inner = select(tree, blocks, softAbove: softAbove, discount: discount, within: best)
            if let f = inner.first, let l = inner.last {
                return (inner, lowestCommonAncestor(tree, blocks[f].element, blocks[l].element))
            }
        }
        return (run, lca)
    }

    /// Share of the run's value that must lie inside the page's `<main>` for the run to be kept
    /// inside it.
    static let mainShare = 0.25

    /// When the run reaches out of the page's one main region (`<main>`, `role=main`) into the
    /// page around it — a landing page whose header menu, promotions and legal footnotes join
    /// the run — and most of its value lies inside the region, the run found again inside the
    /// region. Nil when the run stays inside, the page has no single main region, or the region
    /// holds too little of the run (a cart drawer marked `<main>`).
    static func insideMain(_ tree: DocumentTree, _ blocks: [TextBlock], run: [Int], container: Int?, main: Int?,
                           softAbove: [RemovalReason?], discount: Double) -> (blocks: [Int], container: Int?)? {
        guard let container, let main, container != main, tree.contains(container, main) else { return nil }
        var inside = 0.0, total = 0.0
        for i in run where blocks[i].value > 0 {
            total += blocks[i].value
            if blocks[i].element >= 0, tree.contains(main, blocks[i].element) { inside += blocks[i].value }
        }
        if DebugTrace.on { DebugTrace.note("main region holds \(Int(inside)) of the run's \(Int(total))") }
        guard total > 0, inside >= mainShare * total else { return nil }
        let inner = select(tree, blocks, softAbove: softAbove, discount: discount, within: main)
        guard let f = inner.first, let l = inner.last else { return nil }
        return (inner, lowestCommonAncestor(tree, blocks[f].element, blocks[l].element))
    }

    private static var roleAttribute: HTMLVocabulary.AttributeMask { .role }

    /// The page-level footer (a `<footer>` not inside an `<article>`, or `role=contentinfo`) that
    /// holds `node` or is it, if any.
    static func pageFooter(_ tree: DocumentTree, holding node: Int) -> Int? {
        var n = node
        var footer: Int? = nil
        while n >= 0 {
            let name = tree.name(of: n)
            if name == "article" { footer = nil }
            if footer == nil, name == "footer"
                || (tree.hasAny(roleAttribute, n) && tree.attribute(roleAttribute, of: n)?.lowercased() == "contentinfo") {
                footer = n
            }
            n = tree[n].parent
        }
        return footer
    }

    /// When the run lies in the page's footer — legal notes, a list of branches, an address block
    /// outweighing the content above them — the run found again with the footer left out, and
    /// the footer's blocks to mark. Nil when the run is elsewhere or nothing outside the footer
    /// is worth anything.
    static func outsideFooter(_ tree: DocumentTree, _ blocks: [TextBlock], container: Int?, softAbove: [RemovalReason?],
                              discount: Double) -> (blocks: [Int], container: Int?, leftOut: [Int])? {
        guard let container, let footer = pageFooter(tree, holding: container) else { return nil }
        return bodyLeavingOut(tree, blocks, softAbove: softAbove, discount: discount) { tree.contains(footer, $0) }
    }

    /// The run found again with the kept blocks whose element `leaveOut` names set aside, and
    /// those blocks (`leftOut`); nil when nothing else is worth anything.
    private static func bodyLeavingOut(_ tree: DocumentTree, _ blocks: [TextBlock], softAbove: [RemovalReason?], discount: Double,
                                       _ leaveOut: (Int) -> Bool) -> (blocks: [Int], container: Int?, leftOut: [Int])? {
        var without = blocks
        var left: [Int] = []
        for i in without.indices where without[i].element >= 0 && without[i].isKept && leaveOut(without[i].element) {
            without[i].removal = .outsideMainContent
            left.append(i)
        }
        let (run, c) = body(tree, without, softAbove: softAbove, discount: discount)
        guard !run.isEmpty, run.contains(where: { without[$0].value > 0 }) else { return nil }
        return (run, c, left)
    }

    /// When the run lies wholly after the page's last footer — the layer a script appends to the
    /// end of `<body>` (a consent notice, a newsletter pop-up) — the run found again without
    /// what follows the footer, and those blocks to mark. Nil otherwise, or when nothing before
    /// the footer is worth anything.
    static func beforeOverlay(_ tree: DocumentTree, _ blocks: [TextBlock], run: [Int], softAbove: [RemovalReason?],
                              discount: Double) -> (blocks: [Int], container: Int?, leftOut: [Int])? {
        guard let first = run.first, blocks[first].element >= 0 else { return nil }
        let footerEnd = tree.elements(named: "footer").filter { pageFooter(tree, holding: $0) == $0 }.map { tree.nodes[$0].end }.max() ?? -1
        guard footerEnd > 0, blocks[first].element >= footerEnd else { return nil }
        // The footer must close the page: what follows it is a layer, less than the page before
        // it (a layout that puts its footer first in the source has the page after it).
        var before = 0.0, afterUnits = 0.0
        for b in blocks where b.element >= 0 {
            if b.element < footerEnd { before += Double(b.stats.units) } else { afterUnits += Double(b.stats.units) }
        }
        guard afterUnits < before else { return nil }
        return bodyLeavingOut(tree, blocks, softAbove: softAbove, discount: discount) { $0 >= footerEnd }
    }

    static func lowestCommonAncestor(_ tree: DocumentTree, _ a: Int, _ b: Int) -> Int {
        var n = a
        while n >= 0, !tree.contains(n, b) { n = tree[n].parent }
        return max(n, 0)
    }
}
