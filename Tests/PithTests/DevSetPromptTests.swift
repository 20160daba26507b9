import Foundation
import Testing
@testable import Pith

/// Over every page of the development sets (`../shared/eval`, when this checkout sits beside
/// it): no output may consist only of a login, newsletter, consent, wallet or "users online"
/// block. A short output (under 400 characters) whose prompt lines make half or more of it fails.
private let evalRoot = fixturesDirectory.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/eval")

private let prompts: [(String, NSRegularExpression)] = [
    ("consent", #"(cookie|consent|privacy (settings|preferences)|log user data).*(accept|agree|allow|reject|manage)|(accept|agree|allow|reject|manage).*(cookie|consent)"#),
    ("login", #"\b(sign in|log in|login|password|create an account|members only)\b"#),
    ("newsletter", #"(subscribe|sign up|newsletter).*(e-?mail|inbox)|(e-?mail|inbox).*(subscribe|sign up|newsletter)"#),
    ("wallet", #"钱包余额|抵扣说明|余额无法直接购买"#),
    ("users online", #"\b\d[\d,]*\s+(users?|members?|guests?)\s+(are\s+)?online\b"#),
].map { ($0.0, try! NSRegularExpression(pattern: $0.1, options: [.caseInsensitive, .dotMatchesLineSeparators])) }

private func pageFiles() -> [URL] {
    guard let sets = try? FileManager.default.contentsOfDirectory(at: evalRoot, includingPropertiesForKeys: nil) else { return [] }
    return sets.flatMap { set -> [URL] in
        let pages = set.appendingPathComponent("pages")
        let files = (try? FileManager.default.contentsOfDirectory(at: pages, includingPropertiesForKeys: nil)) ?? []
        return files.filter { $0.lastPathComponent.hasSuffix(".html") || $0.lastPathComponent.hasSuffix(".html.gz") }
    }
}

private func gunzip(_ data: Data) throws -> Data {
    let p = Process()
    p.executableURL = URL(fileURLWithPath: "/bin/gzip")
    p.arguments = ["-dc"]
    let input = Pipe(), output = Pipe()
    p.standardInput = input
    p.standardOutput = output
    try p.run()
    DispatchQueue.global().async { input.fileHandleForWriting.write(data); try? input.fileHandleForWriting.close() }
    let out = output.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return out
}

@Test(.enabled(if: !pageFiles().isEmpty, "needs ../shared/eval beside the checkout"))
func noDevSetOutputIsOnlyAPrompt() throws {
    var offenders: [String] = []
    for file in pageFiles() {
        var data = try Data(contentsOf: file)
        if file.pathExtension == "gz" { data = try gunzip(data) }
        guard let a = try? Pith.extract(html: data) else { continue }
        let text = a.render(as: .text, includeTitle: false).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty, text.count < 400 else { continue }
        var promptCharacters = 0
        var hit: (String, NSRegularExpression)? = nil
        for line in text.split(separator: "\n") {
            let l = String(line)
            if let h = prompts.first(where: { $0.1.firstMatch(in: l, range: NSRange(l.startIndex..., in: l)) != nil }) {
                promptCharacters += l.count
                hit = h
            }
        }
        if let hit, promptCharacters * 2 >= text.count {
            offenders.append("\(file.deletingLastPathComponent().deletingLastPathComponent().lastPathComponent)/\(file.lastPathComponent) [\(hit.0)]: \(text.prefix(120))")
        }
    }
    #expect(offenders.isEmpty, "\(offenders.count) outputs are only a prompt:\n\(offenders.joined(separator: "\n"))")
}
