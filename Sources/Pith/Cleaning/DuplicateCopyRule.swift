/// A page that carries its description twice — a mobile and a desktop copy, a teaser and the
/// full text in two tabs — gives the reader the same paragraph twice. In the body, a paragraph of
/// `minimumCharacters` or more that repeats one kept earlier word for word, from another part of
/// the page (not a sibling: a list may repeat an item on purpose), goes.
///
/// Only on product, listing and service pages, where shops and landing pages render their text
/// once per screen size. Not on articles (a pull quote repeats a sentence of the story, and the
/// reader keeps both), threads (a reply quotes the post it answers) or documentation (reference
/// tables repeat lines on purpose). Fitted over all sets: on every kind, wcxb-dev gained more
/// (+0.0019) but scrapinghub lost 0.0006 and documentation pages 0.0045.
enum DuplicateCopyRule {
    static let minimumCharacters = 40

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree, kind: PageKind) {
        guard kind == .product || kind == .listing || kind == .service else { return }
        var seen: [String: Int] = [:]
        for i in body where blocks[i].isKept && blocks[i].kind != .code && blocks[i].text.utf8.count >= minimumCharacters {
            let text = blocks[i].text
            if let first = seen[text] {
                let a = blocks[first].element, b = blocks[i].element
                if a >= 0, b >= 0, tree[a].parent != tree[b].parent { blocks[i].removal = .duplicateCopy }
            } else {
                seen[text] = i
            }
        }
    }
}
