import Foundation
import Testing
@testable import Pith

struct TmpDumpTests {
    @Test func dumpStripped() throws {
        guard let dir = ProcessInfo.processInfo.environment["PITH_DUMP"] else { return }
        let urls = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".html") }.sorted()
        for name in urls {
            let data = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + name))
            let (utf8, _, _) = try Pith.decode(data, options: ExtractionOptions())
            let (markup, _) = InertContentStripper.strip(utf8, keepLinks: false, tokenize: true)
            try Data(markup).write(to: URL(fileURLWithPath: "/tmp/stripped/" + name))
        }
    }
}
