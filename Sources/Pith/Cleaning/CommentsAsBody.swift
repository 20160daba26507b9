/// When the body found is next to nothing (under `ListingBody.tinyBodyUnits`: a title, a
/// "Loading…") and the page's comment-marked blocks hold far more (`dominance` times), the page
/// is a question with its answers or a thread the page does not declare: the "comments" are the
/// body. Not on product pages, where the reviews are not what the page is about.
enum CommentsAsBody {
    static let minBlocks = 3
    static let dominance = 4.0

    static func posts(_ blocks: [TextBlock], body: [Int]) -> [Int]? {
        let bodyUnits = body.reduce(0.0) { $0 + (blocks[$1].isKept ? Double(blocks[$1].stats.units) : 0) }
        guard bodyUnits < ListingBody.tinyBodyUnits else { return nil }
        let comments = blocks.indices.filter { blocks[$0].removal == .comments && blocks[$0].element >= 0 }
        guard comments.count >= minBlocks else { return nil }
        let units = comments.reduce(0.0) { $0 + Double(blocks[$1].stats.units) }
        guard units >= dominance * max(bodyUnits, 1) else { return nil }
        return comments
    }
}
