/// Comments on a question or an answer: schema.org microdata marks a Q&A page's remarks under a
/// post as `Comment` items inside the `Question` or `Answer` item they discuss. They are not
/// posts of the thread (the question and its answers are), and go with their subtrees.
///
/// Structure only: the vocabulary's own type names, not a site's classes. Comments that stand on
/// their own (a `Comment` item outside any question or answer, a blog's comment list) are left
/// to the other rules. `ExtractionOptions.includeComments` keeps them.
enum QAComments {
    private static let itemType = HTMLVocabulary.mask("itemtype")

    /// Marks every `Comment` item inside a `Question` or `Answer` item as `.comments` in `hard`.
    static func mark(_ tree: DocumentTree, hard: inout [RemovalReason?]) {
        for i in 0..<tree.count where tree.hasAny(itemType, i) && hard[i] == nil {
            guard types(tree, i).contains("Comment") else { continue }
            var p = tree[i].parent
            while p >= 0 {
                if tree.hasAny(itemType, p), types(tree, p).contains(where: { $0 == "Question" || $0 == "Answer" }) {
                    hard[i] = .comments
                    break
                }
                p = tree[p].parent
            }
        }
    }

    /// The schema.org types an element's `itemtype` names, one per address in it
    /// (`https://schema.org/Answer` → `Answer`); other vocabularies' are left out.
    static func types(_ tree: DocumentTree, _ i: Int) -> [Substring] {
        guard let value = tree.attribute(itemType, of: i), value.contains("schema.org/") else { return [] }
        return value.split(separator: " ").compactMap { address in
            address.contains("schema.org/") ? address.split(separator: "/").last : nil
        }
    }
}
