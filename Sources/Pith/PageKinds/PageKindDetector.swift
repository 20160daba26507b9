import Foundation

/// Reads a page's kind from what the page says about itself (`DeclaredKind`) and from its
/// address (`Resources/page-kinds.txt`): forum software names its threads' addresses alike
/// everywhere (`/t/slug/123`, `/threads/…`, `viewtopic.php`, `forum.` hosts).
///
/// A thread changes how the body is chosen: its "comments" are its posts, a post's footer does
/// not end the thread, and the posts are records of the body (`ListingBody`).
struct PageKindDetector: Sendable {
    var forumPath: Set<String> = []
    var forumHost: Set<String> = []
    var forumPattern: [String] = []

    static func parse(_ text: String) -> PageKindDetector {
        var d = PageKindDetector()
        var section = ""
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") { section = String(line.dropFirst().dropLast()); continue }
            let words = line.split(separator: " ").map { $0.lowercased() }
            switch section {
            case "forum-path": d.forumPath.formUnion(words)
            case "forum-host": d.forumHost.formUnion(words)
            case "forum-pattern": d.forumPattern += words
            default: break
            }
        }
        return d
    }

    /// Whether the address is a forum thread's.
    func isThreadAddress(_ url: String) -> Bool {
        let lower = url.lowercased()
        if forumPattern.contains(where: { lower.contains($0) }) { return true }
        guard let c = URLComponents(string: lower) else { return false }
        if let host = c.host, host.split(separator: ".").contains(where: { forumHost.contains(String($0)) }) { return true }
        return c.path.split(separator: "/").contains { forumPath.contains(String($0)) }
    }

    /// The page's kind: its declaration, a thread by its address, else nil (undecided).
    func kind(declared: PageKind?, addresses: [String]) -> PageKind? {
        if declared == .forum { return .forum }
        if addresses.contains(where: isThreadAddress) { return .forum }
        return declared
    }
}
