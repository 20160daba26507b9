/// Drops blocks that are mostly links — menus, tag clouds, "more stories" lists, pagers — even
/// inside the body's container. A block goes when half or more of its characters are link text;
/// a paragraph with a few inline links stays.
enum LinkListRule {
    static let threshold = 0.5

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && isLinkList(blocks[i]) {
            blocks[i].removal = .linkList
        }
    }

    /// Half or more of the block in links, and not a sentence citing linked titles: the one test
    /// for a link list, used to score blocks, to drop them in the body and to name them outside.
    static func isLinkList(_ b: TextBlock) -> Bool {
        b.linkDensity >= threshold && !isLinkedSentence(b)
    }

    /// A full sentence whose links are cited titles or names ("She cited the annual report, the
    /// parks review and the river study as the reasons."): long, ends as a sentence, and a
    /// quarter or more of it is its own words.
    static func isLinkedSentence(_ b: TextBlock) -> Bool {
        guard b.linkDensity < 0.75, b.stats.characters >= 80, b.stats.sentenceEnds >= 1,
              let last = b.text.last, ".!?。！？".contains(last) else { return false }
        return true
    }
}
