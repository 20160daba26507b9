import Testing
@testable import Pith

struct InputSnifferTests {
    @Test func controlBytesAreCountedAsOneByOne() {
        var state: UInt64 = 0x1234_5678_9ABC_DEF1
        for length in [0, 1, 7, 8, 9, 63, 64, 65, 1000] {
            for _ in 0..<20 {
                var bytes: [UInt8] = []
                for _ in 0..<length {
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    // Mostly text, now and then a control byte (tab, newline, escape or another).
                    let r = Int(state >> 33) % 100
                    bytes.append(r < 90 ? UInt8(0x20 + r) : [0x00, 0x09, 0x0A, 0x0C, 0x0D, 0x1B, 0x01, 0x1F, 0x7F, 0xE4][r - 90])
                }
                let naive = bytes.filter { $0 < 0x20 && ![0x09, 0x0A, 0x0D, 0x0C, 0x1B].contains($0) }.count
                #expect(bytes.withUnsafeBytes { InputSniffer.controlBytes($0) } == naive)
            }
        }
    }

    @Test func binaryIsRefusedTextAndHTMLAreTold() {
        #expect(Array("<html><body><p>x</p></body></html>".utf8).withUnsafeBytes { InputSniffer.kind(of: $0) } == .html)
        #expect(Array("Just a line of text.\nAnother one.".utf8).withUnsafeBytes { InputSniffer.kind(of: $0) } == .text)
        let noise = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
        #expect(noise.withUnsafeBytes { InputSniffer.kind(of: $0) } == .binary("binary data"))
    }
}
