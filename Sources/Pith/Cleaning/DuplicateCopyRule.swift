/// A page that carries its description twice — a mobile and a desktop copy, a teaser and the
/// full text in two tabs — gives the reader the same paragraph twice. In the body, a line of
/// `minimumCharacters` or more (about three words) that repeats one kept earlier word for word,
/// from another part of the page (not a sibling: a list may repeat an item on purpose), goes —
/// but not a short line inside a record, where a category or a one-line description each card
/// carries is the card's own field.
///
/// Line by line only on product, listing and service pages, where shops and landing pages render their text
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
        guard kind == .product || kind == .listing || kind == .service else {
            if kind != .forum { dropRepeatedRuns(&blocks, body: body) }
            return
        }
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

    /// On the other kinds but threads: a run of kept blocks that copies an earlier run of the
    /// body block by block — a section the page renders twice (a mobile and a desktop copy, a
    /// tab and its expanded form). The copy goes when it is `minimumRunBlocks` blocks and
    /// `minimumRunCharacters` long and holds a paragraph of `minimumRunParagraph` characters. A
    /// lone repeated line (a pull quote, a "Learn more") stays, and so do runs of short lines a
    /// page repeats on purpose (a meal plan's "Meal 1 / Eat every 2–3 hours / …" every day).
    /// Fitted over all sets (session 11): with runs of 3 blocks and 200 characters, or copies
    /// block by block but in any order, scrapinghub lost 0.001–0.0016 (a meal plan) and the mean
    /// did not rise.
    static let minimumRunBlocks = 3
    static let minimumRunCharacters = 400
    static let minimumRunParagraph = 300

    static func dropRepeatedRuns(_ blocks: inout [TextBlock], body: [Int]) {
        let kept = body.filter { blocks[$0].isKept && blocks[$0].kind != .code }
        guard kept.count >= 2 * minimumRunBlocks else { return }
        // Compared as bytes (a String's hash and equality normalise Unicode: a tenth of a Chinese
        // page's extraction): a hash of each block's UTF-8 first, the bytes on a hash match.
        let keys = kept.map { i in blocks[i].text.utf8.withContiguousStorageIfAvailable { ByteHash.hash($0) } ?? Array(blocks[i].text.utf8).withUnsafeBufferPointer { ByteHash.hash($0) } }
        func same(_ a: Int, _ b: Int) -> Bool {
            keys[a] == keys[b] && blocks[kept[a]].text.utf8.elementsEqual(blocks[kept[b]].text.utf8)
        }
        var first: [UInt64: Int] = [:]
        var j = 0
        while j < kept.count {
            guard let p = first[keys[j]], same(p, j) else {
                if first[keys[j]] == nil { first[keys[j]] = j }
                j += 1
                continue
            }
            // The copy follows the earlier run block by block, and does not reach into it.
            var length = 0, characters = 0, longest = 0
            while j + length < kept.count, p + length < j, same(p + length, j + length) {
                let n = blocks[kept[j + length]].text.utf8.count
                characters += n
                longest = max(longest, n)
                length += 1
            }
            if length >= minimumRunBlocks && characters >= minimumRunCharacters && longest >= minimumRunParagraph {
                for k in j..<(j + length) { blocks[kept[k]].removal = .duplicateCopy }
                j += length
            } else {
                j += 1
            }
        }
    }
}
