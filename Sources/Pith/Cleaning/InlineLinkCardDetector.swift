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

    private static func markCards(in p: Int, _ tree: DocumentTree, _ hard: inout [RemovalReason?]) {
        let end = tree[p].end
        guard end - p > 2 * minLinks else { return }
        let total = stats(p, tree, hard).bytes
        var j = p + 1
        while j < end {
            let n = tree[j]
            if n.kind == .element, hard[j] == nil, !tree.flags[j].contains(.anchor) {
                let s = stats(j, tree, hard)
                if isCard(s), total - s.bytes >= minProseBytes {
                    // The card may sit in a wrapper that also holds the linked name the sentence
                    // needs (`<span><a>Ilhan Omar</a><span>card</span></span>`): go down to the
                    // smallest element that still holds nearly all of the card.
                    var card = j, bytes = s.bytes
                    descend: while true {
                        for c in tree.children(of: card) where tree[c].kind == .element && hard[c] == nil {
                            let cs = stats(c, tree, hard)
                            if isCard(cs), cs.bytes * 10 >= bytes * 9 { card = c; bytes = cs.bytes; continue descend }
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

    private static func isCard(_ s: (bytes: Int, linkBytes: Int, links: Int)) -> Bool {
        s.links >= minLinks && s.bytes >= minCardBytes && s.linkBytes * 20 >= s.bytes * minLinkShareTwentieths
    }

    /// Text bytes (spaces included), bytes inside links, and links, in node `i`'s subtree.
    private static func stats(_ i: Int, _ tree: DocumentTree, _ hard: [RemovalReason?]) -> (bytes: Int, linkBytes: Int, links: Int) {
        var bytes = 0, linkBytes = 0, links = 0
        var linkEnd = -1
        var j = i
        let end = tree[i].end
        while j < end {
            if j > i, hard[j] != nil { j = tree[j].end; continue }
            let n = tree[j]
            if n.kind == .element {
                if tree.flags[j].contains(.anchor), j >= linkEnd { links += 1; linkEnd = n.end }
            } else {
                let b = n.text.utf8.count
                bytes += b
                if j < linkEnd { linkBytes += b }
            }
            j += 1
        }
        return (bytes, linkBytes, links)
    }
}
