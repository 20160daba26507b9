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
        // A block much longer than the title cannot normalise to it: skip the work.
        let maxBytes = title.utf8.count * 2 + 16
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
        for i in kept where !keep.contains(i) && blocks[i].text.utf8.count <= maxBytes && normalize(blocks[i].text) == target {
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

    /// The title's letters and digits, lower-cased: white space and punctuation (not symbols
    /// like `+`, `$`) dropped.
    static func normalize(_ s: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(s.utf8.count)
        var needsLowercasing = false
        for sc in s.unicodeScalars {
            let v = sc.value
            if v < 0x80 {
                if !droppedASCII[Int(v)] { bytes.append(v >= 0x41 && v <= 0x5A ? UInt8(v | 0x20) : UInt8(v)) }
                continue
            }
            // CJK ideographs and Hangul syllables: letters, no case, no table.
            if !((0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0xAC00...0xD7AF).contains(v)) {
                let c = scalarClass(v)
                if c & 1 != 0 { continue }
                if c & 2 != 0 { needsLowercasing = true }
            }
            bytes.append(contentsOf: UTF8.encode(sc)!)
        }
        let out = String(decoding: bytes, as: UTF8.self)
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
