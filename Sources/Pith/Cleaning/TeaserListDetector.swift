/// Finds lists of teasers — "more stories", "you may also like", a river of headlines with
/// excerpts — by their shape rather than their name: three or more sibling elements of the same
/// tag and class, each opening with a link of headline length, each short (at most 600 units).
/// Such items are soft-marked (`related`, or `linkList` when they hold nothing but the link), so
/// they weigh little when the container is chosen and go unless they hold most of its prose.
///
/// Prose that happens to open with a link is not a teaser: when the text right after the first
/// link goes on in lower case ("`<a>Rolling Stone</a> reported…`", "`<a>The attorney general is
/// investigating WeWork</a> amid layoffs.`"), or goes on with a full stop or comma that closes
/// the sentence the link began, the link is part of a sentence, and the item stays.
/// So do long items and items whose link is under a sixth of their text.
enum TeaserListDetector {
    static let maxItemUnits = 600
    static let minHeadlineCharacters = 12
    static let minItems: UInt8 = 3
    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }

    static func mark(_ tree: DocumentTree, hard: [RemovalReason?], into soft: inout [RemovalReason?]) {
        // Buffers reused from parent to parent.
        var keyed: [(key: UInt64, child: Int)] = []
        var teasers: [(Int, Bool)] = []
        var linkEnds: [Int] = []
        // How many element children each node has (up to `minItems`), in one pass over the
        // nodes: most elements have fewer and are passed over without a look at their children.
        var childCount = [UInt8](repeating: 0, count: tree.count)
        for c in 0..<tree.count where tree.nodes[c].kind == .element && hard[c] == nil {
            let p = tree.nodes[c].parent
            if p >= 0 && childCount[p] < minItems { childCount[p] += 1 }
        }
        for parent in 0..<tree.count where childCount[parent] >= minItems && tree.nodes[parent].kind == .element && hard[parent] == nil {
            // Children grouped by tag name and class, keyed by a 64-bit hash of the two (no
            // string is built): sorted by key, a group is a run.
            keyed.removeAll(keepingCapacity: true)
            for c in tree.children(of: parent) where tree.nodes[c].kind == .element && hard[c] == nil {
                // The tag's number in the tree's name table stands for its name.
                var h = ByteHash.mix(ByteHash.seed, UInt64(truncatingIfNeeded: tree.nodes[c].nameID))
                if let withClass = tree.withAttribute(classAttribute, of: c, { [h] in ByteHash.hash($0, continuing: h) }) {
                    h = withClass
                }
                keyed.append((h, c))
            }
            SiblingRuns.forEach(&keyed, minCount: Int(minItems)) { run in
                teasers.removeAll(keepingCapacity: true)
                for (_, item) in run {
                    if let hasExcerpt = teaserShape(tree, item, hard: hard, linkEnds: &linkEnds) { teasers.append((item, hasExcerpt)) }
                }
                guard teasers.count >= minItems, Double(teasers.count) >= 0.6 * Double(run.count) else { return }
                for (item, hasExcerpt) in teasers where soft[item] == nil {
                    soft[item] = hasExcerpt ? .related : .linkList
                }
            }
        }
    }

    /// Nil when the item is not teaser-shaped; otherwise whether it has text besides its link.
    private static func teaserShape(_ tree: DocumentTree, _ item: Int, hard: [RemovalReason?], linkEnds: inout [Int]) -> Bool? {
        var firstLinkEnd: Int? = nil
        var linkedChars = 0, otherChars = 0
        linkEnds.removeAll(keepingCapacity: true)
        var i = item + 1
        let end = tree[item].end
        while i < end {
            while let l = linkEnds.last, l <= i { linkEnds.removeLast() }
            if hard[i] != nil { i = tree.nodes[i].end; continue }
            let n = tree.nodes[i]
            if n.kind == .element {
                if tree.flags[i].contains(.anchor) { linkEnds.append(n.end) }
            } else {
                // Words before any link end the check at once (a paragraph of prose, the most
                // common item): no need to count them.
                if firstLinkEnd == nil, linkEnds.isEmpty {
                    if tree.withText(of: i, { WhitespaceNormalizer.hasNonSpace(bytes: $0) }) { return nil }
                    i += 1
                    continue
                }
                // Counted no further than the item's limit.
                let budget = maxItemUnits + 1 - linkedChars - otherChars
                let chars = tree.withText(of: i) { WhitespaceNormalizer.nonSpaceCount(bytes: $0, upTo: budget) }
                if chars > 0 {
                    if firstLinkEnd == nil {
                        // The item's first words must be a link.
                        guard let l = linkEnds.first else { return nil }
                        firstLinkEnd = l
                    } else if let l = firstLinkEnd, i >= l, otherChars == 0, linkEnds.isEmpty {
                        // First words after the link: a lower-case start continues its sentence.
                        // A full stop or comma right after it closes a sentence the link began.
                        if let first = tree.text(of: i).unicodeScalars.first(where: { !WhitespaceNormalizer.isSpace($0) }),
                           first.properties.isLowercase || ".,;:。，；".unicodeScalars.contains(first) {
                            return nil
                        }
                    }
                    if !linkEnds.isEmpty { linkedChars += chars } else { otherChars += chars }
                    if linkedChars + otherChars > maxItemUnits { return nil }
                }
            }
            i += 1
        }
        guard firstLinkEnd != nil, linkedChars >= minHeadlineCharacters,
              linkedChars * 6 >= linkedChars + otherChars else { return nil }
        return otherChars > 0
    }
}
