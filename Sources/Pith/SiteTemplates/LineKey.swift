/// A line's key for comparing lines across a site's pages: white space collapsed, lower case,
/// and every number — digits with the separators between them (`2706`, `1,234`, `2024-05-01`,
/// `12:30`) — one `#`, so that "本篇共2706字" and "本篇共1403字", "1,234 reads" and "87 reads"
/// are the same line. Lines longer than `maxCharacters` get no key: furniture is short.
enum LineKey {
    static let maxCharacters = 600

    static func key(_ text: String) -> String? {
        var out = String.UnicodeScalarView()
        var count = 0
        var inNumber = false
        var pendingSeparator: Unicode.Scalar? = nil
        var lastWasSpace = true
        for s in text.unicodeScalars {
            count += 1
            if count > maxCharacters { return nil }
            let v = s.value
            let isDigit = (0x30...0x39).contains(v) || (0xFF10...0xFF19).contains(v)
            if isDigit {
                if !inNumber { out.append("#"); inNumber = true }
                pendingSeparator = nil
                lastWasSpace = false
                continue
            }
            if inNumber, pendingSeparator == nil, s == "," || s == "." || s == ":" || s == "-" || s == "/" {
                pendingSeparator = s
                continue
            }
            if let sep = pendingSeparator { out.append(sep); pendingSeparator = nil }
            inNumber = false
            if s.properties.isWhitespace {
                if !lastWasSpace { out.append(" "); lastWasSpace = true }
                continue
            }
            lastWasSpace = false
            for l in s.properties.lowercaseMapping.unicodeScalars { out.append(l) }
        }
        if let sep = pendingSeparator { out.append(sep) }
        while out.last == " " { out.removeLast() }
        return out.isEmpty ? nil : String(out)
    }
}

/// Where a block sits in a page's template: its element's tag and class (or id) and those of
/// up to `depth` ancestors, `div.footer>ul.links>li`. Blocks in the same slot on different pages
/// of a site are in the same place of its template. A slot named by no class or id at all
/// (`div>p`) is nobody's template in particular and is not used.
enum SlotSignature {
    static let depth = 4
    private static let classAttribute = HTMLVocabulary.mask("class")
    private static let idAttribute = HTMLVocabulary.mask("id")

    static func of(_ tree: DocumentTree, _ element: Int) -> String? {
        guard element >= 0 else { return nil }
        var parts: [String] = []
        var named = false
        var n = element
        while n >= 0, parts.count < depth {
            var part = tree.name(of: n)
            if let c = tree.attribute(classAttribute, of: n)?.split(separator: " ").first {
                part += "." + Self.stem(c); named = true
            } else if let id = tree.attribute(idAttribute, of: n) {
                part += "#" + Self.stem(Substring(id)); named = true
            }
            parts.append(part)
            n = tree[n].parent
        }
        return named ? parts.reversed().joined(separator: ">") : nil
    }

    /// A class or id without the digits that number items (`post-17` → `post-`).
    static func stem(_ s: Substring) -> String {
        String(s.unicodeScalars.filter { !(0x30...0x39).contains($0.value) }.map(Character.init)).prefix(40).lowercased()
    }
}
