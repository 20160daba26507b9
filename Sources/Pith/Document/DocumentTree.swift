/// The Swift view of a parsed page: every element and text node in one array, in document
/// (pre-)order. A node's subtree is the contiguous range `index ..< node.end`, so "is inside"
/// is a range check and bottom-up sums are one backward pass.
///
/// Text and attributes live in two page-wide arrays (`textBytes`, `attributeList`) that the
/// nodes point into, so a node holds no text or array of its own: building the tree allocates
/// no string per text node and no array per element, and the passes over it copy plain values.
struct DocumentTree: Sendable {
    enum Kind: UInt8, Sendable { case element, text }

    /// A node is plain data (no strings, no arrays), so reading or copying one costs no
    /// reference counting.
    struct Node: Sendable {
        var kind: Kind
        /// The tag name's number in `names` (0, the empty name, for text).
        var nameID: Int32 = 0
        var parent: Int
        /// One past the last node of this node's subtree.
        var end: Int
        var depth: Int
        /// Text nodes: where the text's UTF-8 lies in `textBytes`.
        var textStart = 0
        var textCount = 0
        /// Elements: where the attributes lie in `attributeList`.
        var attributeStart = 0
        var attributeCount = 0
        /// Which of the attributes Pith reads the element has: a pass looking for a few of
        /// them skips most elements on one test.
        var attributeMask: HTMLVocabulary.AttributeMask = []

        /// Where the text lies in `textBytes`, the attributes in `attributeList`.
        var textRange: Range<Int> { textStart..<textStart + textCount }
        var attributeRange: Range<Int> { attributeStart..<attributeStart + attributeCount }
    }

    /// An attribute with its name and value as strings (made on request; see `attributeList`).
    struct Attribute: Sendable, Equatable {
        var name: String
        var value: String
    }

    /// An attribute as the tree keeps it: which read attribute it is, and where its value lies
    /// in `attributeBytes` (no string per value: class and id values are read as bytes).
    struct StoredAttribute: Sendable {
        var bit: HTMLVocabulary.AttributeMask
        var valueStart: Int32
        var valueCount: Int32
    }

    var nodes: [Node] = []
    /// Lower-case tag names by number; number 0 is the empty name of text nodes.
    var names: [String] = [""]
    /// What each node's tag is (empty for text), parallel to `nodes`.
    var flags: [HTMLVocabulary.TagFlags] = []
    /// The text of every text node, one after another, as UTF-8.
    var textBytes: [UInt8] = []
    /// The attributes of every element, one element's after another's, and their values' UTF-8.
    var attributeList: [StoredAttribute] = []
    var attributeBytes: [UInt8] = []

    var count: Int { nodes.count }

    /// The numbers (`Node.nameID`) of the lower-case tag names in the tree's name table, -1 for a
    /// name no node has: for loops that compare tag names by number.
    func nameIDs(_ wanted: [String]) -> [Int32] {
        wanted.map { w in names.firstIndex(of: w).map { Int32($0) } ?? -1 }
    }

    /// The lower-case tag name of element `i` (empty for text).
    func name(of i: Int) -> String { names[Int(nodes[i].nameID)] }

    /// Node `i`, read in place.
    subscript(_ i: Int) -> Node {
        _read { yield nodes[i] }
    }

    /// The text of text node `i` (empty for an element).
    func text(of i: Int) -> String {
        nodes[i].textCount == 0 ? "" : withText(of: i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of text node `i` (empty for an element).
    func withText<R>(of i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let range = nodes[i].textRange
        return textBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    /// The attributes of element `i` that Pith reads, in document order, as strings.
    func attributes(of i: Int) -> [Attribute] { attributes(inRange: nodes[i].attributeRange) }

    /// `attributeList[range]` as strings.
    func attributes(inRange range: Range<Int>) -> [Attribute] {
        attributeList[range].map { Attribute(name: HTMLVocabulary.attributeName(of: $0.bit), value: value(of: $0)) }
    }

    private func value(of a: StoredAttribute) -> String {
        a.valueCount == 0 ? "" : withBytes(of: a) { String(decoding: $0, as: UTF8.self) }
    }

    private func withBytes<R>(of a: StoredAttribute, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let start = Int(a.valueStart)
        return attributeBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[start..<start + Int(a.valueCount)])) }
    }

    /// True when element `i` has any of the attributes in `mask`.
    func hasAny(_ mask: HTMLVocabulary.AttributeMask, _ i: Int) -> Bool {
        !nodes[i].attributeMask.isDisjoint(with: mask)
    }

    /// The value of attribute `name` on node `i` (one Pith reads, `HTMLVocabulary.attributeScopes`).
    func attribute(_ name: String, of i: Int) -> String? {
        for k in nodes[i].attributeRange where HTMLVocabulary.attributeName(of: attributeList[k].bit) == name {
            return value(of: attributeList[k])
        }
        return nil
    }

    /// The value of the read attribute `bit` on node `i`.
    func attribute(_ bit: HTMLVocabulary.AttributeMask, of i: Int) -> String? {
        withAttribute(bit, of: i) { String(decoding: $0, as: UTF8.self) }
    }

