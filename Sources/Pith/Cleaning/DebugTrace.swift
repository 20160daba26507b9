import Foundation
/// A developer's aid: with `PITH_TRACE` set in the environment, the extractor prints to stderr
/// the path of the element it chose as the body's container and of the body's first block
/// (tag.class#id from the root), and the decisions of the page-level rules. Read once per process.
enum DebugTrace {
    static let on = ProcessInfo.processInfo.environment["PITH_TRACE"] != nil
    static func path(_ tree: DocumentTree, _ n: Int?) -> String {
        guard var i = n else { return "nil" }
        var parts: [String] = []
        while i >= 0 {
            var s = tree.name(of: i)
            if let c = tree.attribute(HTMLVocabulary.AttributeMask.`class`, of: i) { s += "." + c.split(separator: " ").joined(separator: ".") }
            if let d = tree.attribute(HTMLVocabulary.AttributeMask.id, of: i) { s += "#" + d }
            parts.append(s)
            i = tree[i].parent
        }
        return parts.reversed().joined(separator: " > ")
    }
    static func print(_ label: String, _ tree: DocumentTree, _ n: Int?) {
        note(label + ": " + path(tree, n))
    }

    static func note(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}
