/// Drops headings left at the end of the body with nothing after them — typically the title of
/// a download box or a "Related" section whose list was removed. Headings followed by text stay.
enum DanglingHeadingRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body.reversed() where blocks[i].isKept {
            // A record's name (a product card's heading) is its content, last or not.
            guard blocks[i].kind == .heading, !blocks[i].isRecord else { return }
            blocks[i].removal = .danglingHeading
        }
    }
}
