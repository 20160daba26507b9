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

    private static var roleAttribute: HTMLVocabulary.AttributeMask { .role }

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
    /// - Parameter marks: the page's soft marks (`NodeFilter.soft`): sections of the region that a
    ///   class word marked as navigation or advertising come back with it
    ///   (`sectionsUnderFurnitureWords`).
    /// - Parameter rejectedGrid: the page's largest record group, which the listing gate did not
    ///   take: a grid of cards of `minimumGridItems` or more with hardly any prose inside the
    ///   region means the body found is the page's own text beside a shop's grid (a category
    ///   page's description), and the region is not taken.
    static func widen(_ tree: DocumentTree, _ blocks: [TextBlock], body: [Int], kind: PageKind?, forced: Bool = false,
                      main: Int?, rejectedGrid: RecordGroups.Group? = nil, marks: [RemovalReason?]? = nil) -> [Int]? {
        guard kind != .article, kind != .forum, kind != .documentation, let main else { return nil }
        if !forced, let g = rejectedGrid, g.items.count >= minimumGridItems, g.withProse * 10 <= g.items.count,
           tree.contains(main, g.parent) {
            return nil
        }
        var inMain = blocks.indices.filter { blocks[$0].element >= 0 && tree.contains(main, blocks[$0].element) && blocks[$0].isKept }
        let sections = marks.map { sectionsUnderFurnitureWords(tree, blocks, main: main, marks: $0) } ?? []
        if !sections.isEmpty { inMain = Array(Set(inMain).union(sections)).sorted() }
        let total = inMain.reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        let covered = body.filter { blocks[$0].element >= 0 && tree.contains(main, blocks[$0].element) }
            .reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        guard total > 0, forced || covered < minimumCoverage * total else { return nil }
        // The body's lines outside the region (a title above it) stay with it.
        return Array(Set(inMain).union(body)).sorted()
    }

    /// Blocks of the main region that a class word marked as navigation or advertising (`promo`,
    /// `navSource`) where the marked element is a section of the page's own: no `<nav>`,
    /// `<aside>`, `<header>`, `<footer>` or `role`, a heading of its own and prose (at least
    /// `minimumSectionProse` characters outside links). A landing page names its feature
    /// sections with such words; a menu has no prose and a banner no heading.
    static func sectionsUnderFurnitureWords(_ tree: DocumentTree, _ blocks: [TextBlock], main: Int,
                                            marks: [RemovalReason?]) -> [Int] {
        var byMark: [Int: [Int]] = [:]
        for i in blocks.indices where blocks[i].element >= 0 {
            guard let r = blocks[i].removal, r == .navigation || r == .advertisement,
                  tree.contains(main, blocks[i].element) else { continue }
            var a = blocks[i].element
            while a > main && marks[a] == nil { a = tree.nodes[a].parent }
            guard a > main else { continue }
            byMark[a, default: []].append(i)
        }
        var out: [Int] = []
        for (m, members) in byMark {
            guard !landmarkNames.contains(tree.name(of: m)), !tree.hasAny(roleAttribute, m),
                  members.contains(where: { blocks[$0].kind == .heading }) else { continue }
            let prose = members.reduce(0) { $0 + max(0, blocks[$1].stats.characters - blocks[$1].linkCharacters) }
            guard prose >= minimumSectionProse,
                  members.contains(where: { blocks[$0].stats.sentenceEnds > 0 && blocks[$0].linkDensity < 0.5 }) else { continue }
            out += members
        }
        return out
    }

    static let minimumSectionProse = 100
    private static let landmarkNames: Set<String> = ["nav", "menu", "aside", "header", "footer"]
}
