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
        for i in body where blocks[i].isKept && !blocks[i].isRecord && blocks[i].kind != .heading {
            if isCaption(blocks[i].text, characters: blocks[i].stats.characters) {
                blocks[i].removal = .caption
            } else if isStyleToken(blocks[i].text) {
                blocks[i].removal = .nonContent
            }
        }
    }

    private static let openerBytes = openers.map { Array($0.utf8) }
    private static let closerBytes = closers.map { Array($0.utf8) }
    private static let endings = ["getty images", "/ap", "/reuters"].map { Array($0.utf8) }

    static func isCaption(_ text: String, characters: Int) -> Bool {
        guard characters <= 250 else { return false }
        // Every opener starts with p, i, c, ( or © (C2 A9); every closer and ending ends with `)`
        // or a letter; a gallery count starts with i, p or s. Blocks that can match none of them
        // (most Chinese ones) are let go without building anything.
        if let first = text.utf8.first, let last = text.utf8.last {
            let f = first >= 0x41 && first <= 0x5A ? first | 0x20 : first
            let opens = f == UInt8(ascii: "p") || f == UInt8(ascii: "i") || f == UInt8(ascii: "c") || f == UInt8(ascii: "(")
                || f == 0xC2 || f == UInt8(ascii: "s")
            let l = last | 0x20
            let closes = last == UInt8(ascii: ")") || (l >= UInt8(ascii: "a") && l <= UInt8(ascii: "z"))
            if !opens && !closes { return false }
        }
        // Every label is ASCII or "©" and sits at an end: only the first and last bytes are
        // looked at, lower-cased byte by byte (non-ASCII bytes never match a label).
        let utf8 = Array(text.utf8)
        func lowered(_ slice: ArraySlice<UInt8>) -> [UInt8] { slice.map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 } }
        let head = lowered(utf8.prefix(16))
        if openerBytes.contains(where: { head.starts(with: $0) }) { return true }
        let tail = lowered(utf8.suffix(96))
        if tail.last == UInt8(ascii: ")"), let open = tail.lastIndex(of: UInt8(ascii: "(")) {
            let inside = Array(tail[open...])
            if closerBytes.contains(where: { inside.starts(with: $0) || ByteSearch.contains(inside, $0) }) { return true }
        }
        if endings.contains(where: { tail.count >= $0.count && Array(tail.suffix($0.count)) == $0 }) { return true }
        // "Image 1 of 5", "Photo 3 of 12".
        guard characters <= 20, let first = utf8.first, [UInt8(ascii: "i"), UInt8(ascii: "p"), UInt8(ascii: "s")].contains(first | 0x20),
              utf8.lazy.filter({ $0 == 0x20 }).count == 3 else { return false }
        let words = text.lowercased().split(separator: " ")
        if words.count == 4, ["image", "photo", "picture", "slide"].contains(words[0]), Int(words[1]) != nil,
           words[2] == "of", Int(words[3]) != nil { return true }
        return false
    }

    /// `narrow-browser-and-phone`: lower-case words joined by hyphens, nothing else.
    static func isStyleToken(_ text: String) -> Bool {
        let n = text.utf8.count
        // ASCII first: a Chinese block fails at its first byte, where the space search read it all.
        guard n >= 8, n <= 60, text.utf8.allSatisfy({ $0 < 0x80 }), !text.utf8.contains(0x20) else { return false }
        let hyphens = text.filter { $0 == "-" || $0 == "_" }.count
        return hyphens >= 2 && text.allSatisfy { ($0.isASCII && $0.isLowercase) || $0 == "-" || $0 == "_" }
    }
}
