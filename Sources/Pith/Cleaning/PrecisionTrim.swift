/// `focus: .precision` only: drops what is doubtful rather than keep it — blocks half or
/// more in links, and short lines without a sentence end at either edge of the body (labels,
/// bylines, "continue reading" stubs; three at most, as a longer run is a list of the body's).
/// Balanced and recall focus leave the body as chosen.
enum PrecisionTrim {
    static let maxEdgeLines = 3

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && blocks[i].kind != .heading && blocks[i].linkDensity >= 0.5 {
            blocks[i].removal = .linkList
        }
        func isStub(_ b: TextBlock) -> Bool { b.kind != .heading && b.stats.units < 60 && b.stats.sentenceEnds == 0 }
        // A few lines at each edge; a longer run of short lines is a list of the body's own (a
        // calendar, a table of results), not a label, and stays whole.
        let kept = body.filter { blocks[$0].isKept }
        var head: [Int] = []
        for i in kept {
            if blocks[i].kind == .heading { continue }   // the title may open the body
            guard isStub(blocks[i]) else { break }
            head.append(i)
        }
        if head.count <= maxEdgeLines { for i in head { blocks[i].removal = .lowTextDensity } }
        var tail: [Int] = []
        for i in kept.reversed() where blocks[i].isKept {
            guard isStub(blocks[i]) || blocks[i].kind == .heading else { break }
            tail.append(i)
        }
        if tail.count <= maxEdgeLines { for i in tail { blocks[i].removal = .lowTextDensity } }
    }
}
