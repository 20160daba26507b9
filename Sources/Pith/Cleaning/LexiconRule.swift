/// Drops body blocks that the boilerplate lexicon recognises: download and app prompts,
/// "add to desktop", paywall and login lines, share bars, "related articles" headers, modal
/// buttons, widgets. Only short blocks can match (see `BoilerplateLexicon`), so a body sentence
/// that mentions "下载" or "share" stays.
enum LexiconRule {
    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept {
            if let r = blocks[i].lexiconMatch { blocks[i].removal = r }
        }
    }
}
