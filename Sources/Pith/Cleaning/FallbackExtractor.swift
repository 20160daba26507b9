/// The recovery pass, used when the main pass finds no container or keeps much less than the
/// page's probable body (a body split across far-apart regions, a layout the selector misreads).
/// It keeps every block that is worth something on its own — positive value, not removed by a
/// structural or naming rule — with the headings directly before them, in document order.
enum FallbackExtractor {
    /// Below this share of the page's positive value, the main pass is judged to have missed the body.
    static let minimumShare = 0.2

    static func isNeeded(_ blocks: [TextBlock], body: [Int]) -> Bool {
        let total = blocks.reduce(0) { $0 + ($1.isKept ? max(0, $1.value) : 0) }
        let kept = body.reduce(0) { $0 + max(0, blocks[$1].value) }
        return body.isEmpty || (total > 0 && kept < minimumShare * total)
    }

    /// The indices of the blocks the fallback keeps.
    static func select(_ blocks: [TextBlock]) -> [Int] {
        var chosen: [Int] = []
        for i in blocks.indices where blocks[i].isKept && blocks[i].value > 0 {
            if i > 0, blocks[i - 1].isKept, blocks[i - 1].kind == .heading, chosen.last != i - 1 {
                chosen.append(i - 1)
            }
            chosen.append(i)
        }
        if chosen.isEmpty {
            // Nothing reads as prose: keep whatever visible text the rules left.
            chosen = blocks.indices.filter { blocks[$0].isKept && blocks[$0].lexiconMatch == nil }
        }
        return chosen
    }
}
