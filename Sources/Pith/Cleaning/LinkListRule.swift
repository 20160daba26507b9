/// Drops blocks that are mostly links — menus, tag clouds, "more stories" lists, pagers — even
/// inside the body's container. A block goes when half or more of its characters are link text;
/// a paragraph with a few inline links stays.
enum LinkListRule {
    static let threshold = 0.5

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && !blocks[i].isRecord && blocks[i].isLinkList {
            blocks[i].removal = .linkList
        }
    }
}

extension TextBlock {
    /// Half or more of the block in links, and not a sentence citing linked titles: the one test
    /// for a link list (`LinkListRule`), used to score blocks, to drop them in the body and to
    /// name them outside. (A property, so that asking does not copy the block.)
    var isLinkList: Bool { Self.isLinkList(text, stats, linkCharacters) }

    /// `isLinkList` from the block's parts (as its initialiser has them, before there is a
    /// block to ask).
    static func isLinkList(_ text: String, _ stats: TextStatistics, _ linkCharacters: Int) -> Bool {
        linkDensity(stats, linkCharacters) >= LinkListRule.threshold && !isLinkedSentence(text, stats, linkCharacters)
    }

    /// A full sentence whose links are cited titles or names ("She cited the annual report, the
    /// parks review and the river study as the reasons."): long, ends as a sentence, and a
    /// quarter or more of it is its own words.
    private static func isLinkedSentence(_ text: String, _ stats: TextStatistics, _ linkCharacters: Int) -> Bool {
        guard linkDensity(stats, linkCharacters) < 0.75, stats.characters >= 80, stats.sentenceEnds >= 1,
              let last = text.last, ".!?。！？".contains(last) else { return false }
        return true
    }
}
