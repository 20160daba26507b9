/// Reads author names from bylines: `By Jane Smith and John Doe | Oct 13, 2012`,
/// `作者：张三 来源：新华网`, `文/李四`. Names are cut at the next field, date or separator.
enum Byline {
    /// "By" and its equivalents (German, French, Spanish/Portuguese, Italian, Dutch, Russian),
    /// matched as the English ones: opening the line or after a separator.
    private static let englishPrefixes = ["written by ", "posted by ", "story by ", "words by ", "by ",
                                          "von ", "par ", "por ", "di ", "door ", "autor: ", "автор: ", "автор "]
    private static let chinesePrefixes = ["作者：", "作者:", "作者 ", "文/", "文／", "撰文：", "撰稿：", "记者："]
    private static let stops = ["|", "｜", "•", "·", " - ", " – ", " — ", "\n", " on ", " at ", " in ", ",", "，", " updated", " published",
                                "来源", "发布", "时间", "日期", "编辑", "责任", "浏览", "阅读", " "]

    private static let englishPrefixBytes = englishPrefixes.map { Array($0.utf8) }
    private static let stopBytes = stops.map { Array($0.utf8) }
    private static let chinesePrefixBytes = chinesePrefixes.map { Array($0.utf8) }

    static func authors(in line: String) -> [String] {
        // A byte search rules most lines out before Foundation's slower `range(of:)` runs; the
        // lower-cased string is built only for a line that holds an English prefix.
        let lowerBytes = MetadataLine.lowercasedBytes(line), lineBytes = Array(line.utf8)
        var lowered: String?
        for (k, p) in englishPrefixes.enumerated() {
            guard ByteSearch.contains(lowerBytes, englishPrefixBytes[k]) else { continue }
            let lower = lowered ?? line.lowercased()
            lowered = lower
            guard let r = lower.range(of: p) else { continue }
            // "By" must open the line or follow a separator, not sit inside a sentence.
            let before = lower[..<r.lowerBound].trimmingBlanks()
            guard before.isEmpty || before.hasSuffix("|") || before.hasSuffix("·") else { continue }
            let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
            var rest = cutAtFirstStop(String(line.dropFirst(offset)))
            if let d = DatePattern.first(in: rest), let y = rest.range(of: String(d.year)) { rest = String(rest[..<y.lowerBound]) }
            return split(rest).filter(isPlausibleName)
        }
        for (k, p) in chinesePrefixes.enumerated() {
            guard ByteSearch.contains(lineBytes, chinesePrefixBytes[k]), let r = line.range(of: p) else { continue }
            var rest = String(line[r.upperBound...]).trimmingBlanks()
            let restBytes = Array(rest.utf8)
            for (s, stop) in stops.enumerated() {
                // Foundation is asked only when the stop's bytes are there (or for `·`, which
                // U+0387 matches as its canonical equivalent).
                guard stop == "·" || ByteSearch.contains(restBytes, stopBytes[s]) else { continue }
                if let s = rest.range(of: stop) { rest = String(rest[..<s.lowerBound]) }
            }
            let name = rest.trimmingBlanks()
            if !name.isEmpty, name.count <= 12 { return [name] }
        }
        return []
    }

    /// The ASCII stops, lower-cased, as bytes.
    private static let asciiStopBytes: [[UInt8]] = stops.filter { $0 != " " && $0.utf8.allSatisfy { $0 < 0x80 } }
        .map { Array($0.lowercased().utf8) }

    /// `rest` up to its first stop (any letter case; the blank stop aside). Plain ASCII text is
    /// searched on bytes (a non-ASCII stop cannot occur in it); other text through Foundation.
    static func cutAtFirstStop(_ rest: String) -> String {
        var bytes = Array(rest.utf8)
        if bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) {
            for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
            var cut = bytes.count
            bytes.withUnsafeBufferPointer { b in
                for stop in asciiStopBytes {
                    if let k = ByteSearch.firstIndex(of: stop, in: UnsafeBufferPointer(rebasing: b[..<cut])) { cut = k }
                }
            }
            return cut == bytes.count ? rest : String(rest.utf8.prefix(cut))!
        }
        var rest = rest
        for stop in stops where stop != " " {
            if let s = rest.range(of: stop, options: .caseInsensitive) { rest = String(rest[..<s.lowerBound]) }
        }
        return rest
    }

    private static func split(_ s: String) -> [String] {
        s.replacingOccurrences(of: " and ", with: "\u{1}").replacingOccurrences(of: " & ", with: "\u{1}")
            .split(separator: "\u{1}").map { $0.trimmingCharacters(in: trimmed) }
            .filter { !$0.isEmpty }
    }

    /// What is trimmed off each name (the union built once: building it cost more than the rest).
    private static let trimmed = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters)

    private static let particles: Set<String> = ["van", "von", "de", "der", "da", "di", "la", "le", "al", "bin", "ibn", "du", "del"]

    /// One to five words, each starting with a capital letter (or a particle: van, de, al…).
    static func isPlausibleName(_ s: String) -> Bool {
        let words = s.split(separator: " ")
        guard (1...5).contains(words.count), s.count <= 60 else { return false }
        return words.allSatisfy { w in w.first?.isUppercase == true || particles.contains(w.lowercased()) }
            && words.first?.first?.isUppercase == true
    }
}

import Foundation
