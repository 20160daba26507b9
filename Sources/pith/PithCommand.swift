import ArgumentParser
import Foundation
import Pith

/// The `pith` command: argument parsing and I/O only; every content decision is the library's.
@main
struct PithCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pith",
        abstract: "Strip the boilerplate off web pages and print the main content.",
        discussion: """
            Reads each PAGE (a file, or - for standard input) and prints its main content.
            Exit codes: 0 success; 1 a page could not be read or is not a page; 2 usage error.
            """)

    @Argument(help: "Pages to clean: files, or - for standard input.")
    var pages: [String] = []

    @Option(name: .shortAndLong, help: "Output format: text or json.")
    var format: OutputFormatArgument = .text

    @Option(help: "Charset of the input, overriding detection (e.g. gbk, big5, utf-8).")
    var charset: String?

    @Option(name: .customLong("input-format"), help: "auto, html or text (a page already flattened to lines).")
    var inputFormat: InputFormatArgument = .auto

    @Option(help: "balanced, precision (drop more) or recall (keep more).")
    var focus: FocusArgument = .balanced

    @Flag(help: "Show kept and dropped blocks with the reason for each drop (with -f json: a \"removed\" list).")
    var explain = false

    @Flag(help: "Keep reader comments.")
    var comments = false

    @Option(name: .customLong("max-bytes"), help: "Refuse pages larger than this many bytes (default 268435456).")
    var maxBytes: Int?

    @Option(name: .customLong("max-nodes"), help: "Refuse pages with more element and text nodes than this (default 5000000).")
    var maxNodes: Int?

    @Option(name: .customLong("max-depth"), help: "Flatten nesting deeper than this many levels (default 2000).")
    var maxDepth: Int?

    @Option(name: .shortAndLong, help: "Write the output to this file (atomically) instead of standard output.")
    var output: String?

    func validate() throws {
        for (name, value) in [("--max-bytes", maxBytes), ("--max-nodes", maxNodes), ("--max-depth", maxDepth)] {
            if let v = value, v < 1 { throw ValidationError("\(name) must be at least 1") }
        }
    }

    mutating func run() throws {
        guard !pages.isEmpty else {
            throw ValidationError("give at least one PAGE (a file, or - for standard input)")
        }
        var options = ExtractionOptions()
        options.charset = charset
        options.inputFormat = inputFormat.value
        options.focus = focus.value
        options.includeComments = comments
        options.recordRemoved = explain
        if let maxBytes { options.maxInputBytes = maxBytes }
        if let maxNodes { options.maxNodes = maxNodes }
        if let maxDepth { options.maxDepth = maxDepth }
        var failures = 0
        var rendered: [String] = []
        for page in pages {
            do {
                let data = try read(page)
                let article = try Pith.extract(html: data, url: nil, options: options)
                if explain, format == .text {
                    rendered.append(ExplainPrinter.render(article))
                } else {
                    rendered.append(article.render(as: format.value))
                }
            } catch let e as PithError {
                failures += 1
                FileHandle.standardError.write(Data("pith: \(page): \(e)\n".utf8))
            } catch {
                failures += 1
                FileHandle.standardError.write(Data("pith: \(page): \(error.localizedDescription)\n".utf8))
            }
        }
        let text = rendered.map { $0.hasSuffix("\n") ? $0 : $0 + "\n" }.joined()
        if let output {
            try Data(text.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
        } else {
            FileHandle.standardOutput.write(Data(text.utf8))
        }
        if failures > 0 { throw ExitCode(1) }
    }

    private func read(_ page: String) throws -> Data {
        if page == "-" { return FileHandle.standardInput.readDataToEndOfFile() }
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: page, isDirectory: &isDir) else {
            throw CLIError("no such file")
        }
        guard !isDir.boolValue else { throw CLIError("is a directory") }
        guard let d = FileManager.default.contents(atPath: page) else { throw CLIError("cannot read the file") }
        return d
    }

    /// Usage errors exit with 2, as documented.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            let exitCode = Self.exitCode(for: error)
            if exitCode == .success {
                print(Self.fullMessage(for: error))
                Foundation.exit(0)
            }
            FileHandle.standardError.write(Data((Self.fullMessage(for: error) + "\n").utf8))
            Foundation.exit(exitCode == .validationFailure ? 2 : exitCode.rawValue == 64 ? 2 : exitCode.rawValue)
        }
    }
}

struct CLIError: Error, LocalizedError {
    let message: String
    init(_ m: String) { message = m }
    var errorDescription: String? { message }
}

enum OutputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case text, json
    var value: OutputFormat { self == .json ? .json : .text }
}

enum InputFormatArgument: String, ExpressibleByArgument, CaseIterable {
    case auto, html, text
    var value: ExtractionOptions.InputFormat { ExtractionOptions.InputFormat(rawValue: rawValue)! }
}

enum FocusArgument: String, ExpressibleByArgument, CaseIterable {
    case balanced, precision, recall
    var value: ExtractionOptions.Focus { ExtractionOptions.Focus(rawValue: rawValue)! }
}
