/// On a thread, what the forum repeats beside every post and is no part of it: the poster's
/// signature and card (`Resources/thread-hints.txt`). Marked before the body is looked for, as
/// firm marks (`NodeFilter.firm`) like `ProductFurniture`'s (`KindFurniture`): a thread's posts may be read as
/// records, and soft marks do not hold against records. An element that holds half the page's
/// text or more is never marked (a forum that names its whole post list "userinfo-enabled").
/// Outside threads these words mark real text (a guide's "signature" section, a profile page's
/// details) and are not read.
enum ThreadFurniture {
    static func mark(_ tree: DocumentTree, _ blocks: [TextBlock], hints: ClassIDHints, filter: inout NodeFilter) {
        let total = blocks.reduce(0.0) { $0 + ($1.removal == nil ? Double($1.stats.units) : 0) }
        guard total > 0 else { return }
        KindFurniture.mark(tree, blocks, hints: hints, filter: &filter) { _, units in units * 2 < total }
    }
}
