import Testing
@testable import Pith

/// The bitsets must say what the running Swift's Unicode properties say, scalar by scalar
/// (a newer Unicode in a newer Swift fails here: run scripts/make_scalar_table.swift again).
@Test func scalarTableMatchesUnicodeProperties() {
    var checked = 0
    for v in Array(0..<0x3100) + Array(0xFF00..<0xFFF0) + [0x3100, 0x4E00, 0xAC00, 0x1F600, 0xFEFF, 0xFFF0] {
        guard let s = Unicode.Scalar(UInt32(v)) else { continue }
        #expect(ScalarTable.isAlphabetic(UInt32(v)) == s.properties.isAlphabetic, "U+\(String(v, radix: 16))")
        #expect(ScalarTable.isPunctuationLike(UInt32(v)) == s.properties.isPunctuationLike, "U+\(String(v, radix: 16))")
        #expect(ScalarTable.changesWhenLowercased(UInt32(v)) == s.properties.changesWhenLowercased, "U+\(String(v, radix: 16))")
        checked += 1
    }
    #expect(checked > 12_000)
}
