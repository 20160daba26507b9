/// Hidden text is not part of the page a reader sees — except on pages that ship their body
/// hidden and let a script reveal it: streamed React markup (`<div hidden id="S:0">` swapped in
/// when it arrives), a whole-page `visibility:hidden` wrapper faded in on load, a WeChat article
/// shown after its fonts load. There the visible page is a shell — a loading line, a menu — and
/// the hidden part holds far more prose than it.
///
/// So: when the visible blocks' positive value is a shell's (under `shellUnits`, some thirty
/// words) and the hidden blocks' is at least `dominance` times it (and at least `minimumUnits`),
/// or the hidden part outweighs the visible one `overwhelming` times, hidden blocks count as
/// visible; otherwise every hidden block is dropped (reason `hidden`), as if it had never been
/// read. A hidden privacy notice, mobile menu, or a hidden structured-data copy of the article
/// (`<div style="display:none" itemscope>` holding the whole text) never outweighs a visible article.
enum HiddenBodyRule {
    static let dominance = 2.0
    static let overwhelming = 8.0
    static let shellUnits = 200.0
    static let minimumUnits = 150.0

    /// Decides for the page and marks the hidden blocks dropped when they are not its body.
    /// Returns true when the hidden part is taken as the body.
    @discardableResult
    static func apply(_ blocks: inout [TextBlock], hard: [RemovalReason?]) -> Bool {
        var hidden = 0.0, visible = 0.0
        var any = false
        for b in blocks {
            let isHidden = b.element >= 0 && hard[b.element] == .hidden
            any = any || isHidden
            if isHidden { hidden += max(0, b.value) } else { visible += max(0, b.value) }
        }
        guard any else { return false }
        if hidden >= minimumUnits, hidden >= overwhelming * visible || (visible < shellUnits && hidden >= dominance * visible) {
            return true
        }
        for i in blocks.indices where blocks[i].element >= 0 && hard[blocks[i].element] == .hidden {
            blocks[i].removal = .hidden
        }
        return false
    }
}
