import Foundation
import Testing

/// Runs the built `pith` binary.
private func runPith(_ args: [String], stdin: Data? = nil) throws -> (Int32, String, String) {
    let bin = fixturesDirectory.deletingLastPathComponent().appendingPathComponent(".build/debug/pith")
    let p = Process()
    p.executableURL = bin
    p.arguments = args
    let out = Pipe(), err = Pipe(), inp = Pipe()
    p.standardOutput = out
    p.standardError = err
    p.standardInput = inp
    try p.run()
    if let stdin { inp.fileHandleForWriting.write(stdin) }
    try inp.fileHandleForWriting.close()
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return (p.terminationStatus, String(decoding: o, as: UTF8.self), String(decoding: e, as: UTF8.self))
}

private var binaryExists: Bool {
    FileManager.default.fileExists(atPath: fixturesDirectory.deletingLastPathComponent().appendingPathComponent(".build/debug/pith").path)
}

@Test(.enabled(if: binaryExists)) func cliPrintsTheSpeech() throws {
    let (code, out, _) = try runPith([fixturesDirectory.appendingPathComponent("seed/wenmi-gbk-labelled-gb2312.html").path])
    #expect(code == 0)
    #expect(out == (try fixtureText("seed/expected.txt")))
}

@Test(.enabled(if: binaryExists)) func cliReadsStdinAndWritesJSON() throws {
    let (code, out, _) = try runPith(["-f", "json", "-"], stdin: try fixture("seed/fanwen-utf8-br.html"))
    #expect(code == 0)
    #expect(out.contains("\"isTruncated\":true"))
}

@Test(.enabled(if: binaryExists)) func cliFailsClearlyOnMissingAndBinaryFiles() throws {
    let (code, _, err) = try runPith(["/no/such/page.html"])
    #expect(code == 1)
    #expect(err.contains("no such file"))
    let tmp = FileManager.default.temporaryDirectory.appendingPathComponent("pith-test-\(UUID()).png")
    try Data([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0]).write(to: tmp)
    defer { try? FileManager.default.removeItem(at: tmp) }
    let (code2, _, err2) = try runPith([tmp.path])
    #expect(code2 == 1)
    #expect(err2.contains("not HTML"))
}

@Test(.enabled(if: binaryExists)) func cliUsageErrorExitsWithTwo() throws {
    let (code, _, _) = try runPith(["--format", "yaml", "x.html"])
    #expect(code == 2)
    let (code2, _, _) = try runPith([])
    #expect(code2 == 2)
}

@Test(.enabled(if: binaryExists)) func cliExplainShowsReasons() throws {
    let (code, out, _) = try runPith(["--explain", fixturesDirectory.appendingPathComponent("seed/wenmi-gbk-labelled-gb2312.html").path])
    #expect(code == 0)
    #expect(out.contains("- [paywall] 解锁后支持完整在线阅读"))
    #expect(out.contains("+ 同志们:"))
}

@Test(.enabled(if: binaryExists)) func cliLimitsRefuseOversizedPagesClearly() throws {
    let page = fixturesDirectory.appendingPathComponent("seed/fanwen-utf8-br.html").path
    let (code, _, err) = try runPith(["--max-bytes", "1000", page])
    #expect(code == 1)
    #expect(err.contains("input too large"))
    let (code2, _, _) = try runPith(["--max-nodes", "0", page])
    #expect(code2 == 2)
}

/// strace is on this machine kind; without it the check is skipped.
private var straceExists: Bool { FileManager.default.fileExists(atPath: "/usr/bin/strace") }

@Test(.enabled(if: binaryExists && straceExists)) func cliOpensNoOtherFileAndNoSocket() throws {
    let secret = "/tmp/pith-hostile-secret.txt"
    try Data("SECRET-CONTENT-4711".utf8).write(to: URL(fileURLWithPath: secret))
    defer { try? FileManager.default.removeItem(atPath: secret) }
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("pith-strace-\(UUID()).log").path
    defer { try? FileManager.default.removeItem(atPath: log) }
    let bin = fixturesDirectory.deletingLastPathComponent().appendingPathComponent(".build/debug/pith").path
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/usr/bin/strace")
    p.arguments = ["-f", "-qq", "-e", "trace=open,openat,socket", "-o", log, bin,
                   fixturesDirectory.appendingPathComponent("hostile/external-refs.html").path]
    p.standardOutput = FileHandle.nullDevice
    p.standardError = FileHandle.nullDevice
    try p.run()
    p.waitUntilExit()
    let trace = try String(contentsOfFile: log, encoding: .utf8)
    #expect(trace.contains("external-refs.html"))          // the trace works
    #expect(!trace.contains("pith-hostile-secret"))         // no file named by the page is opened
    // No network socket at all (glibc's local nscd lookups use AF_UNIX and are not network).
    #expect(!trace.contains("socket(AF_INET") && !trace.contains("socket(AF_PACKET"))
}

@Test(.enabled(if: binaryExists)) func cliSetsAndReportsThePageKind() throws {
    let page = """
        <html><body><div class="story"><h1>Laptop will not wake</h1><p>My laptop will not wake from sleep since the last update, the screen stays black.</p></div>
        <div class="comments"><div class="comment"><p>Same problem here after the update; turning off fast startup fixed it for me.</p></div>
        <div class="comment"><p>The vendor released a fixed graphics driver yesterday, so update that first and try again.</p></div></div></body></html>
        """
    let (code, out, _) = try runPith(["-f", "json", "--page-kind", "forum", "-"], stdin: Data(page.utf8))
    #expect(code == 0)
    #expect(out.contains("\"pageKind\":\"forum\""))
    #expect(out.contains("fixed graphics driver"))
    let (bad, _, err) = try runPith(["--page-kind", "recipe", "-"], stdin: Data(page.utf8))
    #expect(bad == 2)
    #expect(err.contains("recipe"))
}
