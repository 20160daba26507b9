import Foundation
import Testing
@testable import PithBatch

@Test func jsonlRecordsKeepTheirIdsAndBadLinesAreReported() throws {
    let opened = try StreamSniffer.open(fixturePath("batch/pages.jsonl"))
    #expect(opened.kind == .jsonl)
    let r = JSONLReader(opened.reader, name: "pages.jsonl", maxLineBytes: 1 << 20)
    var items: [BatchItem] = []
    while let i = try r.next() { items.append(i) }
    // Seven records; the blank line is not one.
    #expect(items.map { $0.id ?? "-" } == ["a1", "42", "-", "t3", "nohtml", "png", "b5"])
    if case .unreadable(let why) = items[2].payload { #expect(why == "not a JSON object") } else { Issue.record("bad line read") }
    #expect(items[2].name == "pages.jsonl:3")
    #expect(items[1].charsetHint == "gbk")
    #expect(items[3].isText)
    if case .unreadable = items[4].payload {} else { Issue.record("record without html accepted") }
}

@Test func jsonlLineTooLongIsReportedNotKept() throws {
    let line = "{\"id\":\"big\",\"html\":\"" + String(repeating: "x", count: 5000) + "\"}\n{\"id\":\"next\",\"html\":\"<p>x</p>\"}\n"
    let r = JSONLReader(BufferedReader(MemorySource(Array(line.utf8))), name: "s", maxLineBytes: 1000)
    let first = try #require(try r.next())
    if case .unreadable(let why) = first.payload { #expect(why.hasPrefix("line too long")) } else { Issue.record("kept") }
    #expect(try r.next()?.id == "next")
}

@Test func sniffingTellsStreamsFromPages() {
    #expect(StreamSniffer.kind(of: Array("WARC/1.1\r\n".utf8)) == .warc)
    #expect(StreamSniffer.kind(of: Array("\n  {\"html\":1}".utf8)) == .jsonl)
    #expect(StreamSniffer.kind(of: Array("<!doctype html><p>{x}".utf8)) == .page)
    #expect(StreamSniffer.kind(of: Array("同志们:\n".utf8)) == .page)
}
