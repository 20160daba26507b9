import Foundation
import Testing
@testable import PithBatch

private func readAll(_ name: String) throws -> (items: [BatchItem], skipped: [String: Int]) {
    let opened = try StreamSniffer.open(fixturePath("batch/" + name))
    #expect(opened.kind == .warc)
    let r = WARCReader(opened.reader, name: name, maxRecordBytes: 1 << 24, inflater: opened.inflater)
    var items: [BatchItem] = []
    while let i = try r.next() { items.append(i) }
    return (items, r.skipped)
}

private func text(_ item: BatchItem) -> String {
    if case .bytes(let d) = item.payload { return String(decoding: d, as: UTF8.self) }
    return ""
}

@Test func warcKeepsHTMLResponsesAndCountsTheRest() throws {
    for name in ["sample.warc", "sample.warc.gz"] {
        let (items, skipped) = try readAll(name)
        #expect(items.map(\.url) == [
            "https://news.example.com/council-budget", "https://zh.example.com/news/1.html",
            "https://news.example.com/river-clean-up", "https://news.example.com/library?lang=en&page=2",
            "https://zh.example.com/../../etc/passwd",
        ])
        #expect(items.allSatisfy { $0.recordID?.hasPrefix("<urn:uuid:") == true })
        #expect(skipped["request record"] == 1 && skipped["warcinfo record"] == 1 && skipped["metadata record"] == 1)
        #expect(skipped["non-HTML (image/png)"] == 1 && skipped["HTTP status 4xx"] == 1)
        #expect(items[1].charsetHint == "gbk")
        // Chunked transfer coding and gzip content coding are undone.
        #expect(text(items[2]).hasPrefix("<html") && !text(items[2]).contains("\r\n0\r\n"))
        #expect(text(items[3]).contains("The central library will stay open"))
    }
}

private func damageReason(_ item: BatchItem) -> String? {
    if case .damaged(let reason, _) = item.payload { return reason }
    return nil
}

@Test func truncatedWARCKeepsWhatCameBeforeAndReportsTheCut() throws {
    let (items, _) = try readAll("truncated.warc.gz")
    #expect(items.filter { damageReason($0) == nil }.count == 4)
    #expect(items.compactMap(damageReason) == ["corrupt gzip", "truncated record"])
}

@Test func wetConversionRecordsAreText() throws {
    let (items, skipped) = try readAll("sample.warc.wet.gz")
    #expect(items.count == 2 && items.allSatisfy(\.isText))
    #expect(text(items[0]).contains("现场推进会上的讲话"))
    #expect(skipped["warcinfo record"] == 1)
}

@Test func damagedBytesBetweenRecordsAreSkippedToTheNextRecord() throws {
    var bytes = Array(try Data(contentsOf: URL(fileURLWithPath: fixturePath("batch/sample.warc"))))
    // Garbage in front of the first record and a header line that lost its Content-Length.
    bytes = Array("junk line\nWARC/1.0\r\nWARC-Type: response\r\n\r\n".utf8) + bytes
    let r = WARCReader(BufferedReader(MemorySource(bytes)), name: "x", maxRecordBytes: 1 << 24)
    var items: [BatchItem] = []
    while let i = try r.next() { items.append(i) }
    #expect(items.filter { damageReason($0) == nil }.count == 5)
    // The junk, then the record whose end is unknown (no Content-Length): both reported.
    #expect(items.compactMap(damageReason) == ["damaged bytes", "damaged record"])
}

@Test func httpResponseParsing() throws {
    let raw = Array("HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"Big5\"\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n".utf8)
    let r = try #require(try HTTPResponse.parse(raw, maxBodyBytes: 1000))
    #expect(r.status == 200 && r.contentType == "text/html" && r.charset == "Big5")
    #expect(String(decoding: r.body, as: UTF8.self) == "hello world")
    #expect(try HTTPResponse.parse(Array("not http".utf8), maxBodyBytes: 10) == nil)
}
