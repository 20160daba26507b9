import Foundation
import Testing

/// The libxml2 shim compiled as plain C with every warning an error: SwiftPM's `[system]`
/// modules hide C diagnostics, so a signature that newer libxml2 headers reject (2.12 changed
/// the structured-error callback) would otherwise pass unseen. `PITH_LIBXML2_CFLAGS` (set by
/// `scripts/libxml2-newer.sh`) compiles it against another libxml2's headers too.
private func tool(_ name: String) -> String? {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":") {
        let p = "\(dir)/\(name)"
        if FileManager.default.isExecutableFile(atPath: p) { return p }
    }
    return nil
}

private func run(_ path: String, _ args: [String]) throws -> (Int32, String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: path)
    p.arguments = args
    let pipe = Pipe()
    p.standardOutput = pipe
    p.standardError = pipe
    try p.run()
    let out = pipe.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: out, as: UTF8.self))
}

@Test(.enabled(if: tool("clang") != nil && tool("pkg-config") != nil))
func shimCompilesWithoutWarnings() throws {
    let shim = fixturesDirectory.deletingLastPathComponent().appendingPathComponent("Sources/CLibXML2/shim.h").path
    var flagSets = [try run(tool("pkg-config")!, ["--cflags", "libxml-2.0"]).1]
    if let other = ProcessInfo.processInfo.environment["PITH_LIBXML2_CFLAGS"] { flagSets.append(other) }
    for flags in flagSets {
        let args = ["-fsyntax-only", "-Werror", "-Wall", "-Wno-unused-function", "-x", "c"]
            + flags.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) + [shim]
        let (status, output) = try run(tool("clang")!, args)
        #expect(status == 0, "shim.h with \(flags): \(output)")
    }
}
