/// A listing's body is its records. When the page's largest record group (`RecordGroups`) that
/// the body does not already hold has more text than the body the article rules found — three
/// times as much, or simply more when that body is short (under `shortBodyUnits`, about 200
/// words) and hardly prose (at most `shortBodyProse` paragraphs: an intro line, a prompt, a
/// footer) — the page is a listing, a catalogue, an index or
/// a thread, and the body becomes the records, in order, with the lines of the old body that
/// introduce them in the same section (a heading, an intro paragraph). Link text inside the
/// records stays: a product's or a course's name is a link, and it is the content.
///
/// A page that declares itself an article (`DeclaredKind`: an Article, NewsArticle or
/// BlogPosting type) keeps its article: there the records are the "more stories" river, the
/// ranking box or the comments beside a short story. (Fitted on all dev sets together; see
/// Docs/accuracy.md.)
enum ListingBody {
    /// The group must hold this many times the body's units…
    static let dominance = 3.0
    /// …or, when the body is shorter than `shortBodyUnits` (about 200 words), this many times.
    static let shortBodyDominance = 1.0
    static let shortBodyUnits = 1200.0
    static let shortBodyProse = 2
    /// A body under this (about 35 words: a cookie line, a "Loading…", a heading) is no body: the
    /// page's largest record group is, whatever the page declares.
    static let tinyBodyUnits = 200.0
    /// A body of this many prose paragraphs or more stays with the records that outweigh it.
    static let keptBodyProse = 8
    /// On a thread, posts that outweigh the body are the body, whatever it is.
    static let threadDominance = 1.0

    struct Decision {
        var group: RecordGroups.Group
        /// The new body; nil when the group did not pass the gate (the page is no listing).
        var body: [Int]?
        /// When the body already holds a record group (a listing found by the article rules):
        /// that group's blocks, to be kept as records (their links, dates and teaser-shaped
        /// items are content).
        var held: [Int] = []
    }

    /// A declared article's veto is lifted when the body lies inside the records — a river of
    /// at least `riverItems` records with less than `riverOutsideUnits` of body outside them.
    static let riverItems = 10
    static let riverOutsideUnits = 100.0
    /// The largest body that can be one record of a river (the median record stays under 2,500).
    static let riverRecordUnits = 2_500.0
    /// A declared article with a longer body is not looked at as a listing at all.
    static let indexBodyUnits = 4_000.0

    /// A shop's guide beside its index: a body of `keptBodyProse` prose paragraphs or more and a
    /// group of `guideIndexItems` records or more, most without a heading and without prose (a
    /// product's name, its price), holding half the guide's text or more — a category page whose
    /// buying guide sits under the grid. Both are the body (the guide stays, `keptBodyProse`).
    /// Not on a declared article, whose index test stays the stricter one above. From a helper's
    /// simulation over every wcxb page (session 11): 5 pages up, 1 down, no article moved.
    static let guideIndexItems = 20
    static let guideIndexShare = 0.5

    /// True for every node inside one of `items`.
    static func itemMask(_ tree: DocumentTree, _ items: [Int]) -> [Bool] {
        var mask = [Bool](repeating: false, count: tree.count)
        for it in items { for j in it..<tree[it].end { mask[j] = true } }
        return mask
    }

    /// Blocks that count as page text while records are measured: not prompts, not hidden.
    static func counts(_ b: TextBlock, firm: [Bool]) -> Bool {
        b.removal != .hidden && !firm[b.element]
    }

