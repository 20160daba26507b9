/// Calls to act that a page repeats: a short line (five words at most, no sentence, no heading)
/// that is one whole link or button (`<a>`, `<button>`, `role="button"`), whose label comes back
/// in the body at least once more ("Learn more", "Get started", "Book a demo", "Read more").
/// Every copy goes. A line that is part of a larger link (a card linked whole: its name) is no
/// control, and a body with more than ten such labels repeated is a grid whose repeated values
/// are its records' fields (colour names, sizes), left whole.
///
/// Structure and repetition only: no words.
enum RepeatedControlRule {
    static let maxWords = 5
    static let maxLabels = 10
    private static var role: HTMLVocabulary.AttributeMask { .role }

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree) {
        var byLabel: [String: [Int]] = [:]
        for i in body where blocks[i].isKept && blocks[i].element >= 0 {
            let b = blocks[i]
            guard b.kind != .heading, (1...maxWords).contains(b.stats.words),
                  !ProseCoreTailRule.endsAsASentence(b.text), isWholeControl(b, tree) else { continue }
            byLabel[b.text.lowercased(), default: []].append(i)
        }
        let repeated = byLabel.filter { $0.value.count >= 2 }
        guard !repeated.isEmpty, repeated.count <= maxLabels else { return }
        for (_, copies) in repeated { for i in copies { blocks[i].removal = .widget } }
    }

    /// True when the block's text is the whole text of one link or button: the element itself,
    /// one up to three levels above it (no larger), or the first one inside it.
    static func isWholeControl(_ b: TextBlock, _ tree: DocumentTree) -> Bool {
        let characters = b.stats.characters
        func isControl(_ n: Int) -> Bool {
            guard tree[n].kind == .element else { return false }
            switch tree.name(of: n) {
            case "a", "button": return true
            default: return tree.hasAny(role, n) && tree.attribute(role, of: n)?.lowercased() == "button"
            }
        }
        func holdsExactly(_ n: Int) -> Bool {
            tree.nonSpaceCharacters(under: n, upTo: characters + 1) == characters
        }
        if let up = tree.nearest(from: b.element, within: 4, where: isControl) { return holdsExactly(up) }
        let e = b.element
        for n in (e + 1)..<tree[e].end where isControl(n) { return holdsExactly(n) }
        return false
    }
}
