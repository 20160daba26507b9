/// Groups of repeated records: sibling elements of one shape — the same tag and the same first
/// class name (digits and separators at its end ignored, so `post-17` and `post-18` agree) —
/// each holding a record's worth of text: a product card, a search hit, a course, a job, a
/// forum post, a category entry. Listings and threads are made of them; menus are too, which
/// is why a group must hold words besides its links, or cards with a heading or more than one
/// line, and why no group inside a navigation, header, footer or sidebar region counts.
///
/// Text is counted from the blocks (so hidden text, prompts and non-content are not), in
/// units (`TextStatistics.units`, a CJK character counts three).
struct RecordGroups {
    struct Group {
        /// The parent of the records.
        var parent: Int
        /// The records, in document order.
        var items: [Int]
        /// Units of text in all records; of it, inside links.
        var units: Double
        var linkUnits: Double
        /// Records holding a heading; records holding a punctuated line of 60 units or more.
        var withHeading: Int
        var withProse: Int
        var blocks: Int
        /// Records holding a price (`PriceShape`).
        var withPrice = 0

        var linkDensity: Double { units > 0 ? linkUnits / units : 0 }
    }

    static let minItems = 3
    static let minItemUnits = 25.0
    static let maxMedianItemUnits = 2500.0
    static let minGroupUnits = 400.0
    /// Same-shape siblings that must qualify as records for the group to count.
    static let minShare = 0.6
    /// No record may hold more of the group's text than this: a page's layout (header,
    /// content, footer as sibling `<div>`s) is no group of records.
    static let maxItemShare = 0.6

    /// Per node: text units, link units, blocks, headings, prose lines in its subtree.
    struct Sums {
        var units: [Double], links: [Double], blocks: [Int32], headings: [Int32], prose: [Int32], prices: [Int32]