    /// Calls `body` with the UTF-8 of the read attribute `bit` on node `i`; nil when it has none.
    func withAttribute<R>(_ bit: HTMLVocabulary.AttributeMask, of i: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R? {
        guard let range = attributeRange(bit, of: i) else { return nil }
        return attributeBytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[range])) }
    }

    private static var classBit: HTMLVocabulary.AttributeMask { .`class` }
    private static var idBit: HTMLVocabulary.AttributeMask { .id }

    /// Calls `body` with the UTF-8 of node `i`'s `class` and `id` values (nil where absent), read
    /// in place: for the readers of class and id words (`NodeFilter`, `PurchaseControls`).
    func withClassAndID<R>(of i: Int, _ body: (UnsafeBufferPointer<UInt8>?, UnsafeBufferPointer<UInt8>?) -> R) -> R {
        let classRange = attributeRange(Self.classBit, of: i), idRange = attributeRange(Self.idBit, of: i)
        return attributeBytes.withUnsafeBufferPointer { all in
            body(classRange.map { UnsafeBufferPointer(rebasing: all[$0]) }, idRange.map { UnsafeBufferPointer(rebasing: all[$0]) })
        }
    }

    /// Where the value of the read attribute `bit` on node `i` lies in `attributeBytes`.
    func attributeRange(_ bit: HTMLVocabulary.AttributeMask, of i: Int) -> Range<Int>? {
        guard nodes[i].attributeMask.contains(bit) else { return nil }
        for k in nodes[i].attributeRange where attributeList[k].bit == bit {
            let start = Int(attributeList[k].valueStart)
            return start..<start + Int(attributeList[k].valueCount)
        }
        return nil
    }

    /// Appends an attribute whose value is `value`'s bytes.
    mutating func appendAttribute(_ bit: HTMLVocabulary.AttributeMask, value: UnsafeBufferPointer<UInt8>) {
        attributeList.append(StoredAttribute(bit: bit, valueStart: Int32(attributeBytes.count), valueCount: Int32(value.count)))
        attributeBytes.append(contentsOf: value)
    }

    /// Drops `attributeList[start...]` and their values (the last ones written).
    mutating func removeAttributes(from start: Int) {
        guard start < attributeList.count else { return }
        attributeBytes.removeSubrange(Int(attributeList[start].valueStart)...)
        attributeList.removeSubrange(start...)
    }

    /// Appends an attribute given as strings (a name Pith reads).
    mutating func appendAttribute(_ a: Attribute) {
        var value = a.value
        value.withUTF8 { appendAttribute(HTMLVocabulary.attributeBit(a.name)!, value: $0) }
    }

    /// The direct children of node `i`, in order.
    func children(of i: Int) -> ChildSequence { ChildSequence(nodes: nodes, parent: i) }

    /// Holds the node array only: copying the whole tree would retain each of its arrays.
    struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var next_: Int
        let end: Int
        init(nodes: [Node], parent: Int) {
            self.nodes = nodes
            self.next_ = parent + 1
            self.end = nodes[parent].end
        }
        mutating func next() -> Int? {
            guard next_ < end else { return nil }
            defer { next_ = nodes[next_].end }
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
        guard let id = names.firstIndex(of: name) else { return nil }
        for i in range where nodes[i].kind == .element && nodes[i].nameID == Int32(id) { return i }
        return nil
    }

    /// All elements named `name`, in document order.
    func elements(named name: String) -> [Int] {
        guard let id = names.firstIndex(of: name) else { return [] }
        return nodes.indices.filter { nodes[$0].kind == .element && nodes[$0].nameID == Int32(id) }
    }

    /// True when both trees hold the same nodes, names, text and attributes.
    func isSame(as other: DocumentTree) -> Bool {
        guard count == other.count else { return false }
        for i in 0..<count {
            let a = nodes[i], b = other.nodes[i]
            guard a.kind == b.kind, a.parent == b.parent, a.end == b.end, a.depth == b.depth,
                  a.attributeMask == b.attributeMask, flags[i] == other.flags[i], name(of: i) == other.name(of: i),
                  withText(of: i, { x in other.withText(of: i) { y in x.elementsEqual(y) } }),
                  attributes(of: i) == other.attributes(of: i) else { return false }
        }
        return true
    }

    /// The concatenated text of node `i`'s subtree, whitespace collapsed.
    func textContent(of i: Int) -> String {
        var bytes: [UInt8] = []
        for j in i..<nodes[i].end where nodes[j].kind == .text { withText(of: j) { bytes.append(contentsOf: $0) } }
        return WhitespaceNormalizer.collapse(String(decoding: bytes, as: UTF8.self))
    }
}

extension DocumentTree {
    /// The non-space characters of the text under `node`, counted no further than `limit`;
    /// elements for which `skipping` is true are passed over with their subtrees.
    func nonSpaceCharacters(under node: Int, upTo limit: Int, skipping: (Int) -> Bool = { _ in false }) -> Int {
        var n = 0
        var i = node + 1
        let end = nodes[node].end
        while i < end, n < limit {
            if nodes[i].kind == .element {
                if skipping(i) { i = nodes[i].end; continue }
            } else {
                n += withText(of: i) { WhitespaceNormalizer.nonSpaceCount(bytes: $0, upTo: limit - n) }
            }
            i += 1
        }
        return n
    }
}
