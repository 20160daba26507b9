/// Finds link cards tucked inside a paragraph: a name in a sentence that opens, on hover, a box
/// of that person's other stories (`…kill Rep. <span>Ilhan Omar<span><a>Ilhan Omar</a>
/// <a>Story one…</a> <a>Story two…</a> <a>MORE</a></span></span> (D-Minn.)…`). In the page's
/// text the box lands in the middle of the sentence, and its links make the whole paragraph
/// look like a link list. Such a box is an inline element inside a `<p>` holding at least three
/// links, almost nothing but link text, and enough of it to be more than a few linked names;
/// the paragraph must have prose of its own besides. It is dropped as a widget, before the
/// paragraph's text is read. A sentence that links three names in a row keeps them: its
/// separators ("Smith, Jones and Brown") and its length keep it under the thresholds.
enum InlineLinkCardDetector {
    static let minLinks = 3
    /// Bytes of text (UTF-8) the card must hold, and the paragraph besides it.
    static let minCardBytes = 120
    static let minProseBytes = 60
    /// Share of the card's text inside links, in twentieths (17/20 = 85 %).
    static let minLinkShareTwentieths = 17
    /// Paragraphs bigger than this (nodes) are not searched: no paragraph of prose is.
    static let maxParagraphNodes = 2_000

    static func mark(_ tree: DocumentTree, hard: inout [RemovalReason?]) {
        var i = 0
        while i < tree.count {
            let n = tree[i]
            if tree.flags[i].contains(.paragraph), hard[i] == nil, n.end - i <= maxParagraphNodes {
                markCards(in: i, tree, &hard)
                i = n.end
            } else {
                i += 1
            }
        }
    }

    private typealias Stats = (bytes: Int, linkBytes: Int, links: Int)

    private static func markCards(in p: Int, _ tree: DocumentTree, _ hard: inout [RemovalReason?]) {
        let end = tree[p].end
        guard end - p > 2 * minLinks else { return }
        let stats = subtreeStats(p, tree, hard)
        func at(_ j: Int) -> Stats { stats[j - p] }
        let total = at(p).bytes
        var j = p + 1
        while j < end {
            let n = tree[j]
            if n.kind == .element, hard[j] == nil, !tree.flags[j].contains(.anchor) {
                let s = at(j)
                if isCard(s), total - s.bytes >= minProseBytes {
                    // The card may sit in a wrapper that also holds the linked name the sentence
                    // needs (`<span><a>Ilhan Omar</a><span>card</span></span>`): go down to the
                    // smallest element that still holds nearly all of the card.
                    var card = j
                    descend: while true {
                        for c in tree.children(of: card) where tree[c].kind == .element && hard[c] == nil {
                            let cs = at(c)
                            if isCard(cs), cs.bytes * 10 >= s.bytes * 9 { card = c; continue descend }
                        }
                        break
                    }
                    hard[card] = .widget
                    j = tree[card].end
                    continue
                }
            }
            j += 1
        }
    }

    private static func isCard(_ s: Stats) -> Bool {
        s.links >= minLinks && s.bytes >= minCardBytes && s.linkBytes * 20 >= s.bytes * minLinkShareTwentieths
    }

    /// For every node of `p`'s subtree (indexed from `p`): text bytes (spaces included), bytes
    /// inside links, and links — in two linear passes (down to learn which text is linked, then
    /// up to sum), so a paragraph of deeply nested markup costs its size, not size × depth.
    private static func subtreeStats(_ p: Int, _ tree: DocumentTree, _ hard: [RemovalReason?]) -> [Stats] {
        let end = tree[p].end
        var stats = [Stats](repeating: (0, 0, 0), count: end - p)
        var linkEnd = -1
        var j = p
        while j < end {
            if j > p, hard[j] != nil { j = tree[j].end; continue }
            let n = tree[j]
            if n.kind == .element {
                if tree.flags[j].contains(.anchor), j >= linkEnd { stats[j - p].links = 1; linkEnd = n.end }
            } else {
                let b = n.textCount
                stats[j - p].bytes = b
                if j < linkEnd { stats[j - p].linkBytes = b }
            }
            j += 1
        }
        // Children follow their parents: a backward pass adds each node into its parent.
        for k in stride(from: end - 1, to: p, by: -1) where hard[k] == nil {
            let parent = tree[k].parent
            guard parent >= p else { continue }
            let child = stats[k - p]
            stats[parent - p].bytes += child.bytes
            stats[parent - p].linkBytes += child.linkBytes
            stats[parent - p].links += child.links
        }
        return stats
    }
}
