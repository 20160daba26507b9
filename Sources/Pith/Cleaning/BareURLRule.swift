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
        let t = text.lowercased()
        guard t.hasPrefix("http://") || t.hasPrefix("https://") || t.hasPrefix("www.") else { return false }
        return !t.contains(" ") && t.count > 10
    }
}
