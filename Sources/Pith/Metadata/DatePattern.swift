/// Finds calendar dates written in text: `2012-10-13`, `2012/10/13`, `2012.10.13`,
/// `2012年10月13日`, `13.10.2012`, `13 October 2012`, `Oct 13, 2012`, and day-first dates with
/// the month's name in German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian
/// (`3. März 2021`, `3 de marzo de 2021`, `3 марта 2021`).
enum DatePattern {
    struct Found: Equatable, Sendable {
        var year: Int, month: Int, day: Int
        var iso: String {
            let m = month < 10 ? "0\(month)" : "\(month)"
            let d = day < 10 ? "0\(day)" : "\(day)"
            return "\(year)-\(m)-\(d)"
        }
    }

    private static let monthNames: [(String, Int)] = [
        ("jan", 1), ("january", 1), ("feb", 2), ("february", 2), ("mar", 3), ("march", 3), ("apr", 4), ("april", 4),
        ("may", 5), ("jun", 6), ("june", 6), ("jul", 7), ("july", 7), ("aug", 8), ("august", 8), ("sep", 9), ("sept", 9),
        ("september", 9), ("oct", 10), ("october", 10), ("nov", 11), ("november", 11), ("dec", 12), ("december", 12),
    ]

    /// The month names by `wordKey`: words are compared as numbers, without a string built for
    /// each word that starts like a month.
    private static let monthKeys: [(key: UInt64, month: Int)] = monthNames.map { name, month in
        let scalars = Array(name.unicodeScalars)
        return (scalars.withUnsafeBufferPointer { wordKey($0, 0, $0.count)! }, month)
    }

