#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes in a given charset to UTF-8 with glibc's iconv.
///
/// Undecodable bytes become U+FFFD and decoding goes on: unlike libxml2's own iconv use,
/// one bad byte never truncates the rest of the page.
enum Transcoder {
    struct Decoded {
        var utf8: [UInt8]
        /// How many byte sequences could not be decoded.
        var errors: Int
        /// How many characters were decoded (for error rates).
        var characters: Int
    }

    private static let replacement: [UInt8] = [0xEF, 0xBF, 0xBD]

    /// Decodes `bytes` (charset `charset`) into UTF-8 bytes.
    static func decode(_ bytes: UnsafeRawBufferPointer, from charset: Charset) -> Decoded? {
        if charset == .utf8 { return repairUTF8(bytes) }
        guard let cd = openConverter(charset.iconvName) else { return nil }
        defer { iconv_close(cd) }
        var out = [UInt8]()
        out.reserveCapacity(bytes.count + bytes.count / 2 + 16)
        var errors = 0
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        guard let base = bytes.baseAddress else { return Decoded(utf8: [], errors: 0, characters: 0) }
        var inPtr = UnsafeMutablePointer(mutating: base.assumingMemoryBound(to: CChar.self))
        var inLeft = bytes.count
        while inLeft > 0 {
            let result: Int = chunk.withUnsafeMutableBytes { raw in
                var outPtr: UnsafeMutablePointer<CChar>? = raw.baseAddress!.assumingMemoryBound(to: CChar.self)
                var outLeft = raw.count
                var inOpt: UnsafeMutablePointer<CChar>? = inPtr
                let r = iconv(cd, &inOpt, &inLeft, &outPtr, &outLeft)
                let produced = raw.count - outLeft
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[0..<produced]))
                inPtr = inOpt!
                return r
            }
            if result != -1 { break }
            switch errno {
            case E2BIG:
                continue
            case EILSEQ:
                errors += 1
                out.append(contentsOf: replacement)
                inPtr += 1; inLeft -= 1
            default: // EINVAL: incomplete sequence at the end
                errors += 1
                out.append(contentsOf: replacement)
                inLeft = 0
            }
        }
        return Decoded(utf8: out, errors: errors, characters: countScalars(out))
    }

    /// Decodes at most `limit` bytes, cut at a line boundary — enough for sniffing.
    static func decodeSample(_ bytes: UnsafeRawBufferPointer, from charset: Charset, limit: Int) -> Decoded? {
        guard bytes.count > limit else { return decode(bytes, from: charset) }
        var cut = limit
        while cut > limit - 512, cut > 0, bytes[cut - 1] != 0x0A { cut -= 1 }
        if cut <= limit - 512 { cut = limit }
        return decode(UnsafeRawBufferPointer(rebasing: bytes[0..<cut]), from: charset)
    }

    /// Counts well-formed multi-byte UTF-8 sequences and ill-formed ones.
    static func utf8Census(_ bytes: UnsafeRawBufferPointer) -> (multibyte: Int, errors: Int) {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        var multibyte = 0, errors = 0
        while true {
            switch decoder.decode(&it) {
            case .scalarValue(let s): if s.value > 0x7F { multibyte += 1 }
            case .emptyInput: return (multibyte, errors)
            case .error: errors += 1
            }
        }
    }

    /// True when the bytes are UTF-8 with at most a stray broken sequence: at least 20 well-formed
    /// multi-byte characters and fewer than one bad sequence per hundred (pages cut mid-character
    /// or with one pasted fragment are still UTF-8).
    static func isMostlyUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let (good, bad) = utf8Census(bytes)
        return bad == 0 ? true : good >= 20 && bad * 100 < good
    }

    /// True when the bytes are well-formed UTF-8.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var it = bytes.makeIterator()
        var decoder = UTF8()
        while true {
            switch decoder.decode(&it) {
            case .scalarValue: continue
            case .emptyInput: return true
            case .error: return false
            }
        }
    }

    /// Copies UTF-8, replacing ill-formed sequences with U+FFFD.
    private static func repairUTF8(_ bytes: UnsafeRawBufferPointer) -> Decoded {
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        var errors = 0, chars = 0
        let n = bytes.count
        var i = 0
        while i < n {
            // Runs of ASCII are copied as they are.
            let runStart = i
            while i < n, bytes[i] < 0x80 { i += 1 }
            if i > runStart {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[runStart..<i]))
                chars += i - runStart
                if i == n { break }
            }
            let b = bytes[i]
            let length: Int, low: UInt8, high: UInt8   // allowed range of the second byte
            switch b {
            case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
            case 0xE0: length = 3; low = 0xA0; high = 0xBF
            case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
            case 0xED: length = 3; low = 0x80; high = 0x9F
            case 0xF0: length = 4; low = 0x90; high = 0xBF
            case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
            case 0xF4: length = 4; low = 0x80; high = 0x8F
            default: length = 0; low = 0; high = 0
            }
            var valid = length > 0 && i + length <= n
            if valid {
                let second = bytes[i + 1]
                valid = second >= low && second <= high
                var k = 2
                while valid && k < length { valid = bytes[i + k] & 0xC0 == 0x80; k += 1 }
            }
            chars += 1
            if valid {
                out.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[i..<i + length]))
                i += length
            } else {
                // One replacement per maximal ill-formed prefix, as the standard decoder does.
                errors += 1
                out.append(contentsOf: replacement)
                var k = 1
                if length > 0 && i + 1 < n {
                    let second = bytes[i + 1]
                    if second >= low && second <= high {
                        k = 2
                        while k < length && i + k < n && bytes[i + k] & 0xC0 == 0x80 { k += 1 }
                    }
                }
                i += k
            }
        }
        return Decoded(utf8: out, errors: errors, characters: chars)
    }

    private static func countScalars(_ utf8: [UInt8]) -> Int {
        var n = 0
        for b in utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private static func openConverter(_ name: String) -> iconv_t? {
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        return cd
    }
}
