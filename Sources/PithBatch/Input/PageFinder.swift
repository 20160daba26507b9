#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds the pages of a batch: files under folders (`-r`), and lists of paths (`--files-from`).
enum PageFinder {
    /// Regular files under `root`, sorted, as paths relative to it. Hidden files and folders are
    /// passed over, symbolic links to folders are not followed. A file is taken when its name
    /// matches one of `globs` (shell patterns), or, with no globs, when it has a page suffix.
    static func walk(_ root: String, globs: [String]) throws -> [String] {
        let base = URL(fileURLWithPath: root)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else { throw InputError("no such folder") }
        guard isDir.boolValue else { throw InputError("not a folder") }
        guard let e = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]) else {
            throw InputError("cannot list the folder")
        }
        let basePath = base.standardizedFileURL.path
        var found: [String] = []
        for case let url as URL in e {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let name = url.lastPathComponent
            let take = globs.isEmpty ? StreamSniffer.looksLikePageName(name) : globs.contains { fnmatch($0, name, 0) == 0 }
            guard take else { continue }
            var path = url.standardizedFileURL.path
            if path.hasPrefix(basePath + "/") { path.removeFirst(basePath.count + 1) }
            found.append(path)
        }
        return found.sorted()
    }

    /// The next path of a list (one per line; `--files-from`), or nil at its end; blank lines
    /// skipped. Lists are read this way, path by path, so their length costs no memory.
    static func nextPath(_ reader: BufferedReader) throws -> String? {
        while let line = try reader.readLine(maxLength: 1 << 16) {
            guard case .bytes(let b) = line else { continue }
            let p = String(decoding: b, as: UTF8.self).trimmingCharacters(in: .whitespaces)
            if !p.isEmpty { return p }
        }
        return nil
    }

    /// How many paths a list file holds, read once without keeping them.
    static func countPaths(in path: String) throws -> Int {
        let reader = BufferedReader(try FileSource(path: path))
        var n = 0
        while try nextPath(reader) != nil { n += 1 }
        return n
    }

    /// A path without its page suffix (`a/b.html.gz` → `a/b`), for naming its output.
    static func stem(_ path: String) -> String {
        var p = path
        let lower = p.lowercased()
        for suffix in [".gz"] where lower.hasSuffix(suffix) { p.removeLast(suffix.count) }
        let nameStart = p.lastIndex(of: "/").map { p.index(after: $0) } ?? p.startIndex
        if let dot = p.lastIndex(of: "."), dot > nameStart { p = String(p[..<dot]) }
        return p
    }
}
