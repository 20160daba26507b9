/// The Swift view of a parsed page: every element and text node in one array, in document
/// (pre-)order. A node's subtree is the contiguous range `index ..< node.end`, so "is inside"
/// is a range check and bottom-up sums are one backward pass.
struct DocumentTree: Sendable {
    enum Kind: UInt8, Sendable { case element, text }

    struct Node: Sendable {
        var kind: Kind
        /// Lower-case tag name for elements; empty for text.
        var name: String
        /// Text content for text nodes; empty for elements.
        var text: String
        var attributes: [Attribute]
        var parent: Int
        /// One past the last node of this node's subtree.
        var end: Int
        var depth: Int
    }

    struct Attribute: Sendable {
        var name: String
        var value: String
    }

    var nodes: [Node] = []
    /// What each node's tag is (empty for text), parallel to `nodes`.
    var flags: [HTMLVocabulary.TagFlags] = []

    var count: Int { nodes.count }

    /// Node `i`, read in place (a plain getter would copy the node, retaining its strings, on
    /// every access in the passes over the tree).
    subscript(_ i: Int) -> Node {
        _read { yield nodes[i] }
    }

    /// The value of attribute `name` on node `i`.
    func attribute(_ name: String, of i: Int) -> String? {
        for a in nodes[i].attributes where a.name == name { return a.value }
        return nil
    }

    /// The direct children of node `i`, in order.
    func children(of i: Int) -> ChildSequence { ChildSequence(tree: self, parent: i) }

    struct ChildSequence: Sequence, IteratorProtocol {
        let tree: DocumentTree
        var next_: Int
        let end: Int
        init(tree: DocumentTree, parent: Int) {
            self.tree = tree
            self.next_ = parent + 1
            self.end = tree.nodes[parent].end
        }
        mutating func next() -> Int? {
            guard next_ < end else { return nil }
            defer { next_ = tree.nodes[next_].end }
            return next_
        }
    }

    /// The nearest node from `i` upwards (`i` itself first, at most `limit` nodes looked at) for
    /// which `matches` holds, or nil.
    func nearest(from i: Int, within limit: Int, where matches: (Int) -> Bool) -> Int? {
        var n = i, steps = 0
        while n >= 0, steps < limit {
            if matches(n) { return n }
            n = nodes[n].parent
            steps += 1
        }
        return nil
    }

    /// True when `inner` lies in the subtree of `outer` (or is `outer`).
    func contains(_ outer: Int, _ inner: Int) -> Bool {
        inner >= outer && inner < nodes[outer].end
    }

    /// The first element named `name` in document order, optionally inside `root`.
    func firstElement(named name: String, in root: Int? = nil) -> Int? {
        let range = root.map { $0..<nodes[$0].end } ?? 0..<nodes.count
        for i in range where nodes[i].kind == .element && nodes[i].name == name { return i }
        return nil
    }

    /// All elements named `name`, in document order.
    func elements(named name: String) -> [Int] {
        nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The concatenated text of node `i`'s subtree, whitespace collapsed.
    func textContent(of i: Int) -> String {
        var parts: [String] = []
        for j in i..<nodes[i].end where nodes[j].kind == .text { parts.append(nodes[j].text) }
        return WhitespaceNormalizer.collapse(parts.joined())
    }
}
