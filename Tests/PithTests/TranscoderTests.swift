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
