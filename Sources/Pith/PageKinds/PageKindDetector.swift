import Foundation

/// Reads a page's kind from what the page says about itself (`DeclaredKind`) and from its
/// address (`Resources/page-kinds.txt`): forum software names its threads' addresses alike
/// everywhere (`/t/slug/123`, `/threads/…`, `viewtopic.php`, `forum.` hosts).
///
/// A thread changes how the body is chosen: its "comments" are its posts, a post's footer does
/// not end the thread, and the posts are records of the body (`ListingBody`).
struct PageKindDetector: Sendable {
    private(set) var forumPathBytes: Set<[UInt8]> = []
    private(set) var forumHostBytes: Set<[UInt8]> = []
    private(set) var forumPatternBytes: [[UInt8]] = []
    /// Class and id words of a control that puts a product in the cart (`PurchaseControls`).
    private(set) var purchaseWords: [[UInt8]] = []
    /// `PurchaseControls.quickLookServes(purchaseWords)`, decided once.
    private(set) var purchaseQuickLook = true
    /// Whole class names that hide an element (`ProductFurniture.markHiddenByClass`).
    private(set) var hiddenClasses: Set<[UInt8]> = []

    static func parse(_ text: String) -> PageKindDetector {
        var d = PageKindDetector()
        var section = ""
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") { section = String(line.dropFirst().dropLast()); continue }
            let words = line.split(separator: " ").map { $0.lowercased() }
            switch section {
            case "forum-path": d.forumPathBytes.formUnion(words.map { Array($0.utf8) })
            case "forum-host": d.forumHostBytes.formUnion(words.map { Array($0.utf8) })
            case "forum-pattern": d.forumPatternBytes += words.map { Array($0.utf8) }
            case "purchase": d.purchaseWords += words.map { Array($0.utf8) }
            case "hidden-class": d.hiddenClasses.formUnion(words.map { Array($0.utf8) })
            default: break
            }
        }
        d.purchaseQuickLook = PurchaseControls.quickLookServes(d.purchaseWords)
        return d
    }

    private static let schemeEnd = Array("://".utf8)

    /// Whether the address is a forum thread's. Read on the address's bytes (lower-cased ASCII):
    /// URLComponents would cost more than the rest of the page's kind.
    func isThreadAddress(_ url: String) -> Bool {
        var bytes = Array(url.utf8)
        for k in bytes.indices where bytes[k] >= 0x41 && bytes[k] <= 0x5A { bytes[k] |= 0x20 }
        if forumPatternBytes.contains(where: { ByteSearch.contains(bytes, $0) }) { return true }
        // Host: after "://" up to the first "/", "?" or "#".
        guard let scheme = bytes.withUnsafeBufferPointer({ ByteSearch.firstIndex(of: Self.schemeEnd, in: $0) }) else { return false }
        var i = scheme + 3
        var label: [UInt8] = []
        var labels: [[UInt8]] = []
        while i < bytes.count, bytes[i] != 0x2F, bytes[i] != 0x3F, bytes[i] != 0x23 {
            if bytes[i] == 0x2E { labels.append(label); label.removeAll() } else if bytes[i] != 0x3A { label.append(bytes[i]) }
            i += 1
        }
        labels.append(label)
        if labels.contains(where: { forumHostBytes.contains($0) }) { return true }
        // Path segments, up to the query.
        var segment: [UInt8] = []
        while i < bytes.count, bytes[i] != 0x3F, bytes[i] != 0x23 {
            if bytes[i] == 0x2F {
                if forumPathBytes.contains(segment) { return true }
                segment.removeAll()
            } else {
                segment.append(bytes[i])
            }
            i += 1
        }
        return forumPathBytes.contains(segment)
    }

    /// The page's kind: its declaration, a thread by its address, else nil (undecided).
    func kind(declared: PageKind?, addresses: [String]) -> PageKind? {
        if declared == .forum { return .forum }
        if addresses.contains(where: isThreadAddress) { return .forum }
        return declared
    }
}
