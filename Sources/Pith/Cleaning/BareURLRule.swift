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
        guard startsIgnoringCase(text, "http://") || startsIgnoringCase(text, "https://") || startsIgnoringCase(text, "www.")
        else { return false }
        return !text.utf8.contains(0x20) && text.count > 10
    }

    /// True when `text` starts with `prefix` (lower-case ASCII) in any letter case.
    private static func startsIgnoringCase(_ text: String, _ prefix: StaticString) -> Bool {
        var b = text.utf8.makeIterator()
        let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
        for expected in p {
            guard let c = b.next(), (c >= 0x41 && c <= 0x5A ? c | 0x20 : c) == expected else { return false }
        }
        return true
    }
}
