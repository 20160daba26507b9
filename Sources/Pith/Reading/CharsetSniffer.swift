/// Guesses the charset of undeclared (or wrongly declared) bytes.
///
/// Valid UTF-8 wins outright. Otherwise each candidate decodes a sample and is scored on how
/// plausible the result is: the share of very frequent characters of its script (Chinese,
/// Japanese kana, Hangul, lowercase Cyrillic, Latin accents) among the non-ASCII characters,
/// minus a penalty for undecodable bytes.
enum CharsetSniffer {
    static let candidates: [Charset] = [.gb18030, .big5, .shiftJIS, .eucKR, .windows1251, .windows1252]

    /// The most plausible charset and its plausibility in 0…1.
    static func sniff(_ bytes: UnsafeRawBufferPointer, sampleLimit: Int = 64 * 1024) -> (Charset, Double) {
        guard let (sample, cut) = sampleWindow(bytes, limit: sampleLimit) else { return (.windows1252, 1) }
        if Transcoder.isMostlyUTF8(trimmedToCharacterBoundary(sample, cut: cut)) {
            return (.utf8, 1)
        }
        return mostPlausibleLegacy(sample)
    }

    /// Up to `limit` bytes to judge the charset on, starting at the first non-ASCII byte — a page
    /// can carry 100 KB of ASCII scripts and styles before its first accented letter or curly
    /// quote, and a sample of the ASCII head alone would say nothing. Nil when the page is all
    /// ASCII. `cut` tells whether the window ends before the page does.
    static func sampleWindow(_ bytes: UnsafeRawBufferPointer, limit: Int) -> (UnsafeRawBufferPointer, cut: Bool)? {
        guard let base = bytes.baseAddress else { return nil }
        let first = UTF8Scan.skipASCII(base, from: 0, count: bytes.count)
        guard first < bytes.count else { return nil }
        // Start at the first high byte when it lies past the head; it begins a character, since
        // everything before it is ASCII.
        let start = first < limit / 2 ? 0 : first
        let end = min(bytes.count, start + limit)
        return (UnsafeRawBufferPointer(rebasing: bytes[start..<end]), end < bytes.count)
    }

    /// The legacy (non-UTF-8) candidate whose decoding of `sample` is most plausible.
    static func mostPlausibleLegacy(_ sample: UnsafeRawBufferPointer) -> (Charset, Double) {
        var best: (Charset, Double) = (.windows1252, -1)
        // Six decodings of the whole sample cost more than the rest of the page's reading; the
        // first 16 KiB from the first non-ASCII byte hold thousands of characters to judge by.
        let judged = scoringWindow(sample)
        for c in candidates {
            let p = plausibility(of: judged, as: c)
            if p > best.1 { best = (c, p) }
            // No score exceeds 1, and a later candidate must score higher to win: a perfect
            // score ends the search (most GBK pages, GB18030 being the first candidate).
            if p >= 1 { break }
        }
        return best
    }

    static let scoringLimit = 16 * 1024

    /// At most `scoringLimit` bytes of `sample`, starting where its non-ASCII text starts.
    static func scoringWindow(_ sample: UnsafeRawBufferPointer) -> UnsafeRawBufferPointer {
        guard sample.count > scoringLimit else { return sample }
        return sampleWindow(sample, limit: scoringLimit)?.0 ?? sample
    }

    /// How plausible `sample` decoded as `charset` is, in 0…1 (can go negative with many errors).
    /// At most 1 for every charset (`mostPlausibleLegacy` relies on it).
    static func plausibility(of sample: UnsafeRawBufferPointer, as charset: Charset) -> Double {
        guard let decoded = Transcoder.decode(sample, from: charset) else { return -1 }
        var nonASCII = 0, common = 0
        var lowerCyr = 0, upperCyrInWord = 0, prevLowerCyr = false
        var latinAccent = 0
        // Which script's test applies, decided once (comparing charsets compares their names).
        enum Script { case simplified, traditional, kana, hangul, cyrillic, latin }
        let script: Script
        switch charset {
        case .gb18030: script = .simplified
        case .big5: script = .traditional
        case .shiftJIS, .eucJP: script = .kana
        case .eucKR: script = .hangul
        case .windows1251: script = .cyrillic
        default: script = .latin
        }
        let simplified = CommonCharacters.simplified, traditional = CommonCharacters.traditional
        let hangul = CommonCharacters.hangul
        UTF8Scan.forEachScalar(decoded.utf8) { v in
            guard let s = Unicode.Scalar(v) else { return }
            defer { prevLowerCyr = (0x430...0x44F).contains(v) || v == 0x451 }
            guard v > 0x7F else { return }
            nonASCII += 1
            switch script {
            case .simplified: if simplified.contains(s) { common += 1 }
            case .traditional: if traditional.contains(s) { common += 1 }
            case .kana:
                if (0x3041...0x30FF).contains(v) || v == 0x3001 || v == 0x3002 { common += 1 }
            case .hangul: if hangul.contains(s) { common += 1 }
            case .cyrillic:
                if (0x430...0x44F).contains(v) { lowerCyr += 1 }
                if (0x410...0x42F).contains(v), prevLowerCyr { upperCyrInWord += 1 }
            case .latin:
                if (0xC0...0xFF).contains(v) || v == 0x2019 || v == 0x201C || v == 0x201D || v == 0x2013
                    || v == 0x2014 || v == 0xA0 || v == 0xA9 { latinAccent += 1 }
            }
        }
        guard nonASCII > 0 else { return 0 }
        let errorRate = Double(decoded.errors) / Double(max(1, nonASCII))
        let n = Double(nonASCII)
        var score: Double
        switch charset {
        case .windows1251:
            score = Double(lowerCyr - 4 * upperCyrInWord) / n
        case .windows1252:
            // Western text has sparse, isolated accents; dense high bytes are someone else's.
            let density = n / Double(max(1, decoded.characters))
            score = density < 0.08 ? Double(latinAccent) / n * 0.6 : 0.05
        case .gb18030, .big5:
            // Frequent-character share in real Chinese text is ~0.35–0.6; scale it up a little.
            score = min(1, Double(common) / n * 1.6)
        case .eucKR:
            score = min(1, Double(common) / n * 1.6)
        default:
            score = Double(common) / n
        }
        return score - 3 * errorRate
    }

    /// Drops a multi-byte sequence that the sample's cut left unfinished.
    static func trimmedToCharacterBoundary(_ b: UnsafeRawBufferPointer, cut: Bool) -> UnsafeRawBufferPointer {
        guard cut else { return b }
        var end = b.count, k = 0
        while end > 0, k < 8, b[end - 1] >= 0x80 { end -= 1; k += 1 }
        return UnsafeRawBufferPointer(rebasing: b[0..<end])
    }
}
