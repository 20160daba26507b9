/// The controls and constant labels of repeated records, on pages whose body is records — a
/// listing, a product's grid, a service's cards, a thread's posts: the parts every card repeats
/// word for word are the template's, not the record's ("Add to cart", "Compare", "Reply",
/// "Quote", "View details", "In stock"), and so are its form controls.
///
/// A record group here is four sibling elements or more of one shape (the same tag and the
/// stem of the first class name, `RecordGroups.shape`; an element without a class counts only
/// if it is an `li`, `article` or `tr`), each holding text. Inside its records:
/// - a `<label>`, `<button>`, `<select>` or `role="button"` element of six words at most is a
///   control;
/// - a short text (four words at most, three letters or digits at least, a letter among them,
///   no price, not a field name ending in `:` or a dash) found in 80 % of the records or more
///   is a constant label — unless, in most records, a sibling of its shape says something else:
///   then it is one of the record's field values, which a listing filtered to that value
///   repeats (`Full-Time` beside `$50,000` and `Remote`).
///
/// A kept body block goes when such elements hold all its text (the block's element lies in
/// one, or they hold all its non-space characters). A block they hold only part of is left
/// whole. Structure and repetition only: no words.
enum RecordControls {
    static let minRecords = 4
    static let maxControlWords = 6
    static let maxLabelWords = 4
    static let minLabelCharacters = 3
    /// Share of the records a label must be found in.
    static let constantShare = 0.8
    /// Longer texts are not read as labels (non-space characters).
    static let maxLabelCharacters = 60

    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }
    private static var role: HTMLVocabulary.AttributeMask { .role }

    static func apply(_ blocks: inout [TextBlock], body: [Int], tree: DocumentTree) {
        // The body's kept blocks by element, to find the groups that reach into the body.
        var byElement: [Int: [Int]] = [:]
        for i in body where blocks[i].isKept && blocks[i].element >= 0 { byElement[blocks[i].element, default: []].append(i) }
        guard !byElement.isEmpty else { return }
        let bodyElements = byElement.keys.sorted()
        func reachesBody(_ n: Int) -> Bool {
            // The first body element at or after `n`, inside its subtree?
            var lo = 0, hi = bodyElements.count
            while lo < hi { let m = (lo + hi) / 2; if bodyElements[m] < n { lo = m + 1 } else { hi = m } }
            return lo < bodyElements.count && bodyElements[lo] < tree[n].end
        }
        var targets: [Int] = []
        var keyed: [(key: UInt64, child: Int)] = []
        for parent in 0..<tree.count where tree[parent].kind == .element {
            keyed.removeAll(keepingCapacity: true)
            for c in tree.children(of: parent) where tree[c].kind == .element {
                guard tree.hasAny(classAttribute, c) || ["li", "article", "tr"].contains(tree.name(of: c)) else { continue }
                keyed.append((RecordGroups.shape(tree, c), c))
            }
            guard keyed.count >= minRecords, reachesBody(parent) else { continue }
            SiblingRuns.forEach(&keyed, minCount: minRecords) { run in
                let records = run.map(\.child).filter { tree.nonSpaceCharacters(under: $0, upTo: 1) > 0 }
                guard records.count >= minRecords else { return }
                targets += Self.targets(in: records, tree)
            }
        }
        guard !targets.isEmpty else { return }
        remove(targets, &blocks, byElement: byElement, tree: tree)
    }

    /// The controls and constant labels of one group's records.
    static func targets(in records: [Int], _ tree: DocumentTree) -> [Int] {
        var found: [Int] = []
        // Label text → (record, element) pairs.
        var labels: [String: [(record: Int, element: Int)]] = [:]
        for (r, record) in records.enumerated() {
            for e in (record + 1)..<tree[record].end where tree[e].kind == .element {
                let characters = tree.nonSpaceCharacters(under: e, upTo: maxLabelCharacters + 1)
                guard characters > 0, characters <= maxLabelCharacters else { continue }
                let text = tree.textContent(of: e)
                let words = wordCount(text)
                if isControl(e, tree) {
                    if words <= maxControlWords { found.append(e) }
                    continue
                }
                guard words <= maxLabelWords, isLabel(text) else { continue }
                labels[text.lowercased(), default: []].append((r, e))
            }
        }
        for (_, copies) in labels {
            let inRecords = Set(copies.map(\.record)).count
            guard Double(inRecords) >= constantShare * Double(records.count) else { continue }
            // A value among its record's fields of one shape (`Full-Time` beside `$50,000` and
            // `Anywhere`): a listing filtered to one value repeats it, and it stays.
            let fields = copies.filter { isField($0.element, tree) }.count
            if 2 * fields > copies.count {
                if DebugTrace.on { DebugTrace.note("record label kept as a field: \(copies.count) × \(tree.textContent(of: copies[0].element))") }
                continue
            }
            if DebugTrace.on { DebugTrace.note("record label: \(copies.count) × \(tree.textContent(of: copies[0].element)) in \(records.count) records") }
            // The innermost elements holding the label.
            let elements = Set(copies.map(\.element))
            for c in copies where !elements.contains(where: { $0 != c.element && tree.contains(c.element, $0) }) {
                found.append(c.element)
            }
        }
        return found
    }

    /// True when a sibling of the element's shape (`RecordGroups.shape`) says something else.
    static func isField(_ e: Int, _ tree: DocumentTree) -> Bool {
        let p = tree[e].parent
        guard p >= 0 else { return false }
        let shape = RecordGroups.shape(tree, e)
        var text: String?
        for c in tree.children(of: p) where c != e && tree[c].kind == .element && RecordGroups.shape(tree, c) == shape {
            if text == nil { text = tree.textContent(of: e).lowercased() }
            let other = tree.textContent(of: c)
            if !other.isEmpty, other.lowercased() != text { return true }
        }
        return false
    }

    static func isControl(_ e: Int, _ tree: DocumentTree) -> Bool {
        switch tree.name(of: e) {
        case "label", "button", "select": return true
        default: return tree.hasAny(role, e) && tree.attribute(role, of: e)?.lowercased() == "button"
        }
    }

    /// Three letters or digits at least, a letter among them, no price, no field name (`Size:`).
    static func isLabel(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last != ":", last != "-", last != "\u{2013}" else { return false }
        var alphanumerics = 0, letter = false
        for s in text.unicodeScalars where s.properties.isAlphabetic || s.properties.numericType != nil || s == "_" {
            alphanumerics += 1
            if s.properties.isAlphabetic { letter = true }
        }
        return alphanumerics >= minLabelCharacters && letter && !PriceShape.holdsPrice(text)
    }

    /// Runs of letters, digits and `_`: words as the benchmark counts them.
    static func wordCount(_ text: String) -> Int {
        var n = 0, inWord = false
        for s in text.unicodeScalars {
            let w = s.properties.isAlphabetic || s.properties.numericType != nil || s == "_"
            if w && !inWord { n += 1 }
            inWord = w
        }
        return n
    }

    /// Drops the kept body blocks the elements hold whole.
    static func remove(_ targets: [Int], _ blocks: inout [TextBlock], byElement: [Int: [Int]], tree: DocumentTree) {
        // Outermost targets only, in document order.
        var outer: [Int] = []
        for t in Set(targets).sorted() where !(outer.last.map { tree.contains($0, t) } ?? false) { outer.append(t) }
        // Characters the targets hold in a block they lie inside.
        var held: [Int: Int] = [:]
        for t in outer {
            var inside = false
            for n in t..<tree[t].end { if let bs = byElement[n] { inside = true; for i in bs { blocks[i].removal = .widget } } }
            guard !inside else { continue }
            var n = tree[t].parent
            while n >= 0, byElement[n] == nil { n = tree[n].parent }
            guard n >= 0, let bs = byElement[n], bs.count == 1 else { continue }
            held[bs[0], default: 0] += tree.nonSpaceCharacters(under: t, upTo: Int.max)
        }
        for (i, characters) in held where characters >= blocks[i].stats.characters { blocks[i].removal = .widget }
    }
}
