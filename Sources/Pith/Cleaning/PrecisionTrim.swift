/// `focus: .precision` only: drops what is doubtful rather than keep it — blocks half or
/// more in links, and short lines without a sentence end at either edge of the body (labels,
/// bylines, "continue reading" stubs). Balanced and recall focus leave the body as chosen.
enum PrecisionTrim {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && blocks[i].kind != .heading && blocks[i].linkDensity >= 0.5 {
            blocks[i].removal = .linkList
        }
        func isStub(_ b: TextBlock) -> Bool { b.kind != .heading && b.stats.units < 60 && b.stats.sentenceEnds == 0 }
        for i in body where blocks[i].isKept {
            if blocks[i].kind == .heading { continue }   // the title may open the body
            guard isStub(blocks[i]) else { break }
            blocks[i].removal = .lowTextDensity
        }
        for i in body.reversed() where blocks[i].isKept {
            guard isStub(blocks[i]) || blocks[i].kind == .heading else { break }
            blocks[i].removal = .lowTextDensity
        }
    }
}
