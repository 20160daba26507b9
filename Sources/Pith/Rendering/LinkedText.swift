/// A block's text cut into runs, each with the link it carries (if any), for renderers that
/// write links inline.
enum LinkedText {
    static func runs(_ b: Block) -> [(text: String, url: String?)] {
        guard !b.links.isEmpty else { return [(b.text, nil)] }
        let scalars = Array(b.text.unicodeScalars)
        var runs: [(String, String?)] = []
        var at = 0
        func piece(_ from: Int, _ to: Int) -> String { String(String.UnicodeScalarView(scalars[from..<to])) }
        for l in b.links.sorted(by: { $0.start < $1.start }) where l.start >= at && l.start + l.length <= scalars.count {
            if l.start > at { runs.append((piece(at, l.start), nil)) }
            runs.append((piece(l.start, l.start + l.length), l.url))
            at = l.start + l.length
        }
        if at < scalars.count { runs.append((piece(at, scalars.count), nil)) }
        return runs
    }
}
