/// Siblings of one shape, found by sorting them on a shape key: after the sort a shape is a run
/// of equal keys. Shared by the passes that look for repeated siblings — teaser lists
/// (`TeaserListDetector`) and listing records (`RecordGroups`) — each with its own key.
enum SiblingRuns {
    /// Sorts `keyed` by key (then document order) and calls `body` with the children of each run
    /// of equal keys holding at least `minCount` of them, in document order.
    static func forEach(_ keyed: inout [(key: UInt64, child: Int)], minCount: Int,
                        _ body: (ArraySlice<(key: UInt64, child: Int)>) -> Void) {
        keyed.sort { $0.key != $1.key ? $0.key < $1.key : $0.child < $1.child }
        var start = 0
        while start < keyed.count {
            var end = start + 1
            while end < keyed.count && keyed[end].key == keyed[start].key { end += 1 }
            if end - start >= minCount { body(keyed[start..<end]) }
            start = end
        }
    }
}
