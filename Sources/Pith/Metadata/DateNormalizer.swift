import Foundation

/// Turns the date strings pages carry into ISO 8601 — `2012-10-13`, or with the time and
/// offset when given (`2012-10-13T08:30:00+08:00`) — and rejects impossible and future dates.
enum DateNormalizer {
    /// Machine dates (`datetime`, meta content, JSON-LD): ISO forms, `20121013`, RFC 2822,
    /// and anything `DatePattern` reads in text.
    static func normalize(_ raw: String, now: Date = Date()) -> String? {
        let s = raw.trimmingWhitespace()
        guard !s.isEmpty else { return nil }
        if let iso = isoForm(s), isNotFuture(iso, now: now) { return iso }
        if s.count == 8, s.allSatisfy(\.isASCII), let n = Int(s) {
            let y = n / 10000, m = n / 100 % 100, d = n % 100
            if DatePattern.isValid(y, m, d) { let iso = DatePattern.Found(year: y, month: m, day: d).iso; if isNotFuture(iso, now: now) { return iso } }
        }
        if let f = DatePattern.first(in: s, monthFirstNumbers: true), isNotFuture(f.iso, now: now) { return f.iso }
        return nil
    }

    /// `YYYY-MM-DD`, optionally `THH:MM[:SS[.fff]]` and `Z` / `±HH[:]MM`.
    private static func isoForm(_ s: String) -> String? {
        let c = Array(s.utf8)
        func digits(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= c.count else { return nil }
            var v = 0
            for k in from..<from + n { guard c[k] >= 48 && c[k] <= 57 else { return nil }; v = v * 10 + Int(c[k] - 48) }
            return v
        }
        guard let y = digits(0, 4), c.count >= 10, c[4] == UInt8(ascii: "-") || c[4] == UInt8(ascii: "/"),
              let m = digits(5, 2), c[7] == c[4], let d = digits(8, 2), DatePattern.isValid(y, m, d) else { return nil }
        let date = DatePattern.Found(year: y, month: m, day: d).iso
        guard c.count > 10, c[10] == UInt8(ascii: "T") || c[10] == UInt8(ascii: " "),
              let hh = digits(11, 2), c.count > 13, c[13] == UInt8(ascii: ":"), let mm = digits(14, 2),
              hh < 24, mm < 60 else { return date }
        var k = 16
        var ss = 0
        if k < c.count, c[k] == UInt8(ascii: ":"), let v = digits(k + 1, 2), v < 61 { ss = v; k += 3 }
        if k < c.count, c[k] == UInt8(ascii: ".") { k += 1; while k < c.count, c[k] >= 48 && c[k] <= 57 { k += 1 } }
        var zone = ""
        if k < c.count {
            if c[k] == UInt8(ascii: "Z") { zone = "Z" }
            else if c[k] == UInt8(ascii: "+") || c[k] == UInt8(ascii: "-"), let zh = digits(k + 1, 2) {
                let zm = digits(k + 3, 2) ?? (k + 4 < c.count ? digits(k + 4, 2) : nil) ?? 0
                zone = String(UnicodeScalar(c[k])) + pad(zh) + ":" + pad(zm)
            }
        }
        return "\(date)T\(pad(hh)):\(pad(mm)):\(pad(ss))\(zone)"
    }

    private static func pad(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }

    /// Dates more than a day ahead of `now` are typos or event dates, not publication dates.
    static func isNotFuture(_ iso: String, now: Date) -> Bool {
        var parts: [Int] = []
        // `YYYY-MM-DD`, the form the normaliser writes, read from its bytes; anything else the
        // slow way (a generic `Int` parse of each part cost more than the rest).
        let all = iso.utf8
        // The first ten bytes are the first ten characters when they are ASCII and no mark
        // joins the tenth (the next byte is ASCII too, or there is none).
        let u = Array(all.prefix(11))
        func digits(_ from: Int, _ n: Int) -> Int? {
            var v = 0
            for k in from..<from + n { guard u[k] >= 48 && u[k] <= 57 else { return nil }; v = v * 10 + Int(u[k] - 48) }
            return v
        }
        if u.count == 10 || (u.count == 11 && u[10] < 0x80), u[4] == UInt8(ascii: "-"), u[7] == UInt8(ascii: "-"),
           let y = digits(0, 4), let m = digits(5, 2), let d = digits(8, 2) {
            parts = [y, m, d]
        } else {
            parts = String(iso.prefix(10)).split(separator: "-").compactMap { Int($0) }
        }
        guard parts.count == 3 else { return false }
        // The day's midnight in UTC, in seconds since 1970, by calendar arithmetic (building a
        // `Calendar` for each date cost more than the rest of the metadata).
        let midnight = Double(daysSince1970(parts[0], parts[1], parts[2])) * 86_400
        return midnight - now.timeIntervalSince1970 <= 86_400
    }

    /// Days from 1970-01-01 to a date of the proleptic Gregorian calendar.
    static func daysSince1970(_ year: Int, _ month: Int, _ day: Int) -> Int {
        // Years counted from March, so that the leap day ends a year (H. Hinnant's days_from_civil).
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// A date in a URL path: `/2012/10/13/`, `/2012-10-13-slug`, `/20121013/`.
    static func fromURL(_ url: String, now: Date = Date()) -> String? {
        var path = Substring(url)
        if let scheme = path.range(of: "://") { path = path[scheme.upperBound...] }
        if let slash = path.firstIndex(of: "/") { path = path[slash...] } else { return nil }
        if let q = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = path[..<q] }
        let parts = path.split(separator: "/").map(String.init)
        for (i, p) in parts.enumerated() {
            if p.count == 4, let y = Int(p), i + 2 < parts.count, let m = Int(parts[i + 1]), parts[i + 1].count <= 2,
               let d = Int(parts[i + 2].prefix(2).filter(\.isNumber)), parts[i + 2].prefix(2).allSatisfy(\.isNumber),
               DatePattern.isValid(y, m, d) {
                let iso = DatePattern.Found(year: y, month: m, day: d).iso
                return isNotFuture(iso, now: now) ? iso : nil
            }
            // yyyy-mm-dd or exactly eight digits anywhere in the part, bounded by non-digits.
            let chars = Array(p)
            var k = 0
            while k < chars.count {
                guard chars[k].isASCII, chars[k].isNumber else { k += 1; continue }
                var e = k
                while e < chars.count, chars[e].isASCII, chars[e].isNumber { e += 1 }
                if e - k == 8, let n = Int(String(chars[k..<e])), DatePattern.isValid(n / 10000, n / 100 % 100, n % 100) {
                    let iso = DatePattern.Found(year: n / 10000, month: n / 100 % 100, day: n % 100).iso
                    return isNotFuture(iso, now: now) ? iso : nil
                }
                if e - k == 4, e + 6 <= chars.count, let iso = isoForm(String(chars[k..<(e + 6)])), iso.count == 10,
                   e + 6 == chars.count || !(chars[e + 6].isASCII && chars[e + 6].isNumber) {
                    return isNotFuture(iso, now: now) ? iso : nil
                }
                k = e
            }
        }
        return nil
    }
}
