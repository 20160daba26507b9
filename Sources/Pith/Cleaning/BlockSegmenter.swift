/// Cuts the visible text of a document into blocks: a new block starts and ends at every
/// block-level element and at every `<br>`, so `<br>`-separated lines and text lying directly
/// in a `<div>` or `<td>` become blocks of their own. Inline markup (`<a>`, `<span>`, `<font>`…)
/// stays inside the block; text inside `<a>` is counted as link text.
enum BlockSegmenter {
    static func segment(_ tree: DocumentTree, from root: Int, skipping hard: [RemovalReason?],
                        keepLinks: Bool = false) -> [TextBlock] {
        guard root < tree.nodes.count else { return [] }
        var s = Segmentation(tree: tree, root: root, keepLinks: keepLinks)
        let end = tree[root].end
        var i = root
        while i < end {
            while let top = s.openBlocks.last, tree.nodes[top].end <= i {
                s.flush()
                s.closeBlock()
            }
            while let l = s.linkEnds.last, l.end <= i {
                if l.marked { s.append(InlineLink.endMarker) }
                s.linkEnds.removeLast()
            }
            if hard[i] != nil {
                // A dropped block still ends the text before it, as it would on screen.
                if !tree.flags[i].isDisjoint(with: [.blockLevel, .lineBreak]) { s.flush() }
                i = tree.nodes[i].end
                continue
            }
            if tree.nodes[i].kind == .element {
                let flags = tree.flags[i]
                if flags.contains(.blockLevel) {
                    s.flush()
                    s.openBlock(i)
                } else if flags.contains(.lineBreak) {
                    s.flush()
                } else if flags.contains(.anchor) {
                    s.openLink(i)
                }
            } else {
                s.appendText(of: i)
            }
            i += 1
        }
        while !s.openBlocks.isEmpty { s.flush(); s.closeBlock() }
        s.flush()
        return s.blocks
    }

    /// The state of one pass: the blocks so far and the text of the one being gathered (a
    /// struct with mutating methods, where nested functions capturing the variables would
    /// have them checked for exclusive access on every use).
    private struct Segmentation {
        let tree: DocumentTree
        let root: Int
        let keepLinks: Bool
        var blocks: [TextBlock] = []
        private(set) var openBlocks: [Int] = []
        /// How many of the open blocks are quotations, and `<pre>` elements: kept as blocks open
        /// and close, where `classify` looked at every open block for them at every block.
        private var quotations = 0, pres = 0
        var linkEnds: [(end: Int, marked: Bool)] = []
        /// The block's text so far, as UTF-8.
        var buffer: [UInt8] = []
        var linkChars = 0
        var hasMarkers = false
        var hrefs: [String] = []

        init(tree: DocumentTree, root: Int, keepLinks: Bool) {
            self.tree = tree
            self.root = root
            self.keepLinks = keepLinks
            buffer.reserveCapacity(1024)
        }

        mutating func openBlock(_ e: Int) {
            openBlocks.append(e)
            count(e, by: 1)
        }

        mutating func closeBlock() {
            count(openBlocks.removeLast(), by: -1)
        }

        private mutating func count(_ e: Int, by step: Int) {
            let f = tree.flags[e]
            if f.contains(.quotation) { quotations += step }
            if f.contains(.preformatted) && tree.name(of: e) == "pre" { pres += step }
        }

        mutating func append(_ marker: Unicode.Scalar) {
            buffer.append(contentsOf: String(Character(marker)).utf8)
            hasMarkers = true
        }

        mutating func openLink(_ i: Int) {
            var marked = false
            if keepLinks, hrefs.count < InlineLink.maxLinks, let href = tree.attribute(HTMLVocabulary.AttributeMask.href, of: i),
               !href.isEmpty, !href.hasPrefix("#") {
                append(InlineLink.startMarker(hrefs.count))
                hrefs.append(href)
                marked = true
            }
            linkEnds.append((tree.nodes[i].end, marked))
        }

        mutating func appendText(of i: Int) {
            // `tree.withText` would need a copy of the tree here (its closure changes `self`):
            // the node's bytes are read from the tree's array directly instead.
            let range = tree.nodes[i].textRange
            tree.textBytes.withUnsafeBufferPointer { all in
                let text = UnsafeBufferPointer(rebasing: all[range])
                if keepLinks {
                    buffer.append(contentsOf: InlineLink.neutralised(String(decoding: text, as: UTF8.self)).utf8)
                } else {
                    buffer.append(contentsOf: text)
                }
                if !linkEnds.isEmpty {  // inside a link
                    linkChars += WhitespaceNormalizer.nonSpaceCount(bytes: text)
                }
            }
        }

        mutating func flush() {
            // Most boundaries close nothing but the white space between tags.
            if !hasMarkers, !buffer.contains(where: { $0 > 0x20 }) {
                if !buffer.isEmpty { buffer.removeAll(keepingCapacity: true) }
                linkChars = 0
                return
            }
            defer { buffer.removeAll(keepingCapacity: true); linkChars = 0; hasMarkers = false }
            let container = openBlocks.last ?? root
            let (kind, level, inPre) = BlockSegmenter.classify(tree, openBlocks, inQuote: quotations > 0, inPreElement: pres > 0)
            var text: String
            var stats: TextStatistics? = nil
            if inPre {
                text = WhitespaceNormalizer.collapseKeepingLines(String(decoding: buffer, as: UTF8.self))
            } else if hasMarkers {
                // The link markers go afterwards: the statistics are read from what is left.
                text = buffer.withUnsafeBufferPointer { WhitespaceNormalizer.collapse(bytes: $0) }
            } else {
                // The statistics counted while collapsing, not in a pass of their own.
                let collapsed = buffer.withUnsafeBufferPointer { WhitespaceNormalizer.collapseCounting(bytes: $0) }
                (text, stats) = (collapsed.0, collapsed.1)
            }
            var links: [InlineLink] = []
            if hasMarkers { (text, links) = InlineLink.extract(from: text, hrefs: hrefs) }
            guard !text.isEmpty else { return }
            blocks.append(TextBlock(text: text, kind: kind, level: level, element: container, linkCharacters: linkChars,
                                    links: links, stats: stats))
        }
    }

    /// The kind of a block from its enclosing block elements (innermost first): the innermost
    /// heading, preformatted element, list item or cell (a cell only as the innermost block)
    /// decides; a quotation around anything but those makes a quote.
    private static func classify(_ tree: DocumentTree, _ open: [Int], inQuote: Bool, inPreElement: Bool)
        -> (Block.Kind, Int?, Bool) {
        var inPre = inPreElement
        var kind: Block.Kind? = nil
        var level: Int? = nil
        for (depth, e) in open.reversed().enumerated() {
            let f = tree.flags[e]
            if depth > 0, f.contains(.tableCell) { continue }
            if f.contains(.heading) { kind = .heading; level = HTMLVocabulary.headingLevel(tree.name(of: e)) }
            else if f.contains(.preformatted) { kind = .code; inPre = true }
            else if f.contains(.listItem) { kind = .listItem }
            else if f.contains(.tableCell) { kind = .tableCell }
            if kind != nil { break }
        }
        if kind == nil || kind == .tableCell, inQuote { return (.quote, nil, inPre) }
        return (kind ?? .paragraph, level, inPre)
    }
}
