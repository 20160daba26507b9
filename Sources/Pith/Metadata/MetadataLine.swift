import Foundation

/// Recognises the short "about this page" lines that sit beside a body — category, date, views,
/// source, author — such as `栏目:发言稿发布:2012-10-13浏览:2214下载253次收藏` or
/// `By Jane Doe | Published Oct 13, 2012 | 3 min read` — and reads category and date from them.
enum MetadataLine {
    /// Labels that introduce a metadata field (`Resources/fields.txt`, `[labels]`).
    static var labels: [String] { FieldVocabulary.shared.labels }

    /// True when the block reads as a metadata line rather than a sentence of the body:
    /// short, no sentence end (two allowed in English abbreviations), and at least two signals
    /// among field labels, a date and a counter.
    static func isMetadataLine(_ text: String, stats: TextStatistics) -> Bool {
        var date = DatePattern.Memo(text)
        return isMetadataLine(text, stats: stats, date: &date)
    }

    /// The same, looking for a date through `date` (which keeps it for the caller).
    static func isMetadataLine(_ text: String, stats: TextStatistics, date: inout DatePattern.Memo) -> Bool {
        guard stats.characters <= 100 else { return false }
        if isReporterLine(text, stats: stats) || isLabelledField(text, stats: stats) { return true }
        let maxEnds = stats.isMostlyCJK ? 0 : 2
        guard stats.sentenceEnds <= maxEnds else { return false }
        let found = signals(in: text, date: &date)
        // A sentence of prose may name two labels as plain words ("The share price rose by a
        // tenth after the council published its plans."): it needs a date or a counter too.
        if stats.cjk == 0, stats.words >= 8, let last = text.last, ".!?".contains(last), !found.hasDateOrCounter {
            return false
        }
        return found.count >= 2
    }

    private static let reporterRoles: [[UInt8]] = ["记者", "实习生", "通讯员"].map { Array($0.utf8) }

    /// `来源：新闻晨报`, `责任编辑：山石`, `SOURCE: News agencies`: one field label and a short value.
    static func isLabelledField(_ text: String, stats: TextStatistics) -> Bool {
        if stats.cjk == 0 {
            guard stats.characters <= 40, stats.sentenceEnds == 0 else { return false }
            // "source:", "sources:", "source :" in any letter case, compared on bytes.
            var b = text.utf8.makeIterator()
            for expected in "source".utf8 {
                guard let c = b.next(), c | 0x20 == expected else { return false }
            }
            var next = b.next()
            if next.map({ $0 | 0x20 }) == UInt8(ascii: "s") { next = b.next() }
            if next == UInt8(ascii: " ") { next = b.next() }
            return next == UInt8(ascii: ":")
        }
        guard stats.characters <= 24, stats.sentenceEnds == 0 else { return false }
        var text = text
        return text.withUTF8 { bytes in
            // The labels' first characters, before any comparison.
            guard fieldLabelLeads.mayContain(lead(bytes)) else { return false }
            for label in fieldLabels where bytes.starts(with: label) {
                var k = label.count
                while k < bytes.count && bytes[k] == 0x20 { k += 1 }
                if k < bytes.count && bytes[k] == UInt8(ascii: ":") { return true }
                // ：
                return k + 2 < bytes.count && bytes[k] == 0xEF && bytes[k + 1] == 0xBC && bytes[k + 2] == 0x9A
            }
            return false
        }
    }

    /// `Resources/fields.txt`, `[field-labels]`.
    private static let fieldLabels: [[UInt8]] = FieldVocabulary.shared.fieldLabels.map { Array($0.utf8) }.filter { !$0.isEmpty }

    /// The first three bytes of each field label (labels shorter than that can match no text
    /// shorter than three bytes: they keep the check open).
    private static let fieldLabelLeads = LeadFilter(fieldLabels.map { lead($0) })

    /// The first three bytes as one number, 0 when there are fewer.
    private static func lead<C: Collection>(_ b: C) -> UInt32 where C.Element == UInt8, C.Index == Int {
        b.count >= 3 ? UInt32(b[b.startIndex]) << 16 | UInt32(b[b.startIndex + 1]) << 8 | UInt32(b[b.startIndex + 2]) : 0
    }

    /// A set of three-byte leads as a 65,536-bit map of their low 16 bits (a bit test where a
    /// `Set` hashed every short line): a hit may be another lead with the same low bits, so the
    /// labels are compared after it. A lead of 0 (a label under three bytes) lets everything by.
    struct LeadFilter: Sendable {
        private var bits = [UInt64](repeating: 0, count: 1024)
        private var open = false

        init(_ leads: [UInt32]) {
            for lead in leads {
                if lead == 0 { open = true }
                let k = Int(lead & 0xFFFF)
                bits[k >> 6] |= 1 << UInt64(k & 63)
            }
        }

