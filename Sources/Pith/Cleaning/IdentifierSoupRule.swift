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
        // Identifiers are ASCII: a block of mostly Chinese or Japanese text is never read.
        let soup = body.filter {
            blocks[$0].isKept && blocks[$0].kind != .code && !blocks[$0].stats.isMostlyCJK && isSoup(blocks[$0].text)
        }
        guard !soup.isEmpty, body.contains(where: { blocks[$0].isKept && !soup.contains($0) }) else { return }
        for i in soup { blocks[i].removal = .nonContent }
    }

    /// True when `text` has at least `minimumWords` words (runs of ASCII letters and digits)
    /// and at least `minimumShare` of them are identifiers: four characters or more, with both
    /// a letter and a digit.
    static func isSoup(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // Every identifier holds a digit: a block with fewer digits than the identifiers
            // it would need is not soup (most blocks; read without splitting words).
            let needed = Int((minimumShare * Double(minimumWords)).rounded(.up))
            var digitCount = 0
            for b in bytes where b &- UInt8(ascii: "0") < 10 { digitCount += 1 }
            guard digitCount >= needed else { return false }
            var words = 0, identifiers = 0
            var length = 0, letters = false, digits = false
            for b in bytes {
                if b &- UInt8(ascii: "0") < 10 {
                    digits = true; length += 1
                } else if (b | 0x20) &- UInt8(ascii: "a") < 26 {
                    letters = true; length += 1
                } else if length > 0 {
                    words += 1
                    if length >= 4 && letters && digits { identifiers += 1 }
                    length = 0; letters = false; digits = false
                }
            }
            if length > 0 {
                words += 1
                if length >= 4 && letters && digits { identifiers += 1 }
            }
            return words >= minimumWords && Double(identifiers) >= minimumShare * Double(words)
        }
    }
}
