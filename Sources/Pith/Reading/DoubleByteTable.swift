#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fast path for decoding double-byte CJK pages (GBK/GB18030, Big5): every two-byte code
/// looked up in a table instead of going through iconv one converter step at a time.
///
/// The table is not data copied from anywhere: it is built once, on first use, by asking glibc's
/// iconv for each two-byte code — so it decodes exactly as iconv does. Anything the table does
/// not hold (GB18030's four-byte sequences, an invalid or unmapped pair, a code that decodes to
/// more than one character) makes `decode` give up, and the page goes through iconv as before:
/// the result is the same either way, only faster for the pages that are plain double-byte text.
struct DoubleByteTable: Sendable {
    let leadRange: ClosedRange<UInt8>
    let trailRange: ClosedRange<UInt8>
    /// UTF-8 of code `(lead, trail)` at `entries[(lead - leadLow) * 256 + trail]`: up to three
    /// bytes, packed little-end first with the length in the top byte; 0 when not mapped.
    private let entries: [UInt32]

    /// GB18030 (the decoder for labels gb2312, gbk and gb18030).
    static let gb18030 = DoubleByteTable(iconvName: Charset.gb18030.iconvName, lead: 0x81...0xFE, trail: 0x40...0xFE)
    /// Big5 (iconv's BIG5-HKSCS, as `Charset.big5`).
    static let big5 = DoubleByteTable(iconvName: Charset.big5.iconvName, lead: 0x81...0xFE, trail: 0x40...0xFE)

    /// The table for a charset, if it has one.
    static func forCharset(_ c: Charset) -> DoubleByteTable? {
        switch c {
        case .gb18030: return gb18030
        case .big5: return big5
        default: return nil
        }
    }

    init(iconvName: String, lead: ClosedRange<UInt8>, trail: ClosedRange<UInt8>) {
        leadRange = lead
        trailRange = trail
        var table = [UInt32](repeating: 0, count: (Int(lead.upperBound) - Int(lead.lowerBound) + 1) * 256)
        let cd = iconv_open("UTF-8", iconvName)
        if cd != iconv_t(bitPattern: -1) {
            defer { iconv_close(cd) }
            var input: [CChar] = [0, 0]
            var output = [CChar](repeating: 0, count: 16)
            for l in lead {
                for t in trail {
                    input[0] = CChar(bitPattern: l)
                    input[1] = CChar(bitPattern: t)
                    iconv(cd, nil, nil, nil, nil)   // reset the converter's state
                    let produced: Int = input.withUnsafeMutableBufferPointer { inBuf in
                        output.withUnsafeMutableBufferPointer { outBuf in
                            var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                            var inLeft = 2
                            var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                            var outLeft = outBuf.count
                            let r = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                            return r == -1 || inLeft != 0 ? 0 : outBuf.count - outLeft
                        }
                    }
                    // Only codes that become one two- or three-byte UTF-8 character are kept.
                    guard produced == 2 || produced == 3 else { continue }
                    var packed = UInt32(produced) << 24
                    for k in 0..<produced { packed |= UInt32(UInt8(bitPattern: output[k])) << (8 * UInt32(k)) }
                    table[(Int(l) - Int(lead.lowerBound)) * 256 + Int(t)] = packed
                }
            }
        }
        entries = table
    }

    /// The bytes as UTF-8, or nil when anything in them is not a plain ASCII byte or a mapped
    /// two-byte code (the caller then decodes with iconv).
    func decode(_ bytes: UnsafeRawBufferPointer) -> [UInt8]? {
        guard let base = bytes.baseAddress else { return [] }
        let n = bytes.count
        let leadLow = Int(leadRange.lowerBound)
        var failed = false
        // Written straight into the result: two bytes become at most three, one stays one.
        let out = entries.withUnsafeBufferPointer { table in
            [UInt8](unsafeUninitializedCapacity: n + n / 2 + 1) { out, count in
                let o = out.baseAddress!
                var i = 0
                while i < n {
                    let run = UTF8Scan.skipASCII(base, from: i, count: n)
                    if run > i {
                        UnsafeMutableRawPointer(o + count).copyMemory(from: base + i, byteCount: run - i)
                        count += run - i
                    }
                    i = run
                    guard i < n else { break }
                    let lead = bytes[i]
                    guard leadRange.contains(lead), i + 1 < n, trailRange.contains(bytes[i + 1]) else { failed = true; return }
                    let packed = table[(Int(lead) - leadLow) * 256 + Int(bytes[i + 1])]
                    guard packed != 0 else { failed = true; return }
                    o[count] = UInt8(truncatingIfNeeded: packed)
                    o[count + 1] = UInt8(truncatingIfNeeded: packed >> 8)
                    if packed >> 24 == 3 {
                        o[count + 2] = UInt8(truncatingIfNeeded: packed >> 16)
                        count += 3
                    } else {
                        count += 2
                    }
                    i += 2
                }
            }
        }
        return failed ? nil : out
    }
}
