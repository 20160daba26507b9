/// Drops the "about" paragraphs that close press releases and bylined articles: a boilerplate
/// description of the company the release is from (`Ascom is a global solutions provider…`,
/// `Ascom is headquartered in Baar…`) or a short biography of the author (`Emiliano joined
/// the magazine in 2017…`). Such a paragraph sits at the very end of the body and opens with
/// a name the page has already given — an author's name, or the first word of the title (the
/// release's subject, which must open two such paragraphs: one closing sentence about the
/// subject may be the story's own) — followed by a describing verb. A line that is just that
/// name, or "About <name>", goes with them. A closing paragraph about anybody else stays, and
/// so does one that starts with the name but tells news ("Ascom said on Monday…").
enum AboutTailRule {
    /// At most this many blocks at the end are looked at.
    static let maxTail = 4
    /// Describing verbs after the name (`Resources/fields.txt`, `[about-verbs]`).
    static var verbs: [String] { FieldVocabulary.shared.aboutVerbs }

    static func apply(_ blocks: inout [TextBlock], body: [Int], title: String?, authors: [String]) {
        let subject = Self.subject(of: title)
        let people = Self.names(of: authors)
        guard subject != nil || !people.isEmpty else { return }
        let kept = body.filter { blocks[$0].isKept }
        guard kept.count > maxTail else { return }
        var tail: [Int] = [], aboutSubject = 0, aboutPerson = 0
        for i in kept.reversed().prefix(maxTail) {
            let text = blocks[i].text
            if let subject, isAbout(text, names: [subject]) {
                aboutSubject += 1
            } else if isAbout(text, names: people) {
                aboutPerson += 1
            } else if !tail.isEmpty, isNameLine(text, names: people + (subject.map { [$0] } ?? [])) {
                // "About Ascom", "Emiliano Bellini": the heading of what follows.
            } else {
                break
            }
            tail.append(i)
        }
        // A company description comes in two paragraphs or more (what it is, where it is, who
        // it employs); one sentence about the subject at the end may be the story's own.
        guard aboutPerson > 0 || aboutSubject >= 2 else { return }
        for i in tail { blocks[i].removal = .widget }
    }

    /// The title's first word when it is a capitalised name (`Ascom announces…`).
    static func subject(of title: String?) -> String? {
        guard let first = title?.split(separator: " ").first, first.count >= 3, first.first?.isUppercase == true,
              first.allSatisfy({ $0.isLetter }), !notNames.contains(first.lowercased()) else { return nil }
        return String(first)
    }

    /// Words that open titles without naming anyone (`Resources/fields.txt`, `[not-names]`).
    static var notNames: Set<String> { FieldVocabulary.shared.notNames }

    /// Each author's full, first and last names.
    static func names(of authors: [String]) -> [String] {
        var out: [String] = []
        for a in authors {
            let parts = a.split(separator: " ").map(String.init)
            guard parts.count >= 2 else { continue }
            out.append(a)
            out.append(parts[0])
            out.append(parts[parts.count - 1])
        }
        return out.filter { $0.count >= 3 }
    }

    static func isAbout(_ text: String, names: [String]) -> Bool {
        guard text.count <= 1200 else { return false }
        for n in names where text.hasPrefix(n) {
            let rest = text.dropFirst(n.count).prefix(40)
            if verbs.contains(where: { rest.hasPrefix($0) }) { return true }
        }
        return false
    }

    static func isNameLine(_ text: String, names: [String]) -> Bool {
        let t = text.hasPrefix("About ") ? String(text.dropFirst(6)) : text
        return names.contains(t) || names.contains { t.hasPrefix($0) && t.count <= $0.count + 24 && !t.contains(".") }
    }
}
