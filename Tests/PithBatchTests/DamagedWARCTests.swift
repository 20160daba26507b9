import Foundation
import Testing
@testable import PithBatch

/// The damaged WARC fixtures (Fixtures/batch/make_damaged_warcs.py): what each file must give
/// back and which damage it must report follow from how the script damaged it.
private struct Expectation: Decodable {
    var pages: [Int]
    var damage: [String]
}

private let expectations: [String: Expectation] = {
    let url = URL(fileURLWithPath: fixturePath("batch/damaged/expected.json"))
    return (try? JSONDecoder().decode([String: Expectation].self, from: Data(contentsOf: url))) ?? [:]
}()

private func read(_ file: String) throws -> (pages: [BatchItem], damage: [BatchItem]) {
    let opened = try StreamSniffer.open(fixturePath("batch/damaged/" + file))
    #expect(opened.kind == .warc)
    let r = WARCReader(opened.reader, name: file, maxRecordBytes: 1 << 24, inflater: opened.inflater)
    var pages: [BatchItem] = [], damage: [BatchItem] = []
    while let item = try r.next() {
        switch item.payload {
        case .bytes: pages.append(item)
        case .damaged: damage.append(item)
        default: Issue.record("\(file): unexpected item \(item.name)")
        }
    }
    return (pages, damage)
}

@Test func damagedFixturesAreAllThere() {
    #expect(expectations.count == 22)
    #expect(expectations.keys.contains("long-middle.warc.gz") && expectations.keys.contains("truncated-member-middle.warc.gz"))
}

@Test(arguments: expectations.keys.sorted())
func everyIntactRecordComesBackUnmixedAndTheDamageIsReported(file: String) throws {
    let expected = try #require(expectations[file])
    let (pages, damage) = try read(file)
    #expect(pages.map(\.url) == expected.pages.map { "https://example.org/\($0)" }, "\(file)")
    for item in pages {
        guard case .bytes(let d) = item.payload, let n = item.url?.split(separator: "/").last else { continue }
        let html = String(decoding: d, as: UTF8.self)
        // The page whole and alone: its own start and end, nobody else's bytes, no WARC framing.
        #expect(html.hasPrefix("<html><head><title>Page \(n)</title>"), "\(file) page \(n)")
        #expect(html.hasSuffix("<p>end of page \(n)</p></article></body></html>"), "\(file) page \(n)")
        #expect(!html.contains("WARC/1.0") && !html.contains("WARC-Type") && !html.contains("HTTP/1.1"), "\(file) page \(n)")
        #expect(html.components(separatedBy: "<h1>").count == 2, "\(file) page \(n)")
    }
    #expect(damage.map { if case .damaged(let r, _) = $0.payload { r } else { "" } } == expected.damage, "\(file)")
    for d in damage {
        guard case .damaged(_, let message) = d.payload else { continue }
        #expect(!message.isEmpty)
    }
}

@Test func damageNamesTheRecordAndWhereItStarts() throws {
    let (_, damage) = try read("long-middle.warc")
    let d = try #require(damage.first)
    #expect(d.recordID == "<urn:uuid:00000000-0000-0000-0000-000000000013>")
    #expect(d.url == "https://example.org/3")
    let offset = try #require(d.offset)
    let bytes = try Data(contentsOf: URL(fileURLWithPath: fixturePath("batch/damaged/long-middle.warc")))
    #expect(bytes[offset..<(offset + 8)].elementsEqual(Array("WARC/1.0".utf8)))
    if case .damaged(_, let message) = d.payload { #expect(message.contains("runs into the next record")) }
}

@Test func versionLines() {
    #expect(WARCReader.isVersionLine(Array("WARC/1.0".utf8)))
    #expect(WARCReader.isVersionLine(Array("WARC/1.1 ".utf8)))
    #expect(!WARCReader.isVersionLine(Array("WARC/1.0 and more".utf8)))
    #expect(!WARCReader.isVersionLine(Array("WARC/x".utf8)))
    #expect(!WARCReader.isVersionLine(Array("WARC-Type: response".utf8)))
}

@Test func damageIsAFailureEvenWhenQuiet() throws {
    guard binaryExists else { return }
    let dir = try temporaryFolder()
    defer { try? FileManager.default.removeItem(atPath: dir) }
    for quiet in [true, false] {
        let log = dir + "/errors-\(quiet).jsonl"
        let r = try runPith([fixturePath("batch/damaged/long-middle.warc.gz"), "--errors", log] + (quiet ? ["-q"] : []))
        #expect(r.status == 1)
        #expect(r.err.contains("runs into the next record"))
        let pages = r.out.split(separator: "\n").filter { $0.contains("\"text\"") }
        #expect(pages.count == 4)
        let logged = try String(contentsOfFile: log, encoding: .utf8).split(separator: "\n")
        #expect(logged.count == 1)
        let entry = try #require(try JSONSerialization.jsonObject(with: Data(logged[0].utf8)) as? [String: Any])
        #expect(entry["reason"] as? String == "damaged record")
        #expect(entry["offset"] as? Int != nil)
        #expect(entry["warcRecordId"] as? String == "<urn:uuid:00000000-0000-0000-0000-000000000013>")
    }
    // An intact file: exit 0, nothing on standard error with -q.
    let ok = try runPith([fixturePath("batch/damaged/intact.warc.gz"), "-q"])
    #expect(ok.status == 0 && ok.err.isEmpty)
    #expect(ok.out.split(separator: "\n").count == 5)
}
