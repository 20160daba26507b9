/// Comments on a question or an answer: schema.org microdata marks a Q&A page's remarks under a
/// post as `Comment` items inside the `Question` or `Answer` item they discuss. They are not
/// posts of the thread (the question and its answers are), and go with their subtrees.
///
/// Structure only: the vocabulary's own type names, not a site's classes. Comments that stand on
/// their own (a `Comment` item outside any question or answer, a blog's comment list) are left
/// to the other rules. `ExtractionOptions.includeComments` keeps them.
enum QAComments {
    private static var itemType: HTMLVocabulary.AttributeMask { .itemtype }
    private static let comment = Array("Comment".utf8), question = Array("Question".utf8), answer = Array("Answer".utf8)

    /// Marks every `Comment` item inside a `Question` or `Answer` item as `.comments` in `hard`.
    /// The type names are read only where the value's bytes hold them (most itemtypes name
    /// neither, and reading them builds strings).
    static func mark(_ tree: DocumentTree, hard: inout [RemovalReason?]) {
        let itemType = Self.itemType
        func names(_ i: Int, _ words: [UInt8]...) -> Bool {
            tree.withAttribute(itemType, of: i) { v in words.contains { ByteSearch.contains(v, $0) } } == true
        }
        for i in 0..<tree.count where tree.hasAny(itemType, i) && hard[i] == nil {
            guard names(i, comment), types(tree, i).contains("Comment") else { continue }
            var p = tree[i].parent
            while p >= 0 {
                if tree.hasAny(itemType, p), names(p, question, answer),
                   types(tree, p).contains(where: { $0 == "Question" || $0 == "Answer" }) {
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
