/// Turns the cleaned blocks into the public `Article`.
enum ArticleBuilder {
    static func build(blocks: [TextBlock], kept: [Int], title: String?, titleInBody: Bool, charset: Charset,
                      truncated: Bool, metadata: Metadata, recordRemoved: Bool) -> Article {
        let out = kept.map { Block(kind: blocks[$0].kind, text: blocks[$0].text, level: blocks[$0].level) }
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
                       removed: removed, metadata: metadata, titleIsInBody: titleInBody && !out.isEmpty)
    }
}
