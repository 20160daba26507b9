/// Class and id vocabulary, loaded from `Resources/hints.txt`: which tokens mark navigation,
/// comments, share bars… and which mark likely content.
struct ClassIDHints: Sendable {
    private(set) var removal: [String: RemovalReason] = [:]
    private(set) var positive: Set<String> = []

    init(removal: [String: RemovalReason], positive: Set<String>) {
        self.removal = removal
        self.positive = positive
    }

    static func load() throws -> ClassIDHints {
        parse(try ResourceLocator.text("hints.txt"))
    }

    static func parse(_ text: String) -> ClassIDHints {
        var removal: [String: RemovalReason] = [:]
        var positive: Set<String> = []
        for (section, lines) in SectionedList.parse(text) {
            let tokens = lines.flatMap { $0.split(separator: " ").map { String($0).lowercased() } }
            if section == "positive" {
                positive.formUnion(tokens)
            } else {
                let reason = RemovalReason(rawValue: section) ?? .classHint
                for t in tokens { removal[t] = reason }
            }
        }
        return ClassIDHints(removal: removal, positive: positive)
    }

    /// The removal reason the class/id value suggests, or nil.
    func removalReason(classAndID value: String) -> RemovalReason? {
        for t in Self.tokens(value) { if let r = removal[t] { return r } }
        return nil
    }

    /// True when the class/id value suggests content.
    func isPositive(classAndID value: String) -> Bool {
        Self.tokens(value).contains { positive.contains($0) }
    }

    /// `"share-bar articleBody"` → `["share", "bar", "sharebar", "article", "body", "articlebody"]`.
    static func tokens(_ value: String) -> [String] {
        var out: [String] = []
        for name in value.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" }) {
            var joined = ""
            var current = ""
            var previousWasLower = false
            for ch in name {
                if ch.isLetter || ch.isNumber {
                    if ch.isUppercase, previousWasLower, !current.isEmpty {
                        out.append(current.lowercased()); current = ""
                    }
                    current.append(ch)
                    joined.append(ch)
                    previousWasLower = ch.isLowercase
                } else {
                    if !current.isEmpty { out.append(current.lowercased()); current = "" }
                    previousWasLower = false
                }
            }
            if !current.isEmpty { out.append(current.lowercased()) }
            let j = joined.lowercased()
            if !j.isEmpty, out.last != j { out.append(j) }
        }
        return out
    }
}
