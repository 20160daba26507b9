/// The most telling reason for a block left outside the body: what the lexicon says it is, a
/// link list, a metadata line, a menu line — or, when nothing more specific fits, "outside the main content".
enum OutsideReason {
    /// Marks the block with its reason, reading it in place (passed from the array as it is, the
    /// block was copied, its text and links retained and released).
    static func mark(_ b: inout TextBlock) {
        b.removal = reason(for: b)
    }

    static func reason(for b: TextBlock) -> RemovalReason {
        if b.isFurniture { return .siteTemplate }
        if let r = b.lexiconMatch { return r }
        if b.isLinkList { return .linkList }
        if b.isMetadataLine { return .metadataLine }
        if b.isMenuLine { return .navigation }
        return .outsideMainContent
    }
}
