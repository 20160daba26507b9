/// Reads every block against the lexicon and gives it its value — the same for HTML and text input.
enum BlockScorer {
    static func score(_ blocks: inout [TextBlock], lexicon: BoilerplateLexicon, focus: ExtractionOptions.Focus,
                      flattened: Bool = false) {
        let scratch = BoilerplateLexicon.Scratch()
        for i in blocks.indices {
            let match = lexicon.matchDetail(blocks[i].text, stats: blocks[i].stats, scratch: scratch)
            blocks[i].lexiconMatch = match?.reason
            blocks[i].lexiconMatchIsSentence = match?.isSentence ?? false
            BlockValue.assign(to: &blocks[i], focus: focus, flattened: flattened)
        }
    }
}
