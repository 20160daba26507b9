/// A product page whose visible body lacks the product's description: shops often draw the
/// description with a script, or keep it in a drawer the page fills on a click, while the
/// page's structured data (a JSON-LD `Product`'s `description`) holds it whole. When that
/// description is long (15 words or more) and fewer than half of its words are in the body, it
/// is added to the body, after the product's name when the body opens with a heading. A
/// description the body already shows, and a short tag line, add nothing.
enum ProductDescription {
    static let minimumWords = 15

    /// The block to add and the position in `body` to add it at, or nil.
    static func missing(_ description: String, blocks: [TextBlock], body: [Int]) -> (block: TextBlock, at: Int)? {
        let text = WhitespaceNormalizer.collapse(withoutTags(description))
        let words = Self.words(text)
        guard words.count >= minimumWords else { return nil }
        var shown: Set<Substring> = []
        for i in body where blocks[i].isKept {
            for w in Self.words(blocks[i].text) { shown.insert(w) }
        }
        let found = words.filter { shown.contains($0) }.count
        guard found * 2 < words.count else { return nil }
        let kept = body.filter { blocks[$0].isKept }
        let at = kept.first.map { blocks[$0].kind == .heading ? 1 : 0 } ?? 0
        return (TextBlock(text: text, kind: .paragraph, element: -1, linkCharacters: 0), at)
    }

    /// Lower-cased words (letters and digits) of a text.
    static func words(_ text: String) -> [Substring] {
        text.lowercased().split { !$0.isLetter && !$0.isNumber }
    }

    /// The text without HTML tags (a description written as markup), each tag a space.
    static func withoutTags(_ s: String) -> String {
        guard s.contains("<") else { return s }
        var out = ""
        var inTag = false
        for c in s {
            if c == "<" { inTag = true; out.append(" ") } else if c == ">" && inTag { inTag = false } else if !inTag { out.append(c) }
        }
        return out
    }
}
