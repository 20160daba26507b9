/// The language of a text from its script (Han, kana, Hangul, Cyrillic, Arabic…) and, for Latin
/// script, from its most common short words (the lists in `Resources/languages.txt`).
struct LanguageGuess: Sendable {
    /// The language codes, sorted; `wordTable` refers to them by position.
    private let codes: [String]
    /// The function words of `Resources/languages.txt` by the 64-bit hash of their bytes, with
    /// the languages each belongs to (looked up for every short word of the sample, where a
    /// `Dictionary` would hash each one again with SipHash).
    private let wordTable: HashedTokenTable<WordEntry>

    private struct WordEntry: Sendable {
        var word: [UInt8]
        var languages: [Int]
    }

    /// - Parameter words: function words per language code.
    init(words: [String: Set<String>]) {
        var byWord: [String: [String]] = [:]
        let sorted = words.sorted(by: { $0.key < $1.key })
        for (code, list) in sorted {
            for w in list { byWord[w, default: []].append(code) }
        }
        codes = sorted.map(\.key)
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        wordTable = HashedTokenTable(byWord.map { word, langs in
            (ClassIDHints.hash(word.utf8), WordEntry(word: Array(word.utf8), languages: langs.compactMap { index[$0] }))
        })
    }

    /// A BCP 47 primary tag (`zh`, `ja`, `en`…), or nil when the sample is too small or unclear.
    func guess(_ text: Substring) -> String? { weighedGuess(text)?.code }

    /// The guess and whether the evidence is overwhelming (a script, or many more function
    /// words of one language than of any other) — strong enough to overrule a declaration.
    func weighedGuess(_ text: Substring) -> (code: String, strong: Bool)? {
        var han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0, latin = 0
        Self.forEachScalar(in: text) { v in
            switch v {
            case 0x41...0x5A, 0x61...0x7A, 0xC0...0x24F: latin += 1
            case 0x4E00...0x9FFF, 0x3400...0x4DBF: han += 1
            case 0x3040...0x30FF: kana += 1
            case 0xAC00...0xD7AF, 0x1100...0x11FF: hangul += 1
            case 0x400...0x4FF: cyrillic += 1
            case 0x600...0x6FF: arabic += 1
            case 0x590...0x5FF: hebrew += 1
            case 0x370...0x3FF: greek += 1
            case 0xE00...0xE7F: thai += 1
            default: break
            }
        }
        let cjk = han + kana + hangul
        // CJK characters carry about three Latin letters' worth of text each.
        if cjk * 3 > latin, cjk >= 10 {
            if kana * 5 >= cjk { return ("ja", true) }
            if hangul * 2 >= cjk { return ("ko", true) }
            return ("zh", true)
        }
        let scripts: [(String, Int)] = [("ru", cyrillic), ("ar", arabic), ("he", hebrew), ("el", greek), ("th", thai)]
        if let (code, n) = scripts.max(by: { $0.1 < $1.1 }), n > latin, n >= 20 { return (code, true) }
        guard latin >= 40 else { return nil }
        var counts = [Int](repeating: 0, count: codes.count)
        var total = 0
        let table = wordTable
        Self.forEachShortWord(in: text, maxLength: 5) { w in
            total += 1
            if let entry = table.value(for: ClassIDHints.hash(w)), entry.word.elementsEqual(w) {
                for l in entry.languages { counts[l] += 1 }
            }
        }
        // The most counted language (on a tie, the first code in sorted order), then the runner-up.
        var best = -1
        for (k, c) in counts.enumerated() where c > 0 && (best < 0 || c > counts[best]) { best = k }
        guard best >= 0, counts[best] >= 3, total > 0 else { return nil }
        let bestCount = counts[best]
        let second = counts.enumerated().filter { $0.offset != best }.map(\.element).max() ?? 0
        guard bestCount >= second * 3 / 2 + 1 else { return nil }
        return (codes[best], bestCount >= 12 && bestCount >= second * 3)
    }

    /// Calls `body` with every word of at most `maxLength` letters, lower-cased, as UTF-8.
    /// Words are runs of letters and apostrophes; ASCII is judged byte by byte, other scripts
    /// by their Unicode properties.
    static func forEachShortWord(in text: Substring, maxLength: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Void) {
        var text = text
        // The word so far (its first `maxLength + 1` letters, at most four bytes each), in a
        // buffer on the stack: an array checked its uniqueness on every byte appended.
        let capacity = 4 * (maxLength + 1)
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: capacity) { word in
            text.withUTF8 { b in
                // How many bytes and letters the word has, and whether they are all ASCII (then
                // they are lower-cased already).
                var bytes = 0, length = 0, ascii = true
                let n = b.count
                var i = 0
                while i <= n {
                    var isLetter = false
                    var next = i + 1
                    if i < n {
                        let c = b[i]
                        if c < 0x80 {
                            if c >= 0x41 && c <= 0x5A || c >= 0x61 && c <= 0x7A || c == 0x27 {
                                isLetter = true
                                if length <= maxLength { word[bytes] = c >= 0x41 && c <= 0x5A ? c | 0x20 : c; bytes += 1 }
                            }
                        } else {
                            let (v, k) = UTF8Scan.scalar(b, at: i)
                            next = i + k
                            if ScalarTable.isAlphabetic(v) {
                                isLetter = true
                                ascii = false
                                if length <= maxLength {
                                    for j in i..<min(next, n) { word[bytes] = b[j]; bytes += 1 }
                                }
                            }
                        }
                    }
                    if isLetter {
                        length += 1
                    } else if length > 0 {
                        if length <= maxLength {
                            let letters = UnsafeBufferPointer(rebasing: word[0..<bytes])
                            if ascii {
                                body(letters)
                            } else {
                                var lower = String(decoding: letters, as: UTF8.self).lowercased()
                                lower.withUTF8(body)
                            }
                        }
                        bytes = 0
                        length = 0
                        ascii = true
                    }
                    i = next
                }
            }
        }
    }

    /// Calls `body` with each scalar of `text`, decoded from its UTF-8.
    @inline(__always)
    static func forEachScalar(in text: Substring, _ body: (UInt32) -> Void) {
        var text = text
        text.withUTF8 { b in
            var i = 0
            while i < b.count {
                let (v, k) = UTF8Scan.scalar(b, at: i)
                body(v)
                i += k
            }
        }
    }

    /// Reads `code: word word …` lines.
    static func parse(_ text: String) -> LanguageGuess {
        var words: [String: Set<String>] = [:]
        for line in text.split(separator: "\n") {
            let l = line.trimmingCharacters(in: .whitespaces)
            guard !l.isEmpty, !l.hasPrefix("#"), let colon = l.firstIndex(of: ":") else { continue }
            let code = l[..<colon].trimmingCharacters(in: .whitespaces)
            words[code, default: []].formUnion(l[l.index(after: colon)...].split(separator: " ").map { String($0).lowercased() })
        }
        return LanguageGuess(words: words)
    }
}

import Foundation