    /// - Parameter forced: the caller said the page is a listing (`ExtractionOptions.pageKind`):
    ///   its largest record group is the body, whatever the body found.
    static func decide(_ tree: DocumentTree, _ blocks: [TextBlock], body: [Int], declared: PageKind?, forced: Bool = false,
                       firm: [Bool],
                       marks: [RemovalReason?]) -> Decision? {
        guard declared != .service else { return nil }
        let bodyUnits = body.reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        // A long declared article is its article (the records beside it are its rivers and boxes).
        if declared == .article, bodyUnits > indexBodyUnits { return nil }
        let sums = RecordGroups.Sums(tree, blocks) { counts($0, firm: firm) }
        let groups = RecordGroups.find(tree, sums: sums, declaredListing: declared == .listing) { marks[$0] != nil || firm[$0] }
        // Records the body already holds are no other body.
        var inBody = [Double](repeating: 0, count: tree.count)
        for i in body where blocks[i].element >= 0 { inBody[blocks[i].element] += Double(blocks[i].stats.units) }
        var n = tree.count - 1
        while n > 0 { let p = tree[n].parent; if p >= 0 { inBody[p] += inBody[n] }; n -= 1 }
        let outside = groups.filter { g in g.items.reduce(0.0) { $0 + inBody[$1] } < 0.5 * g.units }
        var held: [Int] = []
        if declared != .article, declared != .product, declared != .forum, declared != .documentation,
           let h = groups.filter({ g in g.items.reduce(0.0) { $0 + inBody[$1] } >= 0.5 * g.units }).max(by: { $0.units < $1.units }) {
            let inItems = Self.itemMask(tree, h.items)
            held = blocks.indices.filter { i in blocks[i].element >= 0 && inItems[blocks[i].element] && counts(blocks[i], firm: firm) }
        }
        guard let best = outside.max(by: { $0.units < $1.units }) else {
            return held.isEmpty ? nil : Decision(group: groups[0], body: nil, held: held)
        }
        // The body's text inside the records, and whether the body lies inside them (a card's
        // price and shipping lines).
        let inside = best.items.reduce(0.0) { $0 + inBody[$1] }
        let bodyInRecords = best.items.count >= riverItems && bodyUnits - inside < riverOutsideUnits
        if declared == .article {
            // An article keeps its article, unless its "body" is one of a river's records, or the
            // page is an index the CMS calls an article: records of names, rows or links (most
            // without prose and without a heading: not a river of headlined teasers) holding three
            // times the body's text.
            let river = bodyInRecords && bodyUnits <= riverRecordUnits
            let index = best.units >= dominance * bodyUnits && 2 * best.withProse < best.items.count
                && 2 * best.withHeading < best.items.count
            guard river || index || bodyUnits < tinyBodyUnits else { return nil }
        }
        let prose = body.filter { blocks[$0].stats.punctuation > 0 && blocks[$0].stats.units >= 60 && blocks[$0].linkDensity < 0.5 }.count
        if DebugTrace.on {
            DebugTrace.note("CAND \(declared?.rawValue ?? "none") \(best.units) \(best.linkDensity) \(best.withHeading) \(best.withProse) \(best.items.count) \(best.blocks) \(bodyUnits) \(prose)")
        }
        guard declared == .listing && forced || best.units >= dominance * bodyUnits || (bodyUnits < shortBodyUnits && prose <= shortBodyProse && best.units >= shortBodyDominance * bodyUnits)
                || (declared == .forum && best.units >= threadDominance * bodyUnits) || bodyInRecords
                || bodyUnits < tinyBodyUnits
                || declared != .article && prose >= keptBodyProse && best.items.count >= guideIndexItems
                    && best.units >= guideIndexShare * bodyUnits && 2 * best.withHeading < best.items.count
                    && 2 * best.withProse < best.items.count
        else { return Decision(group: best, body: nil, held: held) }
        let first = best.items[0], last = best.items[best.items.count - 1]
        let groupRange = first..<tree[last].end
        var chosen: [Int] = []
        // A body of real prose (a category page's guide below its grid) stays beside the records.
        if prose >= keptBodyProse { chosen += body }
        // The old body's lines before the records, in the same section.
        else if let b0 = body.first {
            let lca = BodyRunSelector.lowestCommonAncestor(tree, blocks[b0].element, best.parent)
            if tree[lca].depth >= 2 {
                chosen += body.filter { blocks[$0].element < first && tree.contains(lca, blocks[$0].element) }
            }
        }
        let inItems = Self.itemMask(tree, best.items)
        for (i, b) in blocks.enumerated() where b.element >= 0 && groupRange.contains(b.element) {
            guard inItems[b.element], counts(b, firm: firm) else { continue }
            chosen.append(i)
        }
        return Decision(group: best, body: Array(Set(chosen)).sorted())
    }
}
