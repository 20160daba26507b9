/// Drops a block that is nothing but a web address when it opens or closes the body — the
/// "printed from https://…" or share-link line around an article. A URL standing alone inside
/// the body (a cited source between paragraphs) stays.
enum BareURLRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        let kept = body.filter { blocks[$0].isKept }
        for i in [kept.first, kept.last].compactMap({ $0 }) where isBareURL(blocks[i].text) {
            blocks[i].removal = .share
        }
    }

    static func isBareURL(_ text: String) -> Bool {
        // The scheme or `www.` in any letter case, read on the first bytes: a paragraph is not
        // lower-cased whole to learn that it does not start with one.
        guard ByteSearch.hasPrefixIgnoringASCIICase(text, "http://") || ByteSearch.hasPrefixIgnoringASCIICase(text, "https://")
            || ByteSearch.hasPrefixIgnoringASCIICase(text, "www.") else { return false }
        return !text.utf8.contains(0x20) && text.count > 10
    }
}
