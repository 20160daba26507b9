/// Ends the body where its prose ends. The body's *prose lines* (15 words or more, ending as a
/// sentence or a clause ends) sit in one region of the page; the deepest element holding 75% of
/// their words is the body's core. When the core holds 60% of all the body's words, the few
/// kept blocks after the core's last block (20% of the words at most) lie outside the region
/// the text was written in: an author box, a "more from" list, a call to act, a disclaimer
/// attached to the page after the story. They go. Nothing before the core is touched (a
/// standfirst, a byline above the story), and a tail that is large, or a body whose words are
/// not mostly in its core (a landing page's sections, a thread, a listing's records), is left.
///
/// Structure only: no class names, no words, no page kinds.
enum ProseCoreTailRule {
    static let proseWords = 15
    /// Share of the prose words the core holds.
    static let coreProse = 0.75
    /// Share of all the body's words the core must hold for the rule to act.
    static let coreBody = 0.6
    /// The most the tail may hold, as a share of the body's words.
    static let tailShare = 0.2

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree) {
        let kept = body.filter { blocks[$0].isKept }
        guard kept.count >= 2, kept.allSatisfy({ blocks[$0].element >= 0 }) else { return }
        // Prose words under every element.
        let keptBlocks = kept.map { blocks[$0] }
        let sums = SubtreeSums.compute(tree, keptBlocks) { isProse($0) ? Double($0.stats.words) : 0 }
        let prose = keptBlocks.reduce(0.0) { $0 + (isProse($1) ? Double($1.stats.words) : 0) }
        guard prose > 0 else { return }
        // The elements holding 75% of the prose are nested in one another: the deepest comes
        // last in document order.
        guard let core = sums.indices.last(where: { sums[$0] >= coreProse * prose }) else { return }
        let total = kept.reduce(0) { $0 + blocks[$1].stats.words }
        var inside = 0
        var last = -1
        for (n, i) in kept.enumerated() where tree.contains(core, blocks[i].element) {
            inside += blocks[i].stats.words
            last = n
        }
        guard last >= 0, last < kept.count - 1, Double(inside) >= coreBody * Double(total) else { return }
        let tail = kept[(last + 1)...]
        let tailWords = tail.reduce(0) { $0 + blocks[$1].stats.words }
        guard Double(tailWords) <= tailShare * Double(total) else { return }
        for i in tail { blocks[i].removal = .outsideMainContent }
    }

    /// A line of 15 words or more that ends as a sentence or a clause does (`.` `!` `?` `:` `;`,
    /// a closing quote or bracket, an ellipsis, and their CJK forms).
    static func isProse(_ b: TextBlock) -> Bool {
        b.stats.words >= proseWords && endsAsASentence(b.text)
    }

    /// True when the text's last mark ends a sentence or a clause.
    static func endsAsASentence(_ text: String) -> Bool {
        // A block's text is trimmed: its last character is no space.
        guard let last = text.unicodeScalars.last else { return false }
        return sentenceEnds.contains(last)
    }

    private static let sentenceEnds: Set<Unicode.Scalar> = [
        ".", "!", "?", ":", ";", "\"", "\u{201D}", "\u{2019}", ")", "]", "\u{2026}",
        "\u{3002}", "\u{FF01}", "\u{FF1F}", "\u{300D}", "\u{300F}", "\u{FF09}",
    ]
}
