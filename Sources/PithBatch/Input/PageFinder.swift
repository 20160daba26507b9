#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Finds the pages of a batch: files under folders (`-r`), and lists of paths (`--files-from`).
enum PageFinder {
    /// What a walk found: page paths relative to the root, sorted, and the links it passed over.
    struct Walk {
        var paths: [String] = []
        /// Symbolic links not followed, by why: "link to a folder", "broken link".
        var skippedLinks: [String: Int] = [:]
    }

    /// Files under `root`, sorted, as paths relative to it. Hidden files and folders are passed
    /// over. A symbolic link to a file is followed wherever the file lies (a folder of links, as
    /// `cp -s` or a dataset tool makes them, is a folder of pages); a symbolic link to a folder is
    /// not (no loops, no walking out of the tree), nor is a broken link — both are counted in
    /// `skippedLinks`. A file is taken when its name matches one of `globs` (shell patterns), or,
    /// with no globs, when it has a page suffix.
    static func walk(_ root: String, globs: [String]) throws -> Walk {
        let base = URL(fileURLWithPath: root)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDir) else { throw InputError("no such folder") }
        guard isDir.boolValue else { throw InputError("not a folder") }
        guard let e = FileManager.default.enumerator(
            at: base, includingPropertiesForKeys: [.isRegularFileKey, .isSymbolicLinkKey], options: [.skipsHiddenFiles]) else {
            throw InputError("cannot list the folder")
        }
        let basePath = base.standardizedFileURL.path
        var walk = Walk()
        for case let url as URL in e {
            let values = try? url.resourceValues(forKeys: [.isRegularFileKey, .isSymbolicLinkKey])
            if values?.isSymbolicLink == true {
                // stat follows the link: what it points at decides.
                var st = stat()
                if stat(url.path, &st) != 0 {
                    walk.skippedLinks["broken link", default: 0] += 1
                    continue
                }
                if (st.st_mode & S_IFMT) == S_IFDIR {
                    walk.skippedLinks["link to a folder", default: 0] += 1
                    continue
                }
                guard (st.st_mode & S_IFMT) == S_IFREG else { continue }
            } else if values?.isRegularFile != true {
                continue
            }
            let name = url.lastPathComponent
            let take = globs.isEmpty ? StreamSniffer.looksLikePageName(name) : globs.contains { fnmatch($0, name, 0) == 0 }
            guard take else { continue }
            // The link's own path (not its target's) names the page and its output.
            var path = url.standardizedFileURL.path
            if path.hasPrefix(basePath + "/") { path.removeFirst(basePath.count + 1) }
            walk.paths.append(path)
        }
        walk.paths.sort()
        return walk
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
