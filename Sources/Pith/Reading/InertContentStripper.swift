import Foundation

/// Cuts out of a UTF-8 page what libxml2 would read one character at a time only for Pith to
/// throw away: the insides of `<script>` and `<style>` elements and comments. On a typical news
/// page that is half the bytes, and libxml2's HTML parser costs about as much per byte of
/// script as per byte of text.
///
/// The element tags themselves stay, so the tree keeps its shape (an empty `<script>` where the
/// script was). JSON-LD scripts (`type="application/ld+json"`) keep their content: the metadata
/// reads it.
///
/// The scan follows libxml2 2.9's HTML tokenizer where it decides what is markup: a tag starts at
/// `<` + ASCII letter, attribute values are quoted with `"` or `'` or run to a blank or `>`, a
/// script ends at the first `</script` (any case), a comment at the first `-->`; a script whose
/// text starts with `</` or holds a control character is left whole. Whenever the
/// input leaves that well-trodden path (a quote never closed, a tag never ended), the rest of
/// the page is passed on untouched, so libxml2 sees exactly what it would have seen.
enum InertContentStripper {
    /// The page with script and style contents and comments removed; `bytes` itself when there
    /// is nothing to remove.
    static func strip(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in
            var scanner = Scanner(p: buffer)
            return scanner.run() ?? bytes
        }
    }

    private struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        var out: [UInt8] = []
        /// Start of the input not yet copied to `out`.
        var copied = 0
        var removedAny = false

        init(p: UnsafeBufferPointer<UInt8>) { self.p = p }

        var n: Int { p.count }

        func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

        /// Copies input up to `upTo` and skips to `resume`.
        mutating func cut(_ upTo: Int, resume: Int) {
            if !removedAny {
                out.reserveCapacity(n)
                removedAny = true
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<upTo]))
            copied = resume
        }

        /// The stripped bytes, or nil when nothing was removed.
        mutating func run() -> [UInt8]? {
            var i = 0
            scan: while i < n {
                guard let lt = next(UInt8(ascii: "<"), from: i) else { break }
                let c1 = byte(lt + 1)
                if c1 == UInt8(ascii: "!") {
                    if byte(lt + 2) == UInt8(ascii: "-") && byte(lt + 3) == UInt8(ascii: "-") {
                        guard let close = find("-->", from: lt + 4) else { break scan }
                        cut(lt, resume: close + 3)
                        i = close + 3
                    } else if startsCaseInsensitive("doctype", at: lt + 2) {
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                    } else {
                        i = lt + 2
                    }
                } else if c1 == UInt8(ascii: "?") {
                    guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                    i = gt + 1
                } else if c1 == UInt8(ascii: "/") {
                    if isLetter(byte(lt + 2)) {
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                    } else {
                        i = lt + 2
                    }
                } else if isLetter(c1) {
                    let nameEnd = nameEnd(from: lt + 1)
                    guard let (tagEnd, selfClosing) = startTagEnd(from: nameEnd) else { break scan }
                    i = tagEnd
                    if selfClosing { continue }
                    let kind = rawTextKind(lt + 1, nameEnd)
                    guard let name = kind else { continue }
                    if name == "script" && containsCaseInsensitive("ld+json", lt, tagEnd) { continue }
                    let close = closingTag(name, from: tagEnd) ?? n
                    if close > tagEnd && isPlainRawText(tagEnd, close) { cut(tagEnd, resume: close) }
                    i = close
                } else {
                    i = lt + 1
                }
            }
            guard removedAny else { return nil }
            if copied < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n])) }
            return out
        }

        // MARK: tokens

        func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

        func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        /// libxml2's HTML name characters after the first: letters, digits, `:`, `-`, `_`, `.`.
        func isNameByte(_ b: UInt8) -> Bool {
            isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ":")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
        }

        func nameEnd(from start: Int) -> Int {
            var j = start
            while j < n && isNameByte(p[j]) { j += 1 }
            return j
        }

        /// "script" or "style" when the name in `start..<end` is one of them (any case).
        func rawTextKind(_ start: Int, _ end: Int) -> String? {
            switch end - start {
            case 6 where startsCaseInsensitive("script", at: start): return "script"
            case 5 where startsCaseInsensitive("style", at: start): return "style"
            default: return nil
            }
        }

        /// Walks a start tag's attributes the way libxml2 does and returns the index after the
        /// tag and whether it closed with `/>`; nil when the tag runs to the end of the input.
        func startTagEnd(from start: Int) -> (Int, Bool)? {
            var j = start
            func skipBlanks() { while j < n && isBlank(p[j]) { j += 1 } }
            skipBlanks()
            while j < n {
                let c = p[j]
                if c == UInt8(ascii: ">") { return (j + 1, false) }
                if c == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">") { return (j + 2, true) }
                if isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") {
                    j = nameEnd(from: j + 1)
                    skipBlanks()
                    if j < n && p[j] == UInt8(ascii: "=") {
                        j += 1
                        skipBlanks()
                        guard j < n else { return nil }
                        let q = p[j]
                        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                            guard let closeQuote = next(q, from: j + 1) else { return nil }
                            j = closeQuote + 1
                        } else {
                            while j < n && !isBlank(p[j]) && p[j] != UInt8(ascii: ">") { j += 1 }
                        }
                    }
                } else {
                    // Not an attribute name: libxml2 drops it up to the next blank or the tag's end.
                    while j < n && !isBlank(p[j]) && p[j] != UInt8(ascii: ">")
                        && !(p[j] == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">")) { j += 1 }
                }
                skipBlanks()
            }
            return nil
        }

        /// Index of the `</name` that ends a raw-text element (libxml2 in recovery mode compares
        /// only the name's length of bytes after `</`, in any case).
        func closingTag(_ name: String, from start: Int) -> Int? {
            var j = start
            while let lt = next(UInt8(ascii: "<"), from: j) {
                if byte(lt + 1) == UInt8(ascii: "/") && startsCaseInsensitive(name, at: lt + 2) { return lt }
                j = lt + 1
            }
            return nil
        }

        /// True when libxml2 reads `start..<end` as one run of script text. It does not when the
        /// text starts with `</` (read as an end tag first) or holds a control character (the
        /// script reader stops there and the tag loop takes over); such scripts are left whole.
        func isPlainRawText(_ start: Int, _ end: Int) -> Bool {
            if p[start] == UInt8(ascii: "<") && byte(start + 1) == UInt8(ascii: "/") { return false }
            var j = start
            while j < end {
                let b = p[j]
                if b < 0x20 && b != 0x09 && b != 0x0A && b != 0x0D { return false }
                j += 1
            }
            return true
        }

        // MARK: byte search

        func next(_ b: UInt8, from start: Int) -> Int? {
            guard start < n, let base = p.baseAddress else { return nil }
            guard let hit = memchr(base + start, Int32(b), n - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        func find(_ needle: StaticString, from start: Int) -> Int? {
            let bytes = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
            var j = start
            while let hit = next(bytes[0], from: j) {
                if hit + bytes.count > n { return nil }
                var k = 1
                while k < bytes.count && p[hit + k] == bytes[k] { k += 1 }
                if k == bytes.count { return hit }
                j = hit + 1
            }
            return nil
        }

        /// True when the bytes at `at` spell `word` (ASCII, lower case) in any case.
        func startsCaseInsensitive(_ word: String, at start: Int) -> Bool {
            var j = start
            for w in word.utf8 {
                guard j < n else { return false }
                var b = p[j]
                if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                if b != w { return false }
                j += 1
            }
            return true
        }

        func containsCaseInsensitive(_ word: String, _ start: Int, _ end: Int) -> Bool {
            let count = word.utf8.count
            var j = start
            while j + count <= end {
                if startsCaseInsensitive(word, at: j) { return true }
                j += 1
            }
            return false
        }
    }
}
