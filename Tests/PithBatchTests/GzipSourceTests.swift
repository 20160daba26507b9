import Foundation
import Testing
@testable import Pith
@testable import PithBatch

private func bytes(_ name: String) throws -> [UInt8] {
    Array(try Data(contentsOf: URL(fileURLWithPath: fixturePath("batch/" + name))))
}

@Test func gzipMembersReadAsOneStream() throws {
    // warcio writes one gzip member per record, as Common Crawl does.
    let out = try GzipSource.readAll(GzipSource(MemorySource(bytes("sample.warc.gz")), chunkSize: 7), limit: 1 << 24)
    #expect(out == (try bytes("sample.warc")))
}

@Test func gzipCutShortIsAnErrorNotASilentEnd() throws {
    let cut = try bytes("page.html.gz").dropLast(40)
    #expect(throws: InputError.self) {
        _ = try GzipSource.readAll(GzipSource(MemorySource(Array(cut))), limit: 1 << 20)
    }
}

@Test func gzipPaddingAfterTheLastMemberIsIgnored() throws {
    let out = try GzipSource.readAll(GzipSource(MemorySource(bytes("page.html.gz") + [0, 0, 0, 0])), limit: 1 << 20)
    #expect(String(decoding: out, as: UTF8.self).hasPrefix("<html"))
}

@Test func gzipBombStopsAtTheLimit() throws {
    #expect(throws: PithError.self) {
        _ = try GzipSource.readAll(GzipSource(MemorySource(bytes("bomb.html.gz"))), limit: 100_000)
    }
}
