/// The language of a text from its script (Han, kana, Hangul, Cyrillic, Arabic…) and, for Latin
/// script, from its most common short words (the lists in `Resources/languages.txt`).
struct LanguageGuess: Sendable {
    /// The function words of `Resources/languages.txt`, by word: the languages each belongs to.
    let languagesOfWord: [String: [String]]

    /// - Parameter words: function words per language code.
    init(words: [String: Set<String>]) {
        var byWord: [String: [String]] = [:]
        for (code, list) in words.sorted(by: { $0.key < $1.key }) {
            for w in list { byWord[w, default: []].append(code) }
        }
        languagesOfWord = byWord
    }

    /// A BCP 47 primary tag (`zh`, `ja`, `en`…), or nil when the sample is too small or unclear.
    func guess(_ text: Substring) -> String? { weighedGuess(text)?.code }

    /// The guess and whether the evidence is overwhelming (a script, or many more function
    /// words of one language than of any other) — strong enough to overrule a declaration.
    func weighedGuess(_ text: Substring) -> (code: String, strong: Bool)? {
        var han = 0, kana = 0, hangul = 0, cyrillic = 0, arabic = 0, hebrew = 0, greek = 0, thai = 0, latin = 0
        for u in text.unicodeScalars {
            switch u.value {
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
        var counts: [String: Int] = [:]
        var total = 0
        Self.forEachShortWord(in: text, maxLength: 5) { w in
            total += 1
            if let codes = languagesOfWord[w] { for code in codes { counts[code, default: 0] += 1 } }
        }
        guard let best = counts.max(by: { $0.value < $1.value || $0.value == $1.value && $0.key > $1.key }),
              best.value >= 3, total > 0 else { return nil }
        let second = counts.filter { $0.key != best.key }.map(\.value).max() ?? 0
        guard best.value >= second * 3 / 2 + 1 else { return nil }
        return (best.key, best.value >= 12 && best.value >= second * 3)
    }

    /// Calls `body` with every word of at most `maxLength` letters, lower-cased. Words are runs
    /// of letters and apostrophes; ASCII is judged byte by byte, other scripts by their
    /// Unicode properties.
    static func forEachShortWord(in text: Substring, maxLength: Int, _ body: (String) -> Void) {
        var word = String.UnicodeScalarView()
        var length = 0, ascii = true
        func end() {
            if length > 0, length <= maxLength {
                let w = String(word)
                body(ascii ? w : w.lowercased())
            }
            word = String.UnicodeScalarView()
            length = 0
            ascii = true
        }
        for u in text.unicodeScalars {
            let v = u.value
            let isLetter: Bool
            switch v {
            case 0x41...0x5A:
                isLetter = true
                if length < maxLength + 1 { word.append(Unicode.Scalar(v + 0x20)!) }
                length += 1
                continue
            case 0x61...0x7A, 0x27:
                isLetter = true
            case 0...0x7F:
                isLetter = false
            default:
                isLetter = u.properties.isAlphabetic
                if isLetter { ascii = false }
            }
            if isLetter {
                if length < maxLength + 1 { word.append(u) }
                length += 1
            } else {
                end()
            }
        }
        end()
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
