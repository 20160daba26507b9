/// Makes the title appear once. When the body opens with the title — as one heading, or spread
/// over a few short lines (`在全市基层组织建设年活动` / `现场推进会上的讲话`) — the last such
/// opening is kept and marked as the title's place; earlier copies and later repeats (in a
/// download box, a footer) are dropped.
enum TitleDeduplicator {
    /// Returns how many blocks at the top of the kept body spell the title (0: not there).
    static func apply(_ blocks: inout [TextBlock], body: [Int], title: String?) -> Int {
        guard let title else { return 0 }
        let target = normalize(title)
        guard target.count >= 2 else { return 0 }
        let kept = body.filter { blocks[$0].isKept }
        // A block much longer than the title cannot normalise to it: skip the work. Nor can a
        // block whose first kept character is not the title's (most blocks: see `mayNormalize`).
        let maxBytes = title.utf8.count * 2 + 16
        let targetFirst = target.unicodeScalars.first!.value
        // Runs of up to four consecutive short blocks, near the top, whose concatenation is the title.
        var runs: [[Int]] = []
        let window = Array(kept.prefix(8))
        for start in window.indices {
            var acc = ""
            for end in start..<min(window.count, start + 4) {
                if blocks[window[end]].text.utf8.count > maxBytes { break }
                acc += normalize(blocks[window[end]].text)
                if acc == target { runs.append(Array(window[start...end])); break }
                if !target.hasPrefix(acc) { break }
            }
        }
        let keep = Set(runs.last ?? [])
        // Every other block equal to the title is a duplicate.
        for i in kept where !keep.contains(i) && blocks[i].text.utf8.count <= maxBytes
            && mayNormalize(blocks[i].text, toStartWith: targetFirst) && normalize(blocks[i].text) == target {
            blocks[i].removal = .duplicateTitle
        }
        for run in runs.dropLast() { for i in run where !keep.contains(i) { blocks[i].removal = .duplicateTitle } }
        // The title counts as "in the body" only when its copy opens the body.
        guard let run = runs.last, let first = run.first, let firstKept = kept.first(where: { blocks[$0].isKept }) else {
            return 0
        }
        return first == firstKept ? run.count : 0
    }

    /// ASCII bytes a title normalisation drops: spaces and punctuation (not symbols like `+`, `$`).
    private static let droppedASCII: [Bool] = (0..<128).map { v in
        let sc = Unicode.Scalar(UInt8(v))
        return WhitespaceNormalizer.isSpace(sc) || sc.properties.isPunctuationLike
    }

    /// Bit 1: dropped by the normalisation (white space or punctuation); bit 2: changed by
    /// lower-casing.
    private static func scalarClass(_ v: UInt32) -> UInt8 {
        if let sc = Unicode.Scalar(v), WhitespaceNormalizer.isSpace(sc) { return 1 }
        if ScalarTable.isPunctuationLike(v) { return 1 }
        return ScalarTable.changesWhenLowercased(v) ? 2 : 0
    }

    /// False when `normalize(s)` cannot start with the scalar `first`: its first kept character
    /// is another one that lower-casing leaves as it is, or it keeps nothing. (A first kept
    /// character that lower-casing changes is not judged here: true.)
    static func mayNormalize(_ s: String, toStartWith first: UInt32) -> Bool {
        var s = s
        return s.withUTF8 { b in
            var i = 0
            while i < b.count {
                let c = b[i]
                if c < 0x80 {
                    if droppedASCII[Int(c)] { i += 1; continue }
                    return UInt32(c | (c &- 0x41 < 26 ? 0x20 : 0)) == first
                }
                let (v, length) = UTF8Scan.scalar(b, at: i)
                let k = scalarClass(v)
                if k & 1 != 0 { i += length; continue }
                return k & 2 != 0 || v == first
            }
            return false
        }
    }

    /// The title's letters and digits, lower-cased: white space and punctuation (not symbols
    /// like `+`, `$`) dropped.
    static func normalize(_ s: String) -> String {
        var s = s
        var needsLowercasing = false
        // Read from the UTF-8 and written straight into the new string's storage (the result is
        // never longer): each kept character's bytes are copied as they are.
        let out = s.withUTF8 { b in
            String(unsafeUninitializedCapacity: b.count) { out in
                var count = 0
                droppedASCII.withUnsafeBufferPointer { dropped in
                    var i = 0
                    let n = b.count
                    while i < n {
                        let c = b[i]
                        if c < 0x80 {
                            if !dropped[Int(c)] { out[count] = c | (c &- 0x41 < 26 ? 0x20 : 0); count += 1 }
                            i += 1
                            continue
                        }
                        let (v, length) = UTF8Scan.scalar(b, at: i)
                        // CJK ideographs and Hangul syllables: letters, no case, no table.
                        if !((0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xAC00...0xD7AF).contains(v)) {
                            let k = scalarClass(v)
                            if k & 1 != 0 { i += length; continue }
                            if k & 2 != 0 { needsLowercasing = true }
                        }
                        for j in i..<i + length { out[count] = b[j]; count += 1 }
                        i += length
                    }
                }
                return count
            }
        }
        return needsLowercasing ? out.lowercased() : out
    }
}

extension Unicode.Scalar.Properties {
    /// Punctuation and symbols that titles gain or lose between `<title>` and the page.
    var isPunctuationLike: Bool {
        switch generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
             .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }
}
