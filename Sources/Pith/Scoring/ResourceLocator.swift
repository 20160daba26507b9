import Foundation

/// Finds Pith's resource folder (lexicon, hints) without crashing when it is missing.
///
/// Looked for, in order: `$PITH_RESOURCES`; the SwiftPM resource bundle beside the executable
/// (`Pith_Pith.resources`, or inside `Bundle.main`'s resources); the package's source folder
/// (for development builds). SwiftPM's generated `Bundle.module` is not used: it traps when the
/// bundle is missing, and a library must not.
enum ResourceLocator {
    static let directory: URL? = {
        let fm = FileManager.default
        func valid(_ url: URL) -> URL? {
            fm.fileExists(atPath: url.appendingPathComponent("hints.txt").path) ? url : nil
        }
        if let env = ProcessInfo.processInfo.environment["PITH_RESOURCES"], let u = valid(URL(fileURLWithPath: env)) {
            return u
        }
        let bundleName = "Pith_Pith.resources"
        var bases: [URL] = [Bundle.main.bundleURL]
        if let r = Bundle.main.resourceURL { bases.append(r) }
        if let exe = Bundle.main.executableURL?.deletingLastPathComponent() { bases.append(exe) }
        for base in bases {
            if let u = valid(base.appendingPathComponent(bundleName).appendingPathComponent("Resources")) { return u }
            if let u = valid(base.appendingPathComponent(bundleName)) { return u }
        }
        // Test bundles and development builds: the sources themselves.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Resources")
        return valid(source)
    }()

    /// The text of resource `relativePath`.
    static func text(_ relativePath: String) throws -> String {
        guard let dir = directory else { throw PithError.resourcesMissing("Pith_Pith.resources") }
        let url = dir.appendingPathComponent(relativePath)
        guard let data = fm.contents(atPath: url.path) else { throw PithError.resourcesMissing(relativePath) }
        return String(decoding: data, as: UTF8.self)
    }

    /// Names of the files in resource folder `sub`.
    static func files(in sub: String) throws -> [String] {
        guard let dir = directory else { throw PithError.resourcesMissing("Pith_Pith.resources") }
        let list = (try? fm.contentsOfDirectory(atPath: dir.appendingPathComponent(sub).path)) ?? []
        return list.sorted()
    }

    private static var fm: FileManager { FileManager.default }
}

/// Reads the `[section]` / one-entry-per-line format shared by the resource files.
/// `#` starts a comment line; blank lines are skipped.
enum SectionedList {
    static func parse(_ text: String) -> [(section: String, entries: [String])] {
        var result: [(String, [String])] = []
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                result.append((String(line.dropFirst().dropLast()), []))
            } else if !result.isEmpty {
                result[result.count - 1].1.append(line)
            }
        }
        return result.map { (section: $0.0, entries: $0.1) }
    }
}
