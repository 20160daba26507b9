/// Applies a site's template (`SiteTemplate`) to a page's blocks.
///
/// Before the body is chosen, furniture lines are valued as boilerplate (short ones) or as
/// nothing (prose), so a site-wide prompt or disclaimer never becomes the body. After the body
/// rules, furniture is peeled off the body's start and end, and a short non-prose line the site
/// repeats word for word goes wherever it stands (a line known only by its slot stays inside the
/// body: a styled crosshead shares its slot with every page's crossheads); every furniture line
/// left outside the body is named `siteTemplate`.
enum TemplateRule {
    /// Short and no sentence: a counter, a button, a label, a byline.
    static func isShortNonProse(_ b: TextBlock) -> Bool {
        b.stats.units <= 150 && b.stats.sentenceEnds == 0
    }

    /// The template a chooser picks for the page's lines.
    static func choose(_ blocks: [TextBlock], _ chooser: TemplateChooser) -> SiteTemplate? {
        var keys = Set<String>()
        for b in blocks where b.stats.characters <= 80 { if let k = LineKey.key(b.text) { keys.insert(k) } }
        return chooser.choose(keys)
    }

    /// Marks furniture and values it; `slot` gives a block's slot (HTML) or nil (text).
    static func mark(_ blocks: inout [TextBlock], template: SiteTemplate, slot: (Int) -> String?) {
        guard !template.isEmpty else { return }
        for i in blocks.indices {
            let b = blocks[i]
            // A page's title is its own, even when the site lists it on other pages.
            if b.kind == .heading, b.level == 1 { continue }
            var furniture = false
            if let k = LineKey.key(b.text), template.lines[k] != nil { furniture = true }
            var bySlot = false
            if !furniture, !template.slots.isEmpty, b.kind != .heading, isShortNonProse(b), let s = slot(b.element), template.slots[s] != nil {
                furniture = true
                bySlot = true
            }
            guard furniture else { continue }
            blocks[i].isFurniture = true
            blocks[i].isFurnitureBySlot = bySlot
            if blocks[i].value > 0 {
                blocks[i].value = isShortNonProse(b) ? -Double(b.stats.units) - 5 : 0
            }
        }
    }

    /// Drops furniture from the body (edges, and short non-prose anywhere), unless that would
    /// take more than `SiteTemplate.maximumBodyShare` of it.
    static func apply(_ blocks: inout [TextBlock], body: [Int], title: String?) {
        let titleKey = title.flatMap(LineKey.key)
        // The title, wherever it stands, is the page's own.
        if let titleKey {
            for i in body where blocks[i].isFurniture {
                // The title as the body spells it, or its first part (a flattened page's title
                // line may carry the site's name after it).
                if let k = LineKey.key(blocks[i].text), k == titleKey || k.count >= 4 && titleKey.hasPrefix(k) {
                    blocks[i].isFurniture = false
                }
            }
        }
        let kept = body.filter { blocks[$0].isKept }
        guard kept.contains(where: { blocks[$0].isFurniture }) else { return }
        var drop = Set<Int>()
        var lo = 0, hi = kept.count - 1
        while lo <= hi, blocks[kept[lo]].isFurniture { drop.insert(kept[lo]); lo += 1 }
        while hi >= lo, blocks[kept[hi]].isFurniture { drop.insert(kept[hi]); hi -= 1 }
        // Inside the body, only a line the site repeats word for word (a counter, a button) goes;
        // a slot's short lines there may be the page's own (crossheads in a styled <span>).
        for i in kept where blocks[i].isFurniture && !blocks[i].isFurnitureBySlot && isShortNonProse(blocks[i]) { drop.insert(i) }
        let total = kept.reduce(0) { $0 + blocks[$1].stats.units }
        let removed = drop.reduce(0) { $0 + blocks[$1].stats.units }
        guard total > 0, Double(removed) <= SiteTemplate.maximumBodyShare * Double(total) else { return }
        for i in drop { blocks[i].removal = .siteTemplate }
    }
}
