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
                let fast = b.withUnsafeBufferPointer { PageScan($0).hasControlByte }
                #expect(fast == plain(b), "length \(length) position \(position) value \(value)")
            }
        }
    }
}

/// The census in C against a plain Swift walk of the same rules, over random bytes biased
/// towards UTF-8's lead and continuation bytes (every kind of broken sequence).
@Test func utf8CensusMatchesASwiftWalk() {
    func reference(_ b: [UInt8]) -> (Int, Int, Int) {
        b.withUnsafeBytes { raw -> (Int, Int, Int) in
            guard let base = raw.baseAddress else { return (0, 0, 0) }
            var multibyte = 0, errors = 0, high = 0, i = 0
            while i < b.count {
                if b[i] < 0x80 { i += 1; continue }
                let (length, valid) = UTF8Scan.sequence(base, at: i, count: b.count)
                if valid { multibyte += 1 } else { errors += 1 }
                high += length
                i += length
            }
            return (multibyte, errors, high)
        }
    }
    var rng = SystemRandomNumberGenerator()
    let alphabet: [UInt8] = [0x41, 0x20, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xE1, 0xED, 0xEE, 0xEF,
                             0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
    for _ in 0..<3000 {
        let b = (0..<Int.random(in: 0...40, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! }
        let c = b.withUnsafeBytes { Transcoder.utf8Census($0) }
        let r = reference(b)
        #expect(c.multibyte == r.0 && c.errors == r.1 && c.highBytes == r.2, "\(b)")
    }
    // Long ASCII runs around characters (the sixteen-byte skip).
    let text = Array((String(repeating: "plain ascii text ", count: 5) + "é中😀" + String(repeating: "x", count: 33) + "ü").utf8)
    let c = text.withUnsafeBytes { Transcoder.utf8Census($0) }
    let r = reference(text)
    #expect(c.multibyte == r.0 && c.errors == r.1 && c.highBytes == r.2)
}

@Test func pageFlagsAreFoundAtEveryPosition() {
    for length in 1..<40 {
        for position in 0..<length {
            var b = [UInt8](repeating: UInt8(ascii: "a"), count: length)
            b[position] = 0xF3
            #expect(!b.withUnsafeBufferPointer { PageScan($0).allowsTextTokens }, "length \(length) at \(position)")
            b[position] = 0x01
            #expect(b.withUnsafeBufferPointer { PageScan($0).hasControlByte }, "length \(length) at \(position)")
            b[position] = 0x0A
            #expect(!b.withUnsafeBufferPointer { PageScan($0).hasControlByte }, "length \(length) at \(position)")
        }
    }
}

@Test func pageFlagsAreFoundAcrossLongPages() {
    for position in [0, 15, 16, 17, 4079, 4094, 4095, 4096, 4097, 4111, 8190, 9997, 9998, 9999] {
        var b = [UInt8](repeating: UInt8(ascii: "a"), count: 10_000)
        b[position] = 0x02
        #expect(b.withUnsafeBufferPointer { PageScan($0).hasControlByte }, "control at \(position)")
        b[position] = 0xF3
        #expect(!b.withUnsafeBufferPointer { PageScan($0).allowsTextTokens }, "lead at \(position)")
        b[position] = UInt8(ascii: "a")
        if position + 2 < b.count {
            b[position] = UInt8(ascii: "_"); b[position + 1] = UInt8(ascii: "."); b[position + 2] = UInt8(ascii: "-")
            #expect(!b.withUnsafeBufferPointer { PageScan($0).allowsAttributeTokens }, "name at \(position)")
        }
    }
    let clean = [UInt8](repeating: UInt8(ascii: "\n"), count: 10_000)
    let scan = clean.withUnsafeBufferPointer { PageScan($0) }
    #expect(!scan.hasControlByte && scan.allowsTextTokens && scan.allowsAttributeTokens)
}

/// The character length read from a lead byte agrees with each scalar's UTF-8 length; a
/// continuation byte counts as one.
@Test func characterLengthFromTheLeadByte() {
    for text in ["a", "é", "中", "😀", "Ａ", "\u{7F}", "\u{80}", "\u{7FF}", "\u{800}", "\u{FFFF}", "\u{10000}", "\u{10FFFF}"] {
        let bytes = Array(text.utf8)
        #expect(UTF8Scan.characterLength(lead: bytes[0]) == bytes.count, "\(text)")
    }
    for continuation in UInt8(0x80)...UInt8(0xBF) { #expect(UTF8Scan.characterLength(lead: continuation) == 1) }
}
