import Foundation

/// Safe, unique output paths inside an output folder, made from input paths, URLs or record ids.
///
/// Every name stays inside the folder (no `..`, no absolute paths, no hidden files), every part
/// fits the file system's 255 bytes a name: a part keeps its whole name up to
/// `maxComponentBytes` (240, room for the extension and a `~2`), and only a longer one is cut
/// and marked with a hash of the whole (`…~cc49b6ff`), and no two
/// inputs share an output (case-insensitively; later ones get `~2`, `~3`…). Names depend only on
/// the inputs and their order, so a resumed run finds the same names.
final class OutputNamer {
    private let fileExtension: String
    private var usedFiles: Set<String> = []
    private var usedFolders: Set<String> = []
    static let maxComponentBytes = 240
    static let maxDepth = 12

    /// - Parameter fileExtension: added to every name, without the dot (`txt`, `json`).
    init(fileExtension: String) {
        self.fileExtension = fileExtension
    }

    /// The output for an input file's path (relative or absolute, possibly with `..`).
    func name(forPath path: String) -> String {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).compactMap { part -> String? in
            if part == "." { return nil }
            if part == ".." { return "__" }
            return String(part)
        }
        return claim(parts.isEmpty ? ["_"] : parts)
    }

    /// The output for a record: from its id when given, else its URL (host, path and query),
    /// else its position in the input.
    func name(forURL url: String?, id: String?, index: Int) -> String {
        if let id, !id.isEmpty { return claim([id]) }
        if let url, !url.isEmpty {
            var rest = Substring(url)
            if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
            var query: Substring = ""
            if let q = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) {
                query = rest[rest.index(after: q)...]
                rest = rest[..<q]
            }
            var parts = rest.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
            if rest.hasSuffix("/") || parts.count == 1 { parts.append("index") }
            if !query.isEmpty { parts[parts.count - 1] += "_" + query }
            parts = parts.map { $0 == ".." || $0 == "." ? "__" : $0 }
            return claim(parts.isEmpty ? ["record-\(index)"] : parts)
        }
        return claim(["record-\(index)"])
    }

    private func claim(_ rawParts: [String]) -> String {
        var parts = rawParts.map(Self.sanitize)
        if parts.count > Self.maxDepth {
            let tail = parts[(Self.maxDepth - 1)...].joined(separator: "_")
            parts = Array(parts[..<(Self.maxDepth - 1)]) + [Self.sanitize(tail)]
        }
        // A folder cannot be named like a file already written: such a folder part gets "~d".
        var prefix = ""
        for i in 0..<(parts.count - 1) {
            let path = prefix.isEmpty ? parts[i] : prefix + "/" + parts[i]
            if usedFiles.contains(path.lowercased()) { parts[i] += "~d" }
            prefix = prefix.isEmpty ? parts[i] : prefix + "/" + parts[i]
        }
        let folder = parts.dropLast().joined(separator: "/")
        let stem = parts.last!
        var candidate = Self.join(folder, stem + "." + fileExtension)
        var n = 2
        while usedFiles.contains(candidate.lowercased()) || usedFolders.contains(candidate.lowercased()) {
            candidate = Self.join(folder, stem + "~\(n)." + fileExtension)
            n += 1
        }
        usedFiles.insert(candidate.lowercased())
        for p in Self.prefixes(of: folder) { usedFolders.insert(p.lowercased()) }
        return candidate
    }

    private static func join(_ folder: String, _ file: String) -> String {
        folder.isEmpty ? file : folder + "/" + file
    }

    private static func prefixes(of folder: String) -> [String] {
        guard !folder.isEmpty else { return [] }
        var out: [String] = []
        var acc = ""
        for part in folder.split(separator: "/") {
            acc = acc.isEmpty ? String(part) : acc + "/" + part
            out.append(acc)
        }
        return out
    }

    /// One path part made safe: letters and digits of any script, `-_.~+=,@`; everything else
    /// becomes `_`; no leading dot; at most `maxComponentBytes` bytes.
    static func sanitize(_ part: String) -> String {
        var out = ""
        var lastWasUnderscore = false
        for u in part.unicodeScalars {
            let keep: Bool
            if u.isASCII {
                let c = Character(u)
                keep = c.isLetter || c.isNumber || "-_.~+=,@".contains(c)
            } else {
                keep = u.properties.isAlphabetic || u.properties.numericType != nil
            }
            if keep {
                out.unicodeScalars.append(u)
                lastWasUnderscore = u == "_"
            } else if !lastWasUnderscore {
                out += "_"
                lastWasUnderscore = true
            }
        }
        while out.hasPrefix(".") { out.removeFirst(); out = "_" + out }
        if out.isEmpty || out == "_" && part.isEmpty { out = "_" }
        if out.utf8.count > maxComponentBytes {
            var cut = ""
            for u in out.unicodeScalars {
                if cut.utf8.count + String(u).utf8.count > maxComponentBytes - 9 { break }
                cut.unicodeScalars.append(u)
            }
            out = cut + "~" + hash(part)
        }
        return out
    }

    /// 8 hex digits of FNV-1a: stable across runs and machines.
    static func hash(_ s: String) -> String {
        var h: UInt32 = 0x811C9DC5
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 8 - hex.count) + hex
    }
}
