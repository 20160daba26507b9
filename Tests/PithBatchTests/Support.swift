import Foundation

/// The repository's `Fixtures/` folder.
let fixturesDirectory = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures")

func fixturePath(_ p: String) -> String { fixturesDirectory.appendingPathComponent(p).path }

let pithBinary = fixturesDirectory.deletingLastPathComponent().appendingPathComponent(".build/debug/pith").path
var binaryExists: Bool { FileManager.default.fileExists(atPath: pithBinary) }

/// A fresh temporary folder, removed by the caller.
func temporaryFolder() throws -> String {
    let p = FileManager.default.temporaryDirectory.appendingPathComponent("pith-batch-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: p, withIntermediateDirectories: true)
    return p
}

/// Runs the built `pith` binary to the end.
func runPith(_ args: [String], stdin: Data? = nil) throws -> (status: Int32, out: String, err: String) {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: pithBinary)
    p.arguments = args
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    let collector = OutputCollector(out.fileHandleForReading, err.fileHandleForReading)
    if let stdin { inp.fileHandleForWriting.write(stdin) }
    try inp.fileHandleForWriting.close()
    let (o, e) = collector.wait()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

/// Reads a process's stdout and stderr on their own threads so neither pipe fills up.
final class OutputCollector: @unchecked Sendable {
    private var o = Data(), e = Data()
    private let group = DispatchGroup()
    init(_ out: FileHandle, _ err: FileHandle) {
        group.enter()
        Thread { [self] in o = out.readDataToEndOfFile(); group.leave() }.start()
        group.enter()
        Thread { [self] in e = err.readDataToEndOfFile(); group.leave() }.start()
    }
    func wait() -> (Data, Data) { group.wait(); return (o, e) }
}

/// Every file under `folder`, relative paths, sorted.
func filesUnder(_ folder: String) -> [String] {
    guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
    var out: [String] = []
    while let p = e.nextObject() as? String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
    }
    return out.sorted()
}

/// Parses JSON Lines output into objects.
func jsonLines(_ s: String) throws -> [[String: Any]] {
    try s.split(separator: "\n").map { line in
        try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
    }
}
