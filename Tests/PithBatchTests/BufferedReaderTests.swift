import Testing
@testable import PithBatch

private func lines(_ s: String, max: Int = 1 << 20, chunk: Int = 4) throws -> [String] {
    let r = BufferedReader(MemorySource(Array(s.utf8)), chunkSize: chunk)
    var out: [String] = []
    while let l = try r.readLine(maxLength: max) {
        switch l {
        case .bytes(let b): out.append(String(decoding: b, as: UTF8.self))
        case .tooLong(let n): out.append("<\(n)>")
        }
    }
    return out
}

@Test func linesSplitOnLFAndCRLFAcrossChunks() throws {
    #expect(try lines("one\r\ntwo\nthree") == ["one", "two", "three"])
    #expect(try lines("\n\nx\n") == ["", "", "x"])
}

@Test func overlongLinesAreSkippedWholeAndMeasured() throws {
    let long = String(repeating: "x", count: 100)
    #expect(try lines("a\n\(long)\nb\n", max: 10) == ["a", "<100>", "b"])
    #expect(try lines("a\n\(long)", max: 10) == ["a", "<100>"])
}

@Test func peekedBytesAreStillRead() throws {
    let r = BufferedReader(MemorySource(Array("WARC/1.0\nrest".utf8)), chunkSize: 3)
    #expect(try r.peek(5) == Array("WARC/".utf8))
    #expect(try r.read(8) == Array("WARC/1.0".utf8))
    #expect(try r.skip(100) == 5)
    #expect(try r.atEnd())
}

@Test func skipStopsInFrontOfAPatternAcrossRefills() throws {
    let text = Array("abcdefgh\nWARC/1.0\r\nrest".utf8)
    for chunk in [3, 4, 7, 64] {
        let r = BufferedReader(MemorySource(text), chunkSize: chunk)
        let (n, found) = try r.skip(100, stoppingAt: Array("\nWARC/1.".utf8))
        #expect(n == 8 && found, "chunk \(chunk)")
        #expect(try r.read(6) == Array("\nWARC/".utf8))
        // Not found within the count: skips exactly the count.
        let r2 = BufferedReader(MemorySource(text), chunkSize: chunk)
        let (m, found2) = try r2.skip(5, stoppingAt: Array("\nWARC/1.".utf8))
        #expect(m == 5 && !found2 && r2.position == 5)
        // Input shorter than the count: stops at the end.
        let r3 = BufferedReader(MemorySource(Array("abc".utf8)), chunkSize: chunk)
        #expect(try r3.skip(10, stoppingAt: Array("xyz".utf8)) == (3, false))
    }
}

@Test func unreadBytesAreReadAgainFirst() throws {
    let r = BufferedReader(MemorySource(Array("one\ntwo\n".utf8)), chunkSize: 4)
    let first = try r.read(6)
    r.unread(first[2...])
    #expect(r.position == 2)
    if case .bytes(let b) = try r.readLine(maxLength: 100) { #expect(b == Array("e".utf8)) } else { Issue.record("no line") }
    if case .bytes(let b) = try r.readLine(maxLength: 100) { #expect(b == Array("two".utf8)) } else { Issue.record("no line") }
    #expect(try r.readLine(maxLength: 100) == nil)
}