        init(_ tree: DocumentTree, _ blocks: [TextBlock], counts: (TextBlock) -> Bool) {
            // Built in locals through buffers (no uniqueness check per write), the blocks read in place.
            let n = tree.count
            var units = [Double](repeating: 0, count: n), links = units
            var blockCounts = [Int32](repeating: 0, count: n), headings = blockCounts, prose = blockCounts, prices = blockCounts
            units.withUnsafeMutableBufferPointer { units in
            links.withUnsafeMutableBufferPointer { links in
            blockCounts.withUnsafeMutableBufferPointer { blockCounts in
            headings.withUnsafeMutableBufferPointer { headings in
            prose.withUnsafeMutableBufferPointer { prose in
            prices.withUnsafeMutableBufferPointer { prices in
                blocks.withUnsafeBufferPointer { blocks in
                    for k in blocks.indices where blocks[k].element >= 0 && counts(blocks[k]) {
                        let e = blocks[k].element
                        let stats = blocks[k].stats
                        let u = Double(stats.units)
                        units[e] += u
                        links[e] += stats.characters > 0 ? u * Double(blocks[k].linkCharacters) / Double(stats.characters) : 0
                        blockCounts[e] += 1
                        if blocks[k].kind == .heading { headings[e] += 1 }
                        if stats.punctuation > 0 && stats.units >= 60 && blocks[k].linkDensity < 0.5 { prose[e] += 1 }
                        if stats.characters <= PriceShape.maxBlockCharacters && PriceShape.holdsPrice(blocks[k].text) { prices[e] += 1 }
                    }
                }
                tree.nodes.withUnsafeBufferPointer { nodes in
                    var i = n - 1
                    while i > 0 {
                        let p = nodes[i].parent
                        if p >= 0 {
                            units[p] += units[i]; links[p] += links[i]; blockCounts[p] += blockCounts[i]
                            headings[p] += headings[i]; prose[p] += prose[i]; prices[p] += prices[i]
                        }
                        i -= 1
                    }
                }
            } } } } } }
            self.units = units; self.links = links; self.blocks = blockCounts
            self.headings = headings; self.prose = prose; self.prices = prices
        }
    }

    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }

    /// An element's shape: its tag and the stem of its first class name.
    static func shape(_ tree: DocumentTree, _ i: Int) -> UInt64 {
        var h = ByteHash.mix(ByteHash.seed, UInt64(truncatingIfNeeded: tree.nodes[i].nameID))
        if let withClass = tree.withAttribute(classAttribute, of: i, { bytes -> UInt64 in
            var end = 0
            while end < bytes.count, bytes[end] != 0x20, bytes[end] != 0x09, bytes[end] != 0x0A { end += 1 }
            // Digits and separators at the end of the name: `post-17`, `item_3`.
            while end > 0, (0x30...0x39).contains(bytes[end - 1]) || bytes[end - 1] == 0x2D || bytes[end - 1] == 0x5F { end -= 1 }
            return ByteHash.hash(UnsafeBufferPointer(rebasing: bytes[0..<end]), continuing: h)
        }) { h = withClass }
        return h
    }

    /// Every record group of the page, outside the regions `excluded` marks (checked from the
    /// group's parent up: the records' own marks — teaser lists, comments — do not exclude them).
    /// - Parameter declaredListing: the page says it is a listing: a few link-only cards are its
    ///   records, not a menu.
    static func find(_ tree: DocumentTree, sums: Sums, declaredListing: Bool = false, excluded: (Int) -> Bool) -> [Group] {
        var groups: [Group] = []
        var keyed: [(key: UInt64, child: Int)] = []
        for parent in 0..<tree.count where tree.nodes[parent].kind == .element && sums.units[parent] >= minGroupUnits {
            keyed.removeAll(keepingCapacity: true)
            for c in tree.children(of: parent) where tree.nodes[c].kind == .element && sums.units[c] > 0 {
                // A bare <div> or <span> has no shape of its own: layouts are built of them.
                if !tree.hasAny(classAttribute, c), Self.isBare(tree.name(of: c)) { continue }
                keyed.append((shape(tree, c), c))
            }
            guard keyed.count >= minItems else { continue }
            guard !excluded(parent) else { continue }
            SiblingRuns.forEach(&keyed, minCount: minItems) { run in
                // A card with a price is a record however short its name.
                let items = run.map(\.child).filter { sums.units[$0] >= minItemUnits || sums.prices[$0] > 0 }
                guard items.count >= minItems, Double(items.count) >= minShare * Double(run.count) else { return }
                let sizes = items.map { sums.units[$0] }.sorted()
                guard sizes[sizes.count / 2] <= maxMedianItemUnits else { return }
                var g = Group(parent: parent, items: items, units: 0, linkUnits: 0, withHeading: 0, withProse: 0, blocks: 0)
                for it in items {
                    g.units += sums.units[it]; g.linkUnits += sums.links[it]; g.blocks += Int(sums.blocks[it])
                    if sums.headings[it] > 0 { g.withHeading += 1 }
                    if sums.prose[it] > 0 { g.withProse += 1 }
                    if sums.prices[it] > 0 { g.withPrice += 1 }
                }
                guard g.units >= minGroupUnits, sizes[sizes.count - 1] <= maxItemShare * g.units,
                      isRecordLike(g, sizes: sizes, declaredListing: declaredListing) else { return }
                groups.append(g)
            }
        }
        return groups
    }

    static func isBare(_ name: String) -> Bool { name == "div" || name == "span" }

    /// Fewer link-only cards than this, most without a heading, are a menu, not records.
    static let fewLinkCards = 10

    /// Link-title cards a declared listing needs to be taken as its records.
    static let declaredTitleCards = 20

    /// Records, not a menu: words besides the links, or cards — a heading or several lines
    /// each — of a record's length. Not paragraphs either: a record has parts (a name and a
    /// description, a title and a date) or is a link; a run of `<p class="text">` is neither.
    static func isRecordLike(_ g: Group, sizes: [Double], declaredListing: Bool = false) -> Bool {
        // One line per record: a list of links (with a date or a count beside), not paragraphs
        // of which a few hold a link.
        guard 2 * g.blocks >= 3 * g.items.count || g.linkDensity >= 0.5 else { return false }
        if g.linkDensity <= 0.8 { return true }
        // A few cards of nothing but links and no heading between them: a menu's columns.
        if !declaredListing, g.linkDensity >= 0.9, g.items.count < fewLinkCards, 2 * g.withHeading < g.items.count { return false }
        let median = sizes[sizes.count / 2]
        // Cards of a name and a price: a shop's grid, however short each card is.
        if 5 * g.withPrice >= 3 * g.items.count { return true }
        // A page that declares itself a listing, and twenty cards or more of a title each (a
        // link): its entries, not a menu.
        if declaredListing, g.items.count >= declaredTitleCards, median >= 40 { return true }
        return median >= 40 && (2 * g.withHeading >= g.items.count || g.blocks >= 2 * g.items.count)
    }
}
