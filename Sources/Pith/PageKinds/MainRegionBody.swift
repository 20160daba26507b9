/// A landing, service or product page spreads its content over sibling sections — a hero, the
/// features, the steps, the specifications, the FAQ — each too short to win alone, so the
/// article rules keep one section. When the page marks its main region (`<main>`,
/// `role="main"`) and the body found inside it covers less than `minimumCoverage` of the
/// region's text, the body becomes the whole region: every block in it that no mark removed
/// (navigation, footers, prompts, hidden blocks and the like still go).
///
/// Not on articles, documentation and threads: there the region also holds comments, "more
/// stories" and the like.
enum MainRegionBody {
    static let minimumCoverage = 0.5
    static let minimumGridItems = 10

    private static let roleAttribute = HTMLVocabulary.mask("role")

    /// The page's one main region, or nil when it has none or several.
    static func mainRegion(_ tree: DocumentTree, skip: [RemovalReason?]) -> Int? {
        var found: Int? = nil
        let mainID = tree.names.firstIndex(of: "main").map(Int32.init) ?? -1
        for i in 0..<tree.count where tree.nodes[i].kind == .element && skip[i] == nil {
            let isMain = tree.nodes[i].nameID == mainID
                || (tree.hasAny(roleAttribute, i) && tree.attribute(roleAttribute, of: i)?.lowercased() == "main")
            guard isMain else { continue }
            if let f = found, !tree.contains(f, i) { return nil }
            if found == nil { found = i }
        }
        return found
    }

    /// - Parameter main: the page's one main region (`mainRegion`), if it has one.
    /// - Parameter forced: the caller said the page is a service page: the main region is the
    ///   body whatever the body found covers.
    /// - Parameter rejectedGrid: the page's largest record group, which the listing gate did not
    ///   take: a grid of cards of `minimumGridItems` or more with hardly any prose inside the
    ///   region means the body found is the page's own text beside a shop's grid (a category
    ///   page's description), and the region is not taken.
    static func widen(_ tree: DocumentTree, _ blocks: [TextBlock], body: [Int], kind: PageKind?, forced: Bool = false,
                      main: Int?, rejectedGrid: RecordGroups.Group? = nil) -> [Int]? {
        guard kind != .article, kind != .forum, kind != .documentation, let main else { return nil }
        if !forced, let g = rejectedGrid, g.items.count >= minimumGridItems, g.withProse * 10 <= g.items.count,
           tree.contains(main, g.parent) {
            return nil
        }
        let inMain = blocks.indices.filter { blocks[$0].element >= 0 && tree.contains(main, blocks[$0].element) && blocks[$0].isKept }
        let total = inMain.reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        let covered = body.filter { blocks[$0].element >= 0 && tree.contains(main, blocks[$0].element) }
            .reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        guard total > 0, forced || covered < minimumCoverage * total else { return nil }
        // The body's lines outside the region (a title above it) stay with it.
        return Array(Set(inMain).union(body)).sorted()
    }
}
