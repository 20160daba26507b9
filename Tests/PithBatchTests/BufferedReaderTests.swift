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