        func mayContain(_ lead: UInt32) -> Bool {
            if open { return true }
            let k = Int(lead & 0xFFFF)
            return bits[k >> 6] & (1 << UInt64(k & 63)) != 0
        }
    }

    /// `光明日报记者 王建宏 张文攀`, `本报实习生 刘国栋`: a reporter credit, names only after the role.
    static func isReporterLine(_ text: String, stats: TextStatistics) -> Bool {
        guard stats.characters <= 40, stats.sentenceEnds == 0, stats.cjk > 0 else { return false }
        var text = text
        guard text.withUTF8({ hasReporterRole($0) }),
              let r = ["记者", "实习生", "通讯员"].lazy.compactMap({ text.range(of: $0) }).first else { return false }
        let names = text[r.upperBound...].split(whereSeparator: { $0 == " " || $0 == "、" || $0 == "　" || $0 == "," || $0 == "，" })
        guard !names.isEmpty, names.count <= 6 else { return false }
        return names.allSatisfy { n in
            (2...4).contains(n.count) && n.unicodeScalars.allSatisfy { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
        }
    }

    /// True when a reporter role occurs in the bytes: one pass that compares at the roles' first
    /// characters only (记, 实, 通), where a search per role stopped at each of their common lead bytes.
    private static func hasReporterRole(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        let (a, c, d) = reporterRoleLeads
        while i + 5 < n {
            // Each character's first three bytes against the three leads, with bit operations
            // (which lead bytes come next is too irregular for a branch to guess).
            let lead = b[i]
            let key = UInt32(lead) << 16 | UInt32(b[i + 1]) << 8 | UInt32(b[i + 2])
            if (key ^ a) == 0 || (key ^ c) == 0 || (key ^ d) == 0 {
                for role in reporterRoles where i + role.count <= n {
                    var k = 0
                    while k < role.count && b[i + k] == role[k] { k += 1 }
                    if k == role.count { return true }
                }
            }
            i += UTF8Scan.characterLength(lead: lead)
        }
        return false
    }

    /// The roles' first characters as three-byte numbers (记 E8 AE B0, 实 E5 AE 9E, 通 E9 80 9A).
    private static let reporterRoleLeads: (UInt32, UInt32, UInt32) = {
        let leads = reporterRoles.map { UInt32($0[0]) << 16 | UInt32($0[1]) << 8 | UInt32($0[2]) }
        return (leads[0], leads[1], leads[2])
    }()

    /// At most 128 labels (`FieldVocabulary` reads no more): `labelCount` keeps a bit per label.
    private static let labelBytes: [[UInt8]] = labels.prefix(128).map { Array($0.utf8) }.filter { !$0.isEmpty }

    /// The labels filed by their first three bytes (`PhraseIndex`): a Chinese label is looked
    /// for only where its first character is, not at every byte its lead byte shares with
    /// thousands of characters.
    private static let labelIndex = PhraseIndex(labelBytes)

    /// How many distinct labels occur in `bytes`.
    static func labelCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var found: (UInt64, UInt64) = (0, 0)   // a bit per label (at most 128 labels)
        labelIndex.forEachOccurrence(in: bytes) { k in
            let bit = UInt64(1) << UInt64(k & 63)
            if k < 64 { found.0 |= bit } else { found.1 |= bit }
        }
        return found.0.nonzeroBitCount + found.1.nonzeroBitCount
    }

