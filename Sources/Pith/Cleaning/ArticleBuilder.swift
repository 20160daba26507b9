/// Turns the cleaned blocks into the public `Article`.
enum ArticleBuilder {
    static func build(blocks: [TextBlock], kept: [Int], title: String?, titleBlocks: Int, charset: Charset,
                      truncated: Bool, metadata: Metadata, recordRemoved: Bool, tree: DocumentTree? = nil,
                      baseURL: String? = nil, pageKind: PageKind = .article) -> Article {
        var cells = TableCellLocator()
        let out = kept.map { i -> Block in
            let b = blocks[i]
            let cell = b.kind == .tableCell && b.element >= 0 ? tree.flatMap { cells.locate(b.element, in: $0) } : nil
            let links = b.links.compactMap { l -> Link? in
                let url = l.href.lowercased().hasPrefix("javascript:") ? nil
                    : (MetadataCollector.resolve(l.href, against: baseURL) ?? (baseURL == nil ? l.href : nil))
                return url.map { Link(start: l.start, length: l.length, url: $0) }
            }
            return Block(kind: b.kind, text: b.text, level: b.level, cell: cell, links: links)
        }
        var removed: [RemovedBlock] = []
        if recordRemoved {
            let keptSet = Set(kept)
            var position = 0
            for (i, b) in blocks.enumerated() {
                if keptSet.contains(i) { position += 1; continue }
                if let r = b.removal { removed.append(RemovedBlock(text: b.text, reason: r, position: position)) }
            }
        }
        return Article(title: title, blocks: out, charset: charset.name, isTruncated: truncated,
                       removed: removed, metadata: metadata, titleIsInBody: titleBlocks > 0 && !out.isEmpty,
                       titleBlockCount: out.isEmpty ? 0 : min(titleBlocks, out.count), pageKind: pageKind)
    }
}
