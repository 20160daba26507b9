/// A link inside a block's text: which characters carry it and where it points. While blocks
/// are cut, a link's start is a private-use marker naming its href and its end another marker;
/// `extract` takes them out again, so every other stage sees clean text.
struct InlineLink: Sendable, Equatable {
    /// Offsets in Unicode scalars into the block's text.
    var start: Int
    var length: Int
    var href: String

    static let endMarker = Unicode.Scalar(0xE001)!
    private static let startBase: UInt32 = 0xF0000
    /// Links remembered per page (the supplementary private-use plane holds 65,534 markers).
    static let maxLinks = 65_000

    static func startMarker(_ index: Int) -> Unicode.Scalar { Unicode.Scalar(startBase + UInt32(index))! }

    /// True for scalars the markers use. A page's own text can hold them (icon fonts use the
    /// private-use areas): such text is made safe with `neutralised` before markers go in.
    static func isMarkerLike(_ s: Unicode.Scalar) -> Bool {
        s == endMarker || (s.value >= startBase && s.value < startBase + UInt32(maxLinks))
    }

    /// The text with marker-like scalars replaced by U+FFFD.
    static func neutralised(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isMarkerLike) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars { out.append(isMarkerLike(s) ? "\u{FFFD}" : s) }
        return String(out)
    }

    /// Removes the markers from `text`, with the white space they separated tidied, and
    /// returns the links they delimited. A link cut by a block boundary ends with the block.
    static func extract(from text: String, hrefs: [String]) -> (String, [InlineLink]) {
        var out = String.UnicodeScalarView()
        var count = 0
        var lastIsSpace = true
        var open: (start: Int, href: Int)?
        var links: [InlineLink] = []
        func close() {
            if let o = open, count > o.start, o.href < hrefs.count {
                links.append(InlineLink(start: o.start, length: count - o.start, href: hrefs[o.href]))
            }
            open = nil
        }
        for sc in text.unicodeScalars {
            if sc == endMarker { close(); continue }
            if sc.value >= startBase && sc.value < startBase + UInt32(maxLinks) {
                close()
                open = (count, Int(sc.value - startBase))
                continue
            }
            let isSpace = sc == " "
            if isSpace && lastIsSpace { continue }
            if isSpace, let o = open, o.start == count { open = (count + 1, o.href) }   // link text starts after the space
            out.append(sc)
            count += 1
            lastIsSpace = isSpace
        }
        close()
        if lastIsSpace, count > 0 {
            out.removeLast()
            count -= 1
            links = links.compactMap { l in
                let len = min(l.length, count - l.start)
                return len > 0 ? InlineLink(start: l.start, length: len, href: l.href) : nil
            }
        }
        // A link's text does not end on a space.
        let scalars = Array(out)
        links = links.map { l in
            var len = l.length
            while len > 0, scalars[l.start + len - 1] == " " { len -= 1 }
            return InlineLink(start: l.start, length: len, href: l.href)
        }.filter { $0.length > 0 }
        return (String(out), links)
    }
}
