/// A line's key for comparing lines across a site's pages: white space collapsed, lower case,
/// and every number — digits with the separators between them (`2706`, `1,234`, `2024-05-01`,
/// `12:30`) — one `#`, so that "本篇共2706字" and "本篇共1403字", "1,234 reads" and "87 reads"
/// are the same line. Lines longer than `maxCharacters` get no key: furniture is short.
enum LineKey {
    static let maxCharacters = 600

    /// Built on the text's UTF-8 bytes: ASCII letters lower-cased, other characters copied as
    /// they are (a site writes its furniture in one case from page to page).
    static func key(_ text: String) -> String? {
        var text = text
        return text.withUTF8 { b -> String? in
            guard b.count <= maxCharacters * 4 else { return nil }
            var out = [UInt8]()
            out.reserveCapacity(b.count)
            var characters = 0
            var inNumber = false
            var pendingSeparator: UInt8 = 0
            var lastWasSpace = true
            var i = 0
            while i < b.count {
                let c = b[i]
                if c & 0xC0 != 0x80 { characters += 1 }
                if characters > maxCharacters { return nil }
                // Full-width digits (U+FF10…FF19: EF BC 90…99) count as digits.
                let fullWidthDigit = c == 0xEF && i + 2 < b.count && b[i + 1] == 0xBC && b[i + 2] >= 0x90 && b[i + 2] <= 0x99
                if c >= 0x30 && c <= 0x39 || fullWidthDigit {
                    if !inNumber { out.append(0x23); inNumber = true }
                    pendingSeparator = 0
                    lastWasSpace = false
                    i += fullWidthDigit ? 3 : 1
                    continue
                }
                if inNumber, pendingSeparator == 0, c == 0x2C || c == 0x2E || c == 0x3A || c == 0x2D || c == 0x2F {
                    pendingSeparator = c
                    i += 1
                    continue
                }
                if pendingSeparator != 0 { out.append(pendingSeparator); pendingSeparator = 0 }
                inNumber = false
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0C {
                    if !lastWasSpace { out.append(0x20); lastWasSpace = true }
                    i += 1
                    continue
                }
                lastWasSpace = false
                out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
                i += 1
            }
            if pendingSeparator != 0 { out.append(pendingSeparator) }
            while out.last == 0x20 { out.removeLast() }
            return out.isEmpty ? nil : String(decoding: out, as: UTF8.self)
        }
    }
}

/// Where a block sits in a page's template: its element's tag and class (or id) and those of
/// up to `depth` ancestors, `div.footer>ul.links>li`. Blocks in the same slot on different pages
/// of a site are in the same place of its template. A slot named by no class or id at all
/// (`div>p`) is nobody's template in particular and is not used.
enum SlotSignature {
    static let depth = 4
    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }
    private static var idAttribute: HTMLVocabulary.AttributeMask { .id }

    static func of(_ tree: DocumentTree, _ element: Int) -> String? {
        guard element >= 0 else { return nil }
        // Built backwards (innermost first) into one byte buffer, then reversed by parts.
        var parts: [[UInt8]] = []
        parts.reserveCapacity(depth)
        var named = false
        var n = element
        while n >= 0, parts.count < depth {
            var part = Array(tree.name(of: n).utf8)
            let stem = (tree.withAttribute(classAttribute, of: n) { Self.stem($0, marker: 0x2E) } ?? nil)
                ?? (tree.withAttribute(idAttribute, of: n) { Self.stem($0, marker: 0x23) } ?? nil)
            if let stem { part += stem; named = true }
            parts.append(part)
            n = tree[n].parent
        }
        guard named else { return nil }
        var out: [UInt8] = []
        for (k, p) in parts.reversed().enumerated() {
            if k > 0 { out.append(0x3E) }
            out += p
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// `.name` or `#name`: the first word of a class or id value, lower case, without digits
    /// (`post-17` → `post-`), at most 40 bytes; nil when empty.
    static func stem(_ v: UnsafeBufferPointer<UInt8>, marker: UInt8) -> [UInt8]? {
        var out: [UInt8] = [marker]
        for c in v {
            if c == 0x20 || c == 0x09 || c == 0x0A { if out.count > 1 { break } else { continue } }
            if c >= 0x30 && c <= 0x39 { continue }
            out.append(c >= 0x41 && c <= 0x5A ? c | 0x20 : c)
            if out.count > 40 { break }
        }
        return out.count > 1 ? out : nil
    }
}
