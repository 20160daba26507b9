/// A page that carries its description twice — a mobile and a desktop copy, a teaser and the
/// full text in two tabs — gives the reader the same paragraph twice. In the body, a line of
/// `minimumCharacters` or more (about three words) that repeats one kept earlier word for word,
/// from another part of the page (not a sibling: a list may repeat an item on purpose), goes —
/// but not a short line inside a record, where a category or a one-line description each card
/// carries is the card's own field.
///
/// Only on product, listing and service pages, where shops and landing pages render their text
/// once per screen size. Not on articles (a pull quote repeats a sentence of the story, and the
/// reader keeps both), threads (a reply quotes the post it answers) or documentation (reference
/// tables repeat lines on purpose). Fitted over all sets: on every kind, wcxb-dev gained more
/// (+0.0019) but scrapinghub lost 0.0006 and documentation pages 0.0045.
/// The length was 40 characters until session 10: at 20, product pages gained 0.004 (29 pages
/// up, 6 slightly down) once record fields were left alone (without that, 17 pages went down,
/// collections of shoes and socks whose cards share their category line).
enum DuplicateCopyRule {
    static let minimumCharacters = 20
    /// Below this, a line that repeats (a category or a one-line description each card of a
    /// grid carries) stays in a record: there it is the record's own field.
    static let recordFieldCharacters = 40

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree, kind: PageKind) {
        guard kind == .product || kind == .listing || kind == .service else { return }
        var seen: [String: Int] = [:]
        for i in body where blocks[i].isKept && blocks[i].kind != .code && blocks[i].text.utf8.count >= minimumCharacters {
            let text = blocks[i].text
            if blocks[i].isRecord && text.utf8.count < recordFieldCharacters { continue }
            if let first = seen[text] {
                let a = blocks[first].element, b = blocks[i].element
                if a >= 0, b >= 0, tree[a].parent != tree[b].parent { blocks[i].removal = .duplicateCopy }
            } else {
                seen[text] = i
            }
        }
    }
}