    /// Month names of other languages, written day first (`3. März 2021`, `3 mars 2021`,
    /// `3 de marzo de 2021`, `3 marzo 2021`, `3 março 2021`, `3 maart 2021`, `3 marca 2021`,
    /// `3 марта 2021`): full names and the usual abbreviations, lower case, the forms a date
    /// takes (Polish and Russian genitives).
    private static let europeanMonthNames: [String: Int] = {
        let table: [[String]] = [
            // de, fr, es, it, pt, nl, pl, ru
            ["januar", "jänner", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "stycznia", "января", "янв"],
            ["februar", "feber", "février", "févr", "fevrier", "febrero", "febbraio", "fevereiro", "fev", "februari", "lutego", "февраля", "фев"],
            ["märz", "maerz", "mars", "marzo", "março", "marco", "maart", "mrt", "marca", "марта", "мар"],
            ["april", "avril", "avr", "abril", "abr", "aprile", "kwietnia", "апреля", "апр"],
            ["mai", "mayo", "maggio", "mag", "maio", "mei", "maja", "мая"],
            ["juni", "juin", "junio", "giugno", "giu", "junho", "czerwca", "июня", "июн"],
            ["juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipca", "июля", "июл"],
            ["august", "août", "aout", "agosto", "ago", "augustus", "sierpnia", "августа", "авг"],
            ["september", "septembre", "sept", "septiembre", "setiembre", "settembre", "set", "setembro", "września", "wrzesnia", "сентября", "сен"],
            ["oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "października", "pazdziernika", "октября", "окт"],
            ["november", "novembre", "noviembre", "novembro", "listopada", "ноября", "ноя"],
            ["dezember", "dez", "décembre", "déc", "decembre", "diciembre", "dic", "dicembre", "dezembro", "december", "grudnia", "декабря", "дек"],
        ]
        var names: [String: Int] = [:]
        for (m, words) in table.enumerated() { for w in words { names[w] = m + 1 } }
        return names
    }()

    /// The month a word of another language names (`c[i..<end]`, any letter case).
    private static func europeanMonth(_ c: Scalars, _ i: Int, _ end: Int) -> Int? {
        guard end > i, end - i <= 12 else { return nil }
        var word = String.UnicodeScalarView()
        for k in i..<end { word.append(c[k]) }
        return europeanMonthNames[String(word).lowercased()]
    }

    /// A text's scalars, as `first(in:)` reads them.
    private typealias Scalars = UnsafeBufferPointer<Unicode.Scalar>

    /// A word of ASCII letters `c[i..<end]` in any case as a number (five bits a letter), or nil
    /// when it is longer than any month name.
    private static func wordKey(_ c: Scalars, _ i: Int, _ end: Int) -> UInt64? {
        guard end - i <= 9 else { return nil }
        var key: UInt64 = 0
        for k in i..<end { key = key << 5 | UInt64((c[k].value | 0x20) - 0x60) }
        return key
    }

    /// The month the letters `c[i..<end]` name, if any.
    private static func month(_ c: Scalars, _ i: Int, _ end: Int) -> Int? {
        for k in i..<end where !isLetter(c[k]) { return nil }   // English names are ASCII letters
        guard let key = wordKey(c, i, end) else { return nil }
        for m in monthKeys where m.key == key { return m.month }
        return nil
    }

    /// `first(in:)` of one text, looked for once however often it is asked.
    struct Memo {
        let text: String
        private var found: Found??

        init(_ text: String) { self.text = text }

        var first: Found? {
            mutating get {
                if let found { return found }
                let f = DatePattern.first(in: text)
                found = .some(f)
                return f
            }
        }
    }

    /// The first valid date in `text`, if any. With `monthFirstNumbers`, `10/31/2024` (month
    /// first where day first cannot be) counts too: for the metadata readers, which look at a
    /// page's dates; the line shapes do not (a forum's "On 8/26/2024 at 5:29 PM, X said:" is the
    /// quote's header, not the page's metadata).
    static func first(in text: String, monthFirstNumbers: Bool = false) -> Found? {
        // Every form has a year in four ASCII digits in a row (see `isValid` for the range): most
        // blocks are ruled out without a look at their characters.
        // A year is 1990…2100: four digits starting 19, 20 or 21.
        guard mayHoldYear(text) else { return nil }
        // Scalars, not Characters: the patterns are ASCII digits, letters and 年/月, and splitting
        // a block into grapheme clusters costs more than the rest of the search. Decoded into a
        // buffer on the stack (no more scalars than bytes).
        var text = text
        return withUnsafeTemporaryAllocation(of: Unicode.Scalar.self, capacity: max(1, text.utf8.count)) { buffer in
            let count = text.withUTF8 { b -> Int in
                var i = 0, n = 0
                while i < b.count {
                    let (v, length) = UTF8Scan.scalar(b, at: i)
                    buffer[n] = Unicode.Scalar(v) ?? "\u{FFFD}"
                    n += 1
                    i += length
                }
                return n
            }
            return first(in: UnsafeBufferPointer(rebasing: buffer[0..<count]), monthFirstNumbers: monthFirstNumbers)
        }
    }

    /// `first(in:)` over the text's scalars.
    private static func first(in chars: Scalars, monthFirstNumbers: Bool) -> Found? {
        var i = 0
        while i < chars.count {
            if isDigit(chars[i]) {
                if let (f, _) = numeric(chars, i, monthFirstNumbers: monthFirstNumbers) { return f }
                // Skip the rest of this number.
                while i < chars.count, isDigit(chars[i]) { i += 1 }
                continue
            }
            if isLetter(chars[i]), i == 0 || !ScalarTable.isAlphabetic(chars[i - 1].value) {
                if let f = monthFirst(chars, i) { return f }
            }
            i += 1
        }
        return nil
    }

    /// True when four ASCII digits in a row start with 19, 20 or 21.
    static func mayHoldYear(_ text: String) -> Bool {
        func scan<S: Sequence>(_ bytes: S) -> Bool where S.Element == UInt8 {
            var run = 0, first: UInt8 = 0, second: UInt8 = 0
            for b in bytes {
                if b >= 0x30 && b <= 0x39 {
                    run += 1
                    if run == 1 { first = b } else if run == 2 { second = b }
                    if run == 4, first == 0x31 && second == 0x39 || first == 0x32 && (second == 0x30 || second == 0x31) {
                        return true
                    }
                } else {
                    run = 0
                }
            }
            return false
        }
        return text.utf8.withContiguousStorageIfAvailable { scan($0) } ?? scan(text.utf8)
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        guard (1990...2100).contains(y), (1...12).contains(m), d >= 1 else { return false }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        return d <= days[m - 1]
    }

    @inline(__always) private static func isDigit(_ u: Unicode.Scalar) -> Bool { u.value >= 0x30 && u.value <= 0x39 }

    @inline(__always) private static func isLetter(_ u: Unicode.Scalar) -> Bool {
        (u.value | 0x20) >= 0x61 && (u.value | 0x20) <= 0x7A
    }

    private static func number(_ c: Scalars, _ i: Int, maxDigits: Int) -> (Int, Int)? {
        var j = i, v = 0
        while j < c.count, j - i < maxDigits, isDigit(c[j]) { v = v * 10 + Int(c[j].value - 0x30); j += 1 }
        if j == i || (j < c.count && isDigit(c[j])) { return nil }
        return (v, j)
    }

    /// `-`, `/`, `.` or `年` between the numbers of a date.
    @inline(__always) private static func isSeparator(_ u: Unicode.Scalar) -> Bool {
        u == "-" || u == "/" || u == "." || u == "年"
    }

    private static func numeric(_ c: Scalars, _ i: Int, monthFirstNumbers: Bool) -> (Found, Int)? {
        if i > 0, isDigit(c[i - 1]) { return nil }
        guard let (a, j) = number(c, i, maxDigits: 4) else { return nil }
        guard j < c.count, isSeparator(c[j]) else {
            return dayMonthName(c, a, j)
        }
        let sep = c[j]
        // `3. März 2021`: a day, its dot, a month's name.
        if sep == ".", j + 1 < c.count, c[j + 1] == " ", j - i <= 2 { return dayMonthName(c, a, j + 1) }
        guard let (b, k) = number(c, j + 1, maxDigits: 2), k < c.count else { return nil }
        let sep2 = c[k]
        guard (sep == "年" && sep2 == "月") || sep2 == sep else { return nil }
        guard let (d, l) = number(c, k + 1, maxDigits: 4) else { return nil }
        if j - i == 4, isValid(a, b, d) { return (Found(year: a, month: b, day: d), l) }
        // Day-first: 13.10.2012 or 13/10/2012; month-first only where day-first cannot be
        // (10/13/2012, 11-29-2024): an ambiguous 03-09-2026 stays day-first.
        if j - i <= 2, l - (k + 1) == 4, sep != "年" {
            if isValid(d, b, a) { return (Found(year: d, month: b, day: a), l) }
            if monthFirstNumbers, isValid(d, a, b) { return (Found(year: d, month: a, day: b), l) }
        }
        return nil
    }

    /// `13 October 2012`, `30th March 2025`, `1st of May 2024`.
    private static func dayMonthName(_ c: Scalars, _ day: Int, _ j: Int) -> (Found, Int)? {
        var k = j
        if k + 2 < c.count, isOrdinalSuffix(c[k], c[k + 1]) { k += 2 }
        guard k < c.count, c[k] == " " else { return nil }
        k += 1
        if k + 2 < c.count, c[k] == "o", c[k + 1] == "f", c[k + 2] == " " { k += 3 }
        // `3 de marzo de 2021` (Spanish, Portuguese).
        if k + 2 < c.count, c[k] == "d", c[k + 1] == "e", c[k + 2] == " " { k += 3 }
        let wordStart = k
        while k < c.count, c[k].properties.isAlphabetic { k += 1 }
        guard let m = month(c, wordStart, k) ?? europeanMonth(c, wordStart, k) else { return nil }
        if k < c.count, c[k] == "." || c[k] == "," { k += 1 }
        while k < c.count, c[k] == " " { k += 1 }
        if k + 2 < c.count, c[k] == "d", c[k + 1] == "e", c[k + 2] == " " { k += 3 }
        guard let (y, l) = number(c, k, maxDigits: 4), l - k == 4, isValid(y, m, day) else { return nil }
        return (Found(year: y, month: m, day: day), l)
    }

    /// `st`, `nd`, `rd`, `th` after a day's number.
    @inline(__always) private static func isOrdinalSuffix(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> Bool {
        (a == "s" && b == "t") || (a == "n" && b == "d") || (a == "r" && b == "d") || (a == "t" && b == "h")
    }

    /// `Oct 13, 2012` / `October 13 2012`.
    private static func monthFirst(_ c: Scalars, _ i: Int) -> Found? {
        // Month names start with one of j, f, m, a, s, o, n, d and run 3 to 9 letters: other
        // words are passed over before any string is built.
        switch c[i].value | 0x20 {
        case 0x6A, 0x66, 0x6D, 0x61, 0x73, 0x6F, 0x6E, 0x64: break
        default: return nil
        }
        var end = i
        while end < c.count, end - i <= 9, isLetter(c[end]) { end += 1 }
        guard end - i >= 3, end - i <= 9 else { return nil }
        var k = i
        while k < c.count, isLetter(c[k]) { k += 1 }
        guard let m = month(c, i, k) else { return nil }
        if k < c.count, c[k] == "." { k += 1 }
        guard k < c.count, c[k] == " " else { return nil }
        k += 1
        guard let (d, l) = number(c, k, maxDigits: 2) else { return nil }
        var n = l
        if n + 1 < c.count, c[n] == "s" || c[n] == "n" || c[n] == "r" || c[n] == "t" { n += 2 }  // 13th, 1st
        if n < c.count, c[n] == "," { n += 1 }
        while n < c.count, c[n] == " " { n += 1 }
        guard let (y, e) = number(c, n, maxDigits: 4), e - n == 4, isValid(y, m, d) else { return nil }
        return Found(year: y, month: m, day: d)
    }
}
