/// Cuts a "related" tail off the body: when a heading (or a short line) the lexicon reads as a
/// related/recommended header ("You may also like", "More in Sport", "Você pode gostar…") sits in
/// the back half of the body, it and everything after it are teasers of other pages, not this
/// one. A short copyright-notice header ("反侵权公告") in the back half ends the body the same
/// way: what follows is the site's legal text. An inline "Related: …" link in the middle of an article is not a header: only the line
/// itself goes (LexiconRule), the article goes on. Nor is a line the page says more than once
/// (a "Read more" or "Contact us" button in every section of a landing page): a header comes
/// once.
enum RelatedTailRule {
    /// - Parameter headingsOnly: HTML pages say which blocks are headings; a short non-heading
    ///   block there is often a button ("Read more" expanding the story), so it needs teasers
    ///   after it. Text has no markup: a short line has to do.
    /// - Parameter siteName: the page's site; a heading "More <site>" is a related header too.
    static func apply(_ blocks: inout [TextBlock], body: [Int], headingsOnly: Bool, siteName: String? = nil) {
        let kept = body.filter { blocks[$0].isKept }
        let total = kept.reduce(0) { $0 + blocks[$1].stats.units }
        var before = 0
        for (n, i) in kept.enumerated() {
            // The block's fields read in place (a copy of the block retained its text and links).
            let units = blocks[i].stats.units, characters = blocks[i].stats.characters
            let kind = blocks[i].kind, match = blocks[i].lexiconMatch
            defer { before += units }
            // "Related…" headers, and notice headers ("反侵权公告", "Terms of use") that open a block of legal text.
            let isSiteHeader = kind == .heading && isMoreFromSite(blocks[i].text, siteName)
            let isHeader = match == .related && characters <= 30 || match == .copyright && characters <= 10 || isSiteHeader
            guard isHeader, !blocks[i].lexiconMatchIsSentence else { continue }
            let after = total - before - units
            // A header needs body before it, teasers after it, and the body must be the larger part.
            guard before > 0, n + 1 < kept.count, after <= before else { continue }
            // In HTML a header that is not a heading element counts only when what follows reads
            // as a list of links or titles, not as prose ("Read more" that expands the story).
            if headingsOnly && kind != .heading && match == .related
                && !looksLikeTeasers(kept[(n + 1)...].map { blocks[$0] }) { continue }
            // A section's header comes once; a line every section repeats ("Contact us",
            // "Read more" on each card of a landing page) is a button, not the end of the body.
            if repeats(blocks[i].text, in: blocks) { continue }
            for j in kept[n...] { blocks[j].removal = isSiteHeader ? .related : match }
            return
        }
    }

    /// True when a block of the page other than the first holding `text` says it again (in any
    /// letter case, blanks collapsed).
    static func repeats(_ text: String, in blocks: [TextBlock]) -> Bool {
        let key = WhitespaceNormalizer.collapse(text).lowercased()
        var seen = 0
        for b in blocks where b.text.utf8.count <= text.utf8.count + 8
            && WhitespaceNormalizer.collapse(b.text).lowercased() == key {
            seen += 1
            if seen >= 2 { return true }
        }
        return false
    }

    /// "More Washington Examiner", "More from The Example Times": more of this site, not this story.
    static func isMoreFromSite(_ text: String, _ siteName: String?) -> Bool {
        guard let site = siteName?.lowercased(), !site.isEmpty else { return false }
        let t = WhitespaceNormalizer.collapse(text).lowercased()
        return ["more ", "more from ", "more on ", "more at "].contains { t == $0 + site }
    }

    /// Short lines or link-heavy blocks: titles of other pages, not the story going on.
    static func looksLikeTeasers(_ after: [TextBlock]) -> Bool {
        guard !after.isEmpty else { return false }
        let linky = after.filter { $0.linkDensity >= 0.5 }.count
        let average = after.reduce(0) { $0 + $1.stats.units } / after.count
        return linky * 2 >= after.count || average < 60
    }
}
