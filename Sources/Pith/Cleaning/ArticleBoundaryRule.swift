/// Keeps the body inside one `<article>` when the page marks its stories that way: a news page
/// whose story sits in an `<article>` and is followed (or preceded) by a feed of other `<article>`
/// teasers — each a headline link and a one-line summary that reads like prose — keeps the
/// story and drops the feed. It acts only when one article clearly dominates (it holds at least
/// `dominance` times the text of any other), so a live blog or a forum thread whose posts are
/// `<article>`s of similar size is left whole. A block belongs to its innermost `<article>`:
/// markup that forgets to close its teaser articles nests them, and a story's reader comments
/// are often `<article>`s inside it (the rule is off when comments are asked for).
enum ArticleBoundaryRule {
    static let dominance = 3

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree) {
        // Most pages have no `<article>` at all: one look at the flags ends the rule for them.
        guard tree.flags.contains(where: { $0.contains(.article) }) else { return }
        let kept = body.filter { blocks[$0].isKept && blocks[$0].element >= 0 }
        guard kept.count >= 3 else { return }
        var innermost: [Int: Int] = [:]   // element → its innermost <article> ancestor, or -1
        func article(of element: Int) -> Int {
            if let a = innermost[element] { return a }
            let found = tree.nearest(from: element, within: 4096) { tree.flags[$0].contains(.article) } ?? -1
            innermost[element] = found
            return found
        }
        var units: [Int: Int] = [:]
        for i in kept {
            let a = article(of: blocks[i].element)
            if a >= 0 { units[a, default: 0] += blocks[i].stats.units }
        }
        guard units.count >= 2, let main = units.max(by: { $0.value < $1.value }) else { return }
        let runnerUp = units.filter { $0.key != main.key }.map(\.value).max() ?? 0
        guard main.value >= dominance * runnerUp else { return }
        for i in kept {
            let a = article(of: blocks[i].element)
            if a >= 0, a != main.key { blocks[i].removal = .related }
        }
    }
}
