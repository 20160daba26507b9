/// Collapses runs of white space (including no-break and ideographic spaces) to one ASCII space.
enum WhitespaceNormalizer {
    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0xA0, 0x1680, 0x2000...0x200B, 0x2028, 0x2029,
             0x202F, 0x205F, 0x3000, 0xFEFF:
            return true
        default:
            return false
        }
    }

    /// `"  a \n\u{3000} b "` → `"a b"`.
    static func collapse(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for sc in s.unicodeScalars {
            if isSpace(sc) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(sc)
            }
        }
        return String(out)
    }

    /// Collapses spaces within lines but keeps line breaks (for `<pre>`).
    static func collapseKeepingLines(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { line -> String in
                var l = Substring(line)
                while let last = l.last, last.unicodeScalars.allSatisfy(isSpace) { l = l.dropLast() }
                return String(l)
            }
            .joined(separator: "\n")
            .trimming("\n")
    }

    /// The string without any white space (for comparisons that ignore layout).
    static func squeezed(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for sc in s.unicodeScalars where !isSpace(sc) { out.append(sc) }
        return String(out)
    }
}

extension String {
    func trimming(_ chars: Character) -> String {
        var sub = Substring(self)
        while sub.first == chars { sub = sub.dropFirst() }
        while sub.last == chars { sub = sub.dropLast() }
        return String(sub)
    }
}
