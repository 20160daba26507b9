/// The words of "about this page" lines, from `Resources/fields.txt`: metadata-line labels,
/// Chinese field labels, category labels, the verbs of company descriptions and author bios, and title words that
/// name nobody. Loaded once; empty lists when the file cannot be read (extraction then fails
/// earlier, on the knowledge base).
struct FieldVocabulary: Sendable {
    var labels: [String] = []
    var categoryLabels: [String] = []
    var fieldLabels: [String] = []
    var aboutVerbs: [String] = []
    var notNames: Set<String> = []
    /// Words of an update notice (`Updated`, `Last modified`), lower-cased.
    var updateLabels: [String] = [] { didSet { updateLabelBytes = updateLabels.map { Array($0.utf8) } } }
    /// `updateLabels` as UTF-8 bytes.
    private(set) var updateLabelBytes: [[UInt8]] = []

    static let shared: FieldVocabulary = (try? ResourceLocator.text("fields.txt")).map(parse) ?? FieldVocabulary()

    static func parse(_ text: String) -> FieldVocabulary {
        var v = FieldVocabulary()
        for (section, lines) in SectionedList.parse(text) {
            let entries = lines.map(unquoted)
            switch section {
            case "labels": v.labels = Array(entries.map { $0.lowercased() }.prefix(128))
            case "category": v.categoryLabels = entries
            case "field-labels": v.fieldLabels = entries
            case "about-verbs": v.aboutVerbs = entries
            case "not-names": v.notNames = Set(entries.map { $0.lowercased() })
            case "update-labels": v.updateLabels = entries.map { $0.lowercased() }
            default: break
            }
        }
        return v
    }

    /// `"by "` → `by ` (quotes keep spaces); other entries as they are.
    static func unquoted(_ entry: String) -> String {
        guard entry.count >= 2, entry.hasPrefix("\""), entry.hasSuffix("\"") else { return entry }
        return String(entry.dropFirst().dropLast())
    }
}
