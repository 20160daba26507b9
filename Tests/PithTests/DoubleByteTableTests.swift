import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Pith

/// The table path must decode exactly as iconv does, and hand back anything it does not hold.
struct DoubleByteTableTests {
    /// iconv alone, as `Transcoder` decodes without the table.
    static func iconvDecode(_ bytes: [UInt8], _ name: String) -> [UInt8] {
        let cd = iconv_open("UTF-8", name)
        defer { iconv_close(cd) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int = input.withUnsafeMutableBufferPointer { i in
            output.withUnsafeMutableBufferPointer { o in
                var ip: UnsafeMutablePointer<CChar>? = i.baseAddress, il = i.count
                var op: UnsafeMutablePointer<CChar>? = o.baseAddress, ol = o.count
                _ = iconv(cd, &ip, &il, &op, &ol)
                return o.count - ol
            }
        }
        return output[0..<produced].map { UInt8(bitPattern: $0) }
    }

    @Test(arguments: ["charset/gbk-labelled-gb2312.html", "charset/gbk-unlabelled.html",
                      "charset/gbk-meta-after-long-comment.html", "seed/wenmi-gbk-labelled-gb2312.html"])
    func gbkPagesDecodeAsIconvDoes(path: String) throws {
        let bytes = Array(try fixture(path))
        let table = try #require(bytes.withUnsafeBytes { DoubleByteTable.gb18030.decode($0) })
        #expect(table == Self.iconvDecode(bytes, "GB18030"))
        #expect(String(decoding: table, as: UTF8.self).contains("的"))
    }

    @Test(arguments: ["charset/big5-labelled.html", "charset/big5-unlabelled.html"])
    func big5PagesDecodeAsIconvDoesOrGoBack(path: String) throws {
        let bytes = Array(try fixture(path))
        if let table = bytes.withUnsafeBytes({ DoubleByteTable.big5.decode($0) }) {
            #expect(table == Self.iconvDecode(bytes, "BIG5-HKSCS"))
        }
        // Whichever path it took, the transcoder's result is iconv's.
        let decoded = try #require(bytes.withUnsafeBytes { Transcoder.decode($0, from: .big5) })
        #expect(decoded.utf8 == Self.iconvDecode(bytes, "BIG5-HKSCS"))
    }

    @Test func everyTwoByteCodeAgreesWithIconv() {
        // Each code on its own, between ASCII letters: the table either knows it and decodes it
        // as iconv does, or gives the text back to iconv.
        var known = 0
        for lead in 0x81...0xFE {
            for trail in 0x40...0xFE {
                let bytes: [UInt8] = [0x61, UInt8(lead), UInt8(trail), 0x62]
                guard let table = bytes.withUnsafeBytes({ DoubleByteTable.gb18030.decode($0) }) else { continue }
                known += 1
                #expect(table == Self.iconvDecode(bytes, "GB18030"), "code \(lead) \(trail)")
            }
        }
        #expect(known > 20_000)   // GBK's two-byte codes
    }

    @Test func fourByteSequencesAndBadBytesGoBackToIconv() {
        // "中" then GB18030's four-byte form of U+00A5 (81 30 84 36), then "文".
        let fourByte: [UInt8] = [0xD6, 0xD0, 0x81, 0x30, 0x84, 0x36, 0xCE, 0xC4]
        #expect(fourByte.withUnsafeBytes { DoubleByteTable.gb18030.decode($0) } == nil)
        let decoded = fourByte.withUnsafeBytes { Transcoder.decode($0, from: .gb18030) }
        #expect(decoded.map { String(decoding: $0.utf8, as: UTF8.self) } == "中\u{A5}文")
        // A lone lead byte at the end: iconv reports it, and the replacement character stands in.
        let cut: [UInt8] = [0xD6, 0xD0, 0xCE]
        #expect(cut.withUnsafeBytes { DoubleByteTable.gb18030.decode($0) } == nil)
        let repaired = cut.withUnsafeBytes { Transcoder.decode($0, from: .gb18030) }
        #expect(repaired.map { String(decoding: $0.utf8, as: UTF8.self) } == "中\u{FFFD}")
        #expect(repaired?.errors == 1)
    }
}
