import CPithScan
import Foundation
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
        if let table = DoubleByteTable.forCharset(charset), let out = table.decode(bytes) {
            return Decoded(utf8: out, errors: 0, characters: countScalars(out))
        }
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
                Self.append(UnsafeRawBufferPointer(rebasing: raw[0..<produced]), to: &out)
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

    /// Counts well-formed multi-byte UTF-8 sequences, ill-formed ones, and bytes ≥ 0x80.
    static func utf8Census(_ bytes: UnsafeRawBufferPointer) -> (multibyte: Int, errors: Int, highBytes: Int) {
        guard let base = bytes.baseAddress else { return (0, 0, 0) }
        var c = pith_utf8_census()
        pith_census_utf8(base.assumingMemoryBound(to: UInt8.self), bytes.count, &c)
        return (c.multibyte, c.errors, c.high)
    }

    /// True when the bytes are UTF-8 with at most a stray broken sequence: at least 20 well-formed
    /// multi-byte characters and fewer than one bad sequence per hundred (pages cut mid-character
    /// or with one pasted fragment are still UTF-8).
    static func isMostlyUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        let (good, bad, _) = utf8Census(bytes)
        return isMostlyUTF8(good: good, bad: bad)
    }

    /// The same rule on counts already taken (`utf8Census`).
    static func isMostlyUTF8(good: Int, bad: Int) -> Bool {
        bad == 0 ? true : good >= 20 && bad * 100 < good
    }

    /// True when the bytes are well-formed UTF-8.
    static func isValidUTF8(_ bytes: UnsafeRawBufferPointer) -> Bool {
        utf8Census(bytes).errors == 0
    }

    /// Copies UTF-8, replacing ill-formed sequences with U+FFFD.
    private static func repairUTF8(_ bytes: UnsafeRawBufferPointer) -> Decoded {
        guard let base = bytes.baseAddress else { return Decoded(utf8: [], errors: 0, characters: 0) }
        let n = bytes.count
        // Most pages are well formed: counted in C, then copied whole.
        let census = utf8Census(bytes)
        if census.errors == 0 {
            return Decoded(utf8: [UInt8](bytes), errors: 0, characters: n - census.highBytes + census.multibyte)
        }
        var out = [UInt8]()
        out.reserveCapacity(n)
        var errors = 0, multibyte = 0, high = 0
        // Well-formed input is copied in runs: only an ill-formed sequence ends a run.
        var copied = 0
        var i = UTF8Scan.skipASCII(base, from: 0, count: n)
        while i < n {
            let (length, valid) = UTF8Scan.sequence(base, at: i, count: n)
            if valid {
                multibyte += 1
            } else {
                // One replacement per maximal ill-formed prefix, as the standard decoder does.
                errors += 1
                Self.append(UnsafeRawBufferPointer(rebasing: bytes[copied..<i]), to: &out)
                out.append(contentsOf: replacement)
                copied = i + length
            }
            high += length
            i = UTF8Scan.skipASCII(base, from: i + length, count: n)
        }
        Self.append(UnsafeRawBufferPointer(rebasing: bytes[copied..<n]), to: &out)
        // Characters: every ASCII byte, plus one per multi-byte sequence or replacement.
        return Decoded(utf8: out, errors: errors, characters: n - high + multibyte + errors)
    }

    /// Appends raw bytes as one copy (an append of raw bytes goes byte by byte).
    private static func append(_ raw: UnsafeRawBufferPointer, to out: inout [UInt8]) {
        raw.withMemoryRebound(to: UInt8.self) { out.append(contentsOf: $0) }
    }

    private static func countScalars(_ utf8: [UInt8]) -> Int {
        var n = 0
        for b in utf8 where b & 0xC0 != 0x80 { n += 1 }
        return n
    }

    private static func openConverter(_ name: String) -> iconv_t? {
        ConverterPins.pin(name)
        let cd = iconv_open("UTF-8", name)
        if cd == iconv_t(bitPattern: -1) { return nil }
        return cd
    }
}

/// glibc loads a charset's converter module when a converter is opened and unloads it when the
/// last one is closed: opening and closing one per page (and the sniffer tries several charsets
/// on a page) cost a `dlopen` and a `dlclose` each time — 4 % of a run over Chinese pages. One
/// converter per charset is opened the first time and never used or closed, so the module stays
/// loaded; the converters that do the work are still opened per call, one per thread.
enum ConverterPins {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var pinned: Set<String> = []

