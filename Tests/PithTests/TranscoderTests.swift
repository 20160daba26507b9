import Foundation
import Testing
@testable import Pith

@Test func undecodableBytesBecomeReplacementAndDecodingGoesOn() throws {
    // "中文" in GBK, a stray 0xFF, then "好" — nothing after the bad byte may be lost.
    let bytes: [UInt8] = [0xD6, 0xD0, 0xCE, 0xC4, 0xFF, 0xBA, 0xC3]
    let d = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, from: .gb18030) })
    let s = String(decoding: d.utf8, as: UTF8.self)
    #expect(s.hasPrefix("中文"))
    #expect(s.hasSuffix("好"))
    #expect(d.errors == 1)
}

@Test func truncatedMultibyteSequenceAtEndIsReplaced() throws {
    let bytes: [UInt8] = Array("abc".utf8) + [0xE4, 0xB8]
    let d = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, from: .utf8) })
    #expect(String(decoding: d.utf8, as: UTF8.self) == "abc\u{FFFD}")
}

@Test func validatesUTF8() {
    #expect(Array("héllo 中".utf8).withUnsafeBytes { Transcoder.isValidUTF8($0) })
    #expect(![0xC3, 0x28].withUnsafeBytes { Transcoder.isValidUTF8($0) })
}

@Test func repairedUTF8MatchesTheStandardDecoder() throws {
    // Valid text, broken and truncated sequences, surrogates, overlongs, stray continuation bytes,
    // in pseudo-random order: the repair must give what Swift's own decoder gives (one U+FFFD
    // per maximal ill-formed subpart), and count the replacements.
    let pieces: [[UInt8]] = [Array("plain ascii ".utf8), Array("中文".utf8), Array("é".utf8), Array("😀".utf8),
                             [0xE4, 0xB8], [0xFF], [0x80], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC3]]
    var state: UInt64 = 0x9E37_79B9_7F4A_7C15
    for _ in 0..<300 {
        var bytes: [UInt8] = []
        for _ in 0..<12 {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes += pieces[Int(state >> 33) % pieces.count]
        }
        let d = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, from: .utf8) })
        let expected = String(decoding: bytes, as: UTF8.self)
        #expect(d.utf8 == Array(expected.utf8))
        #expect(d.errors == expected.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
    }
}

/// The eight-at-a-time control-byte check against a plain loop, over every position and
/// every byte value below 0x21, in buffers of all short lengths.
@Test func controlByteCheckMatchesAPlainLoop() {
    func plain(_ b: [UInt8]) -> Bool { b.contains { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D } }
    for length in 0..<20 {
        for position in 0..<max(length, 1) {
            for value in UInt8(0)...0x21 {
                var b = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                if length > 0 { b[position] = value }
                if length > 3 { b[0] = 0x0A; b[length - 1] = 0xE4 }
                let fast = b.withUnsafeBytes { UTF8Scan.containsControlByte($0.baseAddress ?? UnsafeRawPointer(bitPattern: 1)!, count: $0.count) }
                #expect(fast == plain(b), "length \(length) position \(position) value \(value)")
            }
        }
    }
}
