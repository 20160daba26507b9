/// Gathers the page facts that v0.1 reads: the date and category from metadata lines near the
/// body (`栏目:发言稿发布:2012-10-13…`), the language from `<html lang>`, the URL.
enum MetadataCollector {
    static func collect(blocks: [TextBlock], body: [Int], tree: DocumentTree?, url: String?) -> Metadata {
        var m = Metadata()
        m.url = url
        // Metadata lines in or just before the body.
        let start = max(0, (body.first ?? 0) - 8)
        let end = min(blocks.count, (body.last ?? -1) + 1)
        if start < end {
            for i in start..<end where blocks[i].isMetadataLine {
                if m.category == nil { m.category = MetadataLine.category(in: blocks[i].text) }
                if m.date == nil, let d = DatePattern.first(in: blocks[i].text) { m.date = d.iso }
            }
        }
        if let tree, let html = tree.firstElement(named: "html"), let lang = tree.attribute("lang", of: html), !lang.isEmpty {
            m.language = lang
        }
        return m
    }
}
