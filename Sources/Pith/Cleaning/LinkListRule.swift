/// Drops blocks that are mostly links — menus, tag clouds, "more stories" lists, pagers — even
/// inside the body's container. A block goes when half or more of its characters are link text;
/// a paragraph with a few inline links stays.
enum LinkListRule {
    static let threshold = 0.5

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && blocks[i].linkDensity >= threshold {
            blocks[i].removal = .linkList
        }
    }
}
