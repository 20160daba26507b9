/// Drops the page's "about" lines (category, date, views, source, byline) from the body; the
/// extractor reads them into `Article.metadata` first. A plain date standing alone at the end
/// of a speech or letter is kept: it takes two signals to make a metadata line.
enum MetadataLineRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && blocks[i].kind != .heading {
            if blocks[i].isMetadataLine {
                blocks[i].removal = .metadataLine
            }
        }
    }
}
