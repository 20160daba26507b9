/// Drops a block that is a run of machine identifiers rather than words: most of its words mix
/// letters and digits (UUIDs, hashes, tracking or obfuscation codes a shop prints into hidden
/// spans), and there are many of them. A reader never came for such a line, in any language; a
/// line that names a model or a part among words ("Model XR-2000 with the A14 chip…") has too
/// few such words to count, and code blocks (hashes in a changelog, IDs in an example) are never
/// touched. When the soup is all the body holds, it stays: the page then gives what it has.
enum IdentifierSoupRule {
    /// At least this many words…
    static let minimumWords = 10
    /// …of which at least this share are identifiers.
    static let minimumShare = 0.6

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        let soup = body.filter { blocks[$0].isKept && blocks[$0].kind != .code && isSoup(blocks[$0].text) }
        guard !soup.isEmpty, body.contains(where: { blocks[$0].isKept && !soup.contains($0) }) else { return }
        for i in soup { blocks[i].removal = .nonContent }
    }

    /// True when `text` has at least `minimumWords` words (runs of ASCII letters and digits)
    /// and at least `minimumShare` of them are identifiers: four characters or more, with both
    /// a letter and a digit.
    static func isSoup(_ text: String) -> Bool {
        var words = 0, identifiers = 0
        var length = 0, letters = false, digits = false
        func endWord() {
            if length > 0 {
                words += 1
                if length >= 4 && letters && digits { identifiers += 1 }
            }
            length = 0; letters = false; digits = false
        }
        for b in text.utf8 {
            switch b {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digits = true; length += 1
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"): letters = true; length += 1
            default: endWord()
            }
        }
        endWord()
        return words >= minimumWords && Double(identifiers) >= minimumShare * Double(words)
    }
}
