/// The most telling reason for a block left outside the body: what the lexicon says it is, a
/// link list, a metadata line, a menu line — or, when nothing more specific fits, "outside the main content".
enum OutsideReason {
    static func reason(for b: TextBlock) -> RemovalReason {
        if let r = b.lexiconMatch { return r }
        if LinkListRule.isLinkList(b) { return .linkList }
        if b.isMetadataLine { return .metadataLine }
        if b.isMenuLine { return .navigation }
        return .outsideMainContent
    }
}
