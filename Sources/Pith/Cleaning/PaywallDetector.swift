/// Tells whether a paywall or login wall cut the body short: a block the lexicon files under
/// `paywall` or `loginWall` stands inside the body or shortly after it (within `reach` blocks).
/// A wall in the page's header (a "开通VIP" menu item) comes before the body and does not count,
/// nor does a "Subscribe" link far down in the site footer.
enum PaywallDetector {
    static let reach = 15

    static func isTruncated(_ blocks: [TextBlock], bodyStart: Int?, bodyEnd: Int?) -> Bool {
        guard let start = bodyStart, let end = bodyEnd else { return false }
        let stop = min(blocks.count, end + 1 + reach)
        guard start < stop else { return false }
        for i in start..<stop {
            if let r = blocks[i].lexiconMatch, r == .paywall || r == .loginWall { return true }
        }
        return false
    }
}