    /// How many signals the line carries, and whether a date or a counter is among them.
    static func signals(in text: String, date: inout DatePattern.Memo) -> (count: Int, hasDateOrCounter: Bool) {
        let (labels, digits, counter) = withLowercasedBytes(text) { bytes -> (Int, Bool, Bool) in
            var n = labelCount(bytes)
            if bytes.count >= 3, bytes[0] == 0x62, bytes[1] == 0x79, bytes[2] == 0x20 { n += 1 }   // "by "
            // Dates and counters need digits; most lines have none.
            guard bytes.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) else { return (n, false, false) }
            return (n, true, hasCounter(bytes))
        }
        guard digits else { return (labels, false) }
        var n = labels
        var dated = false
        if date.first != nil { n += 1; dated = true }
        if counter { n += 1; dated = true }
        return (n, dated)
    }

    /// The text's UTF-8, lower-cased: byte by byte for ASCII, by Unicode rules otherwise.
    static func lowercasedBytes(_ text: String) -> [UInt8] {
        withLowercasedBytes(text) { Array($0) }
    }

    /// Calls `body` with `lowercasedBytes(text)`, kept on the stack when the bytes can be
    /// lower-cased one by one (no copy to the heap for a short line).
    static func withLowercasedBytes<R>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        var text = text
        let n = text.utf8.count
        let fast: R? = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: max(n, 1)) { out -> R? in
            let ok = text.withUTF8 { src -> Bool in
                guard let base = src.baseAddress, let target = out.baseAddress else { return true }
                target.update(from: base, count: n)
                return lowercaseInPlace(UnsafeMutableBufferPointer(start: target, count: n))
            }
            return ok ? body(UnsafeBufferPointer(rebasing: out[0..<n])) : nil
        }
        if let fast { return fast }
        return lowercasedByScalars(text).withUnsafeBufferPointer(body)
    }

    /// Lower-cases UTF-8 in place where no character changes its byte count: false when some
    /// character needs the Unicode tables (the bytes are then partly done).
    private static func lowercaseInPlace(_ b: UnsafeMutableBufferPointer<UInt8>) -> Bool {
        let n = b.count
        var i = 0
        while i < n {
            let c = b[i]
            if c < 0x80 {
                b[i] = c | (c &- 0x41 < 26 ? 0x20 : 0)   // A–Z to a–z, without a branch
                i += 1
            } else if c == 0xC2 {
                i += 2   // U+0080–U+00BF: signs and marks (·, ©, °…), no case
            } else if c == 0xC3 {
                // U+00C0–U+00FF: the capitals À–Þ (but ×) lower-case 0x20 further on; ß and the
                // small letters stay.
                if i + 1 < n, b[i + 1] >= 0x80 && b[i + 1] <= 0x9E && b[i + 1] != 0x97 { b[i + 1] += 0x20 }
                i += 2
            } else if c >= 0xE0 && c != 0xEF {
                // Chinese, Japanese, Korean and the rest of U+0800… have no case.
                i += c >= 0xF0 ? 4 : 3
            } else if c == 0xEF {
                // U+F000–U+FFFF: only the fullwidth capitals Ａ–Ｚ (EF BC A1–BA) have a lower
                // case, ａ–ｚ (EF BD 81–9A); the fullwidth comma and colon do not.
                if i + 2 < n, b[i + 1] == 0xBC, b[i + 2] >= 0xA1 && b[i + 2] <= 0xBA {
                    b[i + 1] = 0xBD
                    b[i + 2] -= 0x20
                }
                i += 3
            } else {
                return false   // Latin Extended, Greek, Cyrillic
            }
        }
        return true
    }

    /// `Array(text.lowercased().utf8)` (Swift lower-cases scalar by scalar, with each one's full
    /// mapping), without building the intermediate string: ASCII and Latin-1 capitals are
    /// mapped directly, other scalars through their Unicode properties only when they change.
    private static func lowercasedByScalars(_ text: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 8)
        for u in text.unicodeScalars {
            let v = u.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? UInt8(v) | 0x20 : UInt8(v))
            } else if v >= 0xC0 && v <= 0xDE && v != 0xD7 {
                out.append(0xC3)
                out.append(UInt8(v - 0xC0 + 0xA0))   // À…Þ → à…þ
            } else if ScalarTable.changesWhenLowercased(v) {
                out.append(contentsOf: u.properties.lowercaseMapping.utf8)
            } else {
                out.append(contentsOf: UTF8.encode(u)!)
            }
        }
        return out
    }

    /// `253次`, `2214 views`, `12 comments`: a number followed by a counting word.
    private static let counterWords: [[UInt8]] = ["次", "人", " views", " comments", " reads"].map { Array($0.utf8) }

    /// True when the lower-cased bytes hold a counter.
    private static func hasCounter(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        var i = 0
        while i < b.count {
            guard b[i] >= 0x30 && b[i] <= 0x39 else { i += 1; continue }
            var j = i
            while j < b.count, b[j] >= 0x30 && b[j] <= 0x39 { j += 1 }
            for w in counterWords where j + w.count <= b.count {
                var k = 0
                while k < w.count, b[j + k] == w[k] { k += 1 }
                if k == w.count { return true }
            }
            i = j
        }
        return false
    }

    private static let categoryLabels = FieldVocabulary.shared.categoryLabels.map { ($0, lowercasedBytes($0)) }

    /// The value after a category label (`栏目:发言稿…` → `发言稿`), stopping at the next label.
    static func category(in text: String) -> String? {
        let lower = lowercasedBytes(text)
        for (label, labelBytes) in categoryLabels {
            // A byte search on the lower-cased text first: Foundation's search is slow.
            guard ByteSearch.contains(lower, labelBytes), let r = text.range(of: label, options: .caseInsensitive) else { continue }
            var rest = text[r.upperBound...].drop { $0 == ":" || $0 == "：" || $0 == " " }
            if let stop = labels.compactMap({ rest.range(of: $0, options: .caseInsensitive)?.lowerBound }).min() {
                rest = rest[..<stop]
            }
            let value = rest.prefix { !"|｜/ \t".contains($0) }.trimmingBlanks()
            if !value.isEmpty, value.count <= 20 { return String(value) }
        }
        return nil
    }
}