    static func pin(_ name: String) {
        lock.lock()
        defer { lock.unlock() }
        guard !pinned.contains(name) else { return }
        pinned.insert(name)
        _ = iconv_open("UTF-8", name)   // kept open on purpose (a failure is simply not pinned)
    }
}

/// The two steps of reading UTF-8 fast: skipping ASCII eight bytes at a time, and reading one
/// multi-byte sequence (or the maximal ill-formed prefix that stands for one bad character).
enum UTF8Scan {
    /// The length of the UTF-8 character that `lead` starts (1 for ASCII, and for a stray
    /// continuation byte), from a table of nibbles indexed by its high four bits: C–D two
    /// bytes, E three, F four. No branch: text that mixes scripts defeats a branch's guess.
    @inline(__always)
    static func characterLength(lead: UInt8) -> Int {
        Int(truncatingIfNeeded: (0x4322_1111_1111_1111 as UInt64) >> (UInt64(lead >> 4) << 2) & 0xF)
    }

    /// The scalar whose UTF-8 starts at `i` (well-formed, as a string's is), and its length in
    /// bytes; a lone lead byte at the end reads as itself.
    @inline(__always)
    static func scalar(_ b: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let c = UInt32(b[i]), n = b.count
        if c >= 0xF0, i + 3 < n {
            return ((c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), 4)
        }
        if c >= 0xE0, i + 2 < n { return ((c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), 3) }
        if c >= 0xC0, i + 1 < n { return ((c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), 2) }
        return (c, 1)
    }

    /// Calls `body` with each scalar value of well-formed UTF-8 (a decoder's output).
    @inline(__always)
    static func forEachScalar(_ utf8: [UInt8], _ body: (UInt32) -> Void) {
        utf8.withUnsafeBufferPointer { b in
            var i = 0
            while i < b.count {
                let (v, length) = scalar(b, at: i)
                body(v)
                i += length
            }
        }
    }

    /// Index of the first byte ≥ 0x80 at or after `start` (or `count`).
    @inline(__always)
    static func skipASCII(_ base: UnsafeRawPointer, from start: Int, count n: Int) -> Int {
        var i = start
        #if _endian(little)
        while i + 8 <= n {
            let high = base.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080
            if high != 0 { return i + high.trailingZeroBitCount / 8 }
            i += 8
        }
        #endif
        while i < n && base.load(fromByteOffset: i, as: UInt8.self) < 0x80 { i += 1 }
        return i
    }

    /// Index of the first byte below 0x20 (a control byte, or tab, newline, CR) at or after
    /// `start` (or `count`): words of eight bytes with none are passed over at once.
    @inline(__always)
    static func skipAboveControl(_ base: UnsafeRawPointer, from start: Int, count n: Int) -> Int {
        var i = start
        while i + 8 <= n {
            let w = base.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            if (w &- 0x2020_2020_2020_2020) & ~w & 0x8080_8080_8080_8080 != 0 { break }
            i += 8
        }
        while i < n && base.load(fromByteOffset: i, as: UInt8.self) >= 0x20 { i += 1 }
        return i
    }

    /// The sequence starting at `i` (a byte ≥ 0x80): its length and whether it is well formed.
    /// An ill-formed one is as long as its maximal prefix that could still have been valid.
    @inline(__always)
    static func sequence(_ base: UnsafeRawPointer, at i: Int, count n: Int) -> (Int, Bool) {
        let b = base.load(fromByteOffset: i, as: UInt8.self)
        let length: Int, low: UInt8, high: UInt8   // allowed range of the second byte
        switch b {
        case 0xC2...0xDF: length = 2; low = 0x80; high = 0xBF
        case 0xE0: length = 3; low = 0xA0; high = 0xBF
        case 0xE1...0xEC, 0xEE...0xEF: length = 3; low = 0x80; high = 0xBF
        case 0xED: length = 3; low = 0x80; high = 0x9F
        case 0xF0: length = 4; low = 0x90; high = 0xBF
        case 0xF1...0xF3: length = 4; low = 0x80; high = 0xBF
        case 0xF4: length = 4; low = 0x80; high = 0x8F
        default: return (1, false)
        }
        guard i + 1 < n else { return (1, false) }
        let second = base.load(fromByteOffset: i + 1, as: UInt8.self)
        guard second >= low && second <= high else { return (1, false) }
        var k = 2
        while k < length {
            guard i + k < n, base.load(fromByteOffset: i + k, as: UInt8.self) & 0xC0 == 0x80 else { return (k, false) }
            k += 1
        }
        return (length, true)
    }
}
