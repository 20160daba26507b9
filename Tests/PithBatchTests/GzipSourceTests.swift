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

@Test func memberInflaterReadsWhatZlibReads() throws {
    let plain = try bytes("sample.warc")
    let gz = try bytes("sample.warc.gz")
    // Roomy bounds (the fast path throughout), tight ones (members that cross the compressed
    // buffer or outgrow the output buffer go to zlib), and the same with padding behind.
    for (maxIn, maxOut) in [(8 << 20, 32 << 20), (64, 1 << 20), (1 << 20, 256)] {
        let m = try MemberInflater(MemorySource(gz), maxCompressed: maxIn, maxInflated: maxOut)
        #expect(try GzipSource.readAll(m, limit: 1 << 24) == plain, "bounds \(maxIn) \(maxOut)")
        let padded = try MemberInflater(MemorySource(gz + [0, 0, 0, 0]), maxCompressed: maxIn, maxInflated: maxOut)
        #expect(try GzipSource.readAll(padded, limit: 1 << 24) == plain, "padded, bounds \(maxIn) \(maxOut)")
        #expect(m.takeDamage().isEmpty && padded.takeDamage().isEmpty)
    }
}

@Test func memberInflaterCutShortIsAnError() throws {
    let cut = try bytes("page.html.gz").dropLast(40)
    #expect(throws: InputError.self) {
        _ = try GzipSource.readAll(MemberInflater(MemorySource(Array(cut))), limit: 1 << 20)
    }
}
