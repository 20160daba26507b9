import CPithScan

/// What the stripper needs to know of a whole page before it starts, read in one pass of
/// sixteen bytes at a time (`pith_page_flags`, in C): whether it holds a control byte (then
/// every tag and text is checked for one), and whether the page itself writes the bytes the
/// tokens are made of (then it gets none of that kind, `ParseTokens`).
struct PageScan: Sendable {
    /// A byte below 0x20 other than tab, line feed and carriage return.
    var hasControlByte: Bool
    /// No 0xF3 byte: text tokens cannot be mistaken for the page's own characters.
    var allowsTextTokens: Bool
    /// No `_.-`: attribute tokens cannot be mistaken for the page's own attributes.
    var allowsAttributeTokens: Bool

    init(_ page: UnsafeBufferPointer<UInt8>) {
        let flags = page.baseAddress.map { Int(pith_page_flags($0, page.count)) } ?? 0
        hasControlByte = flags & Int(PITH_CONTROL_BYTE) != 0
        allowsTextTokens = flags & Int(PITH_TEXT_TOKEN_LEAD) == 0
        allowsAttributeTokens = flags & Int(PITH_ATTRIBUTE_TOKEN_NAME) == 0
    }
}
