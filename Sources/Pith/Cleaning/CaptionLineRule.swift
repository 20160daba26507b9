/// Drops photo captions and credits that sit among the body's paragraphs: a short block that
/// opens with a credit label (`Photo:`, `Image:`, `Credit:`, `Photograph:`, `©`), ends with one in
/// brackets (`… (Image: GETTY)`, `… (AP Photo/Jane Doe)`), or counts a gallery (`Image 1 of 5`).
/// A sentence that merely mentions a photo stays: the label has to open or close the block.
/// Also drops blocks that are a bare style token (`medium-browser-and-portrait-tablet`), text
/// that leaked from markup, not prose.
enum CaptionLineRule {
    static let openers = ["photo:", "image:", "credit:", "photograph:", "picture:", "photo credit:", "pictured:", "(photo:", "(image:", "©"]
    static let closers = ["(image:", "(photo:", "(picture:", "(credit:", "(ap photo", "(reuters", "(getty", "(afp", "/getty images)", "getty images"]

    static func apply(_ blocks: inout [TextBlock], body: [Int]) {
        for i in body where blocks[i].isKept && blocks[i].kind != .heading {
            if isCaption(blocks[i].text, characters: blocks[i].stats.characters) {
                blocks[i].removal = .caption
            } else if isStyleToken(blocks[i].text) {
                blocks[i].removal = .nonContent
            }
        }
    }

    static func isCaption(_ text: String, characters: Int) -> Bool {
        guard characters <= 250 else { return false }
        // Every label is Latin or "©": text without either (most Chinese blocks) is no caption.
        guard text.utf8.contains(where: { ($0 | 0x20) >= 0x61 && ($0 | 0x20) <= 0x7A || $0 == 0xA9 }) else { return false }
        // Labels sit at the ends: only the first and last few characters are looked at.
        let head = String(text.prefix(16)).lowercased()
        if openers.contains(where: { head.hasPrefix($0) }) { return true }
        let t = String(text.suffix(80)).lowercased()
        if t.hasSuffix(")"), let open = t.lastIndex(of: "(") {
            let tail = String(t[open...])
            if closers.contains(where: { tail.hasPrefix($0) || tail.contains($0) }) { return true }
        }
        if t.hasSuffix("getty images") || t.hasSuffix("/ap") || t.hasSuffix("/reuters") { return true }
        // "Image 1 of 5", "Photo 3 of 12".
        guard characters <= 20 else { return false }
        let words = text.lowercased().split(separator: " ")
        if words.count == 4, ["image", "photo", "picture", "slide"].contains(words[0]), Int(words[1]) != nil,
           words[2] == "of", Int(words[3]) != nil { return true }
        return false
    }

    /// `narrow-browser-and-phone`: lower-case words joined by hyphens, nothing else.
    static func isStyleToken(_ text: String) -> Bool {
        let n = text.utf8.count
        guard n >= 8, n <= 60, !text.utf8.contains(0x20), text.utf8.allSatisfy({ $0 < 0x80 }) else { return false }
        let hyphens = text.filter { $0 == "-" || $0 == "_" }.count
        return hyphens >= 2 && text.allSatisfy { ($0.isASCII && $0.isLowercase) || $0 == "-" || $0 == "_" }
    }
}
