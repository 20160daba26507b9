/// Drops the page's "about" lines (category, date, views, source, byline) from the body; the
/// extractor reads them into `Article.metadata` first. It takes two signals to make a metadata
/// line, except for a date standing alone before the body's first paragraph (a dateline);
/// a plain date at the end of a speech or letter is kept.
enum MetadataLineRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        var paragraphsBefore = 0
        for i in body where blocks[i].isKept && blocks[i].kind != .heading {
            if blocks[i].isMetadataLine || paragraphsBefore == 0 && blocks[i].isDateLine {
                blocks[i].removal = .metadataLine
            } else {
                paragraphsBefore += 1
            }
        }
    }
}
