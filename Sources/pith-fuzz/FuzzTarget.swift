import Foundation
import Pith

#if FUZZING
/// libFuzzer entry point (built by `scripts/fuzz.sh` with `-sanitize=fuzzer,address -DFUZZING`).
@_cdecl("LLVMFuzzerTestOneInput")
public func pithFuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    fuzzOne(Data(bytes: start, count: count))
    return 0
}

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

/// SwiftPM links an executable's entry point as `<module>_main`: hand control to libFuzzer.
@_cdecl("pith_fuzz_main")
public func pithFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var c = argc
    var v = argv
    return LLVMFuzzerRunDriver(&c, &v) { data, size in
        fuzzOne(data.map { Data(bytes: $0, count: size) } ?? Data())
        return 0
    }
}
#else
/// Without -DFUZZING: replays files (crash reproducers, the corpus) through the same code.
@main
struct PithFuzzReplay {
    static func main() throws {
        for path in CommandLine.arguments.dropFirst() {
            fuzzOne(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
    }
}
#endif

/// Any bytes through `Pith.extract` and every renderer, in HTML and text mode, with small
/// limits so the fuzzer also walks the limit paths, and the tree read with and without parse
/// tokens compared. Errors are fine; crashes, hangs, leaks, sanitizer reports and a tree the
/// tokens changed are not.
func fuzzOne(_ data: Data) {
    var options = ExtractionOptions()
    options.recordRemoved = true
    options.includeLinks = true
    options.maxNodes = 200_000
    // The first byte picks the mode, so one corpus exercises all of them.
    switch data.first.map({ $0 % 4 }) ?? 0 {
    case 1: options.inputFormat = .text
    case 2: options.charset = "gbk"
    case 3: options.maxDepth = 16; options.focus = .precision
    default: break
    }
    if let article = try? Pith.extract(html: data, url: "https://example.com/a/b", options: options) {
        for format in OutputFormat.allCases { _ = article.render(as: format) }
    }
    // The tokens that stand in for text and attributes during the parse must give back the
    // tree the page gives without them: a difference stops the fuzzer with this input.
    precondition(Pith.tokensKeepTheTree(html: data, keepLinks: data.count % 2 == 0), "tokens changed the tree")
}
