/// Tidies author values: splits lists (`A; B`, `A, B and C`) without splitting credentials
/// (`Jane Doe, MS, RDN`), and cuts roles (`Tim Doe - Staff Writer`, `By Jane Doe`).
enum AuthorNames {
    static func split(_ value: String) -> [String] {
        var parts: [String] = []
        for chunk in value.split(separator: ";") {
            let commaParts = chunk.split(separator: ",").map { $0.trimmingBlanks() }.filter { !$0.isEmpty }
            // Split at commas only when every part looks like a full name (two words or more).
            if commaParts.count > 1, commaParts.allSatisfy({ $0.split(separator: " ").count >= 2 }) {
                parts.append(contentsOf: commaParts)
            } else if let first = commaParts.first {
                parts.append(first)
            }
        }
        return parts.flatMap { p in
            p.replacingOccurrences(of: " and ", with: "\u{1}").replacingOccurrences(of: " & ", with: "\u{1}")
                .split(separator: "\u{1}").map(String.init)
        }
    }

    /// What is trimmed off a name once the site's name is cut out of it (the set built once).
    private static let trimmed = CharacterSet.whitespaces.union(.punctuationCharacters)

    /// Drops "authors" that are the site itself (`Sky` on Sky News, `India Post News Weekly` on
    /// India Post) when a person is named beside them; when the site is the only author given, the
    /// site is the author (a company's own pages) and stays.
    /// With `keepingSiteAlone` false, a list naming only the site comes back empty.
    static func withoutPublisher(_ authors: [String], siteName: String?, keepingSiteAlone: Bool = true) -> [String] {
        guard let siteName, !siteName.isEmpty else { return authors }
        let site = siteName.lowercased()
        let people: [String] = authors.compactMap { a in
            let l = a.lowercased()
            if site.contains(l) { return nil }
            // "Jane Doe, Cleveland.com" / "Jane Doe. Sputnik International": keep the person — a
            // name of two words or more; a lone leftover ("net" of "Paperium.net") is no person.
            if let r = a.range(of: siteName, options: .caseInsensitive) {
                var rest = a
                rest.removeSubrange(r)
                rest = rest.split(separator: ",").first.map(String.init) ?? ""
                rest = rest.trimmingCharacters(in: trimmed)
                return rest.split(separator: " ").count >= 2 ? rest : nil
            }
            return a
        }
        return people.isEmpty && keepingSiteAlone ? authors : people
    }

    static func clean(_ raw: String) -> String {
        var s = WhitespaceNormalizer.collapse(raw)
        for prefix in ["By ", "by ", "BY "] where s.hasPrefix(prefix) { s.removeFirst(prefix.count) }
        for sep in [" - ", " | ", " – ", " — "] {
            if let r = s.range(of: sep) { s = String(s[..<r.lowerBound]) }
        }
        return s.trimmingBlanks()
    }
}

import Foundation
