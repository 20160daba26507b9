/// How much a block is worth as body text: positive for prose, negative for boilerplate.
///
/// - Lexicon matches (download prompts, paywalls, share bars…) cost their length plus a fixed 20;
///   disclaimer fragments are valued as the text they are (they are dropped later, in the body).
/// - Link-dense blocks (half or more of the characters in links) cost their length × link density,
///   unless they read as a sentence citing linked titles (`TextBlock.isLinkList`).
/// - Headings are neutral: they belong to whatever region surrounds them.
/// - Metadata lines (category, date, views, byline) cost a little: they border the body.
/// - Menu and breadcrumb lines written as text (`A › B › C`, `Log in | Register`) cost half their length.
/// - Short lines without punctuation (menu items, labels) cost a little.
/// - Everything else is worth its length in units, discounted by links, and by 40 % when it has
///   no punctuation at all (prose has punctuation in every script).
enum BlockValue {
    /// Sets the block's `value`, the block read in place (passed from the array as it is, the
    /// block was copied, its text and links retained and released).
    static func assign(to b: inout TextBlock, focus: ExtractionOptions.Focus, flattened: Bool) {
        b.value = value(of: b, focus: focus, flattened: flattened)
    }

    /// - Parameter flattened: text input, where menus and labels have no link markup to give
    ///   them away, so short unpunctuated lines are suspected from a greater length.
    static func value(of b: TextBlock, focus: ExtractionOptions.Focus = .balanced, flattened: Bool = false) -> Double {
        let units = Double(b.stats.units)
        if b.lexiconMatch != nil, !b.lexiconMatchIsSentence { return -(units + 20) }
        let ld = b.linkDensity
        if b.isLinkList { return -units * ld }
        if b.kind == .heading { return 0 }
        if b.isMetadataLine { return -5 }
        if b.isMenuLine { return -max(5, units * 0.5) }
        let shortLine: Int
        switch focus {
        case .balanced: shortLine = flattened ? 25 : 12
        // A data table's cells are short by nature: they keep the balanced threshold.
        case .precision: shortLine = flattened ? 40 : b.kind == .tableCell ? 12 : 25
        case .recall: shortLine = flattened ? 12 : 6
        }
        if b.stats.units < shortLine, b.stats.punctuation == 0 { return -2 }
        let prose = b.stats.punctuation > 0 ? 1.0 : 0.6
        return units * (1 - ld) * (1 - ld) * prose
    }
}
