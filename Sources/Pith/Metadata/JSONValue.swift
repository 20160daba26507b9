import Foundation

/// A parsed JSON value, for the JSON-LD reader. Strict JSON (RFC 8259) is parsed here, on the
/// bytes, with no Foundation objects; what it refuses (trailing commas, a byte order mark…)
/// goes to Foundation's `JSONSerialization`, which is more lenient and about twenty times
/// slower, so every page reads exactly what `JSONSerialization` alone would give.
enum JSONValue: Sendable {
    case object([String: JSONValue])
    case array([JSONValue])
    case string(String)
    /// A number as written (turned into Foundation's reading only when asked for).
    case number(String)
    case bool(Bool)
    case null
    /// A number from `JSONSerialization`, as it read it.
    case foundationNumber(String)

    /// Parses `text` as JSON: strictly here, else through `JSONSerialization`; nil when neither
    /// reads it.
    static func parse(_ text: String) -> JSONValue? {
        if let v = strict(text) { return v }
        guard let any = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) else {
            return nil
        }
        return JSONValue(foundation: any)
    }

    /// Strict JSON only (nil for anything else).
    static func strict(_ text: String) -> JSONValue? {
        var copy = text
        return copy.withUTF8 { bytes -> JSONValue? in
            var p = StrictParser(b: bytes)
            return p.document()
        }
    }

    init?(foundation any: Any) {
        switch any {
        case let s as String: self = .string(s)
        case let n as NSNumber: self = .foundationNumber(n.stringValue)
        case is NSNull: self = .null
        case let a as [Any]: self = .array(a.compactMap { JSONValue(foundation: $0) })
        case let o as [String: Any]: self = .object(o.compactMapValues { JSONValue(foundation: $0) })
        default: return nil
        }
    }

    subscript(key: String) -> JSONValue? {
        if case .object(let o) = self { return o[key] }
        return nil
    }

    var stringValue: String? {
        if case .string(let s) = self { return s }
        return nil
    }

    /// What Foundation's `NSNumber.stringValue` gives for a number or a truth value (`true` is
    /// "1"), nil for anything else.
    var numberText: String? {
        switch self {
        case .foundationNumber(let s): return s
        case .bool(let b): return NSNumber(value: b).stringValue
        case .number(let literal):
            return (try? JSONSerialization.jsonObject(with: Data(literal.utf8), options: [.fragmentsAllowed]) as? NSNumber)?.stringValue
        default: return nil
        }
    }

    /// RFC 8259 JSON on UTF-8 bytes: one value, white space around it, nothing else. Any
    /// departure (or nesting deeper than 512) fails the whole parse.
    private struct StrictParser {
        let b: UnsafeBufferPointer<UInt8>
        var i = 0
        var depth = 0

        init(b: UnsafeBufferPointer<UInt8>) { self.b = b }

        mutating func document() -> JSONValue? {
            skipSpace()
            guard let v = value() else { return nil }
            skipSpace()
            return i == b.count ? v : nil
        }

        mutating func skipSpace() {
            while i < b.count, b[i] == 0x20 || b[i] == 0x0A || b[i] == 0x0D || b[i] == 0x09 { i += 1 }
        }

        mutating func value() -> JSONValue? {
            guard i < b.count else { return nil }
            switch b[i] {
            case UInt8(ascii: "{"): return object()
            case UInt8(ascii: "["): return array()
            case UInt8(ascii: "\""): return string().map { .string($0) }
            case UInt8(ascii: "t"): return literal("true") ? .bool(true) : nil
            case UInt8(ascii: "f"): return literal("false") ? .bool(false) : nil
            case UInt8(ascii: "n"): return literal("null") ? .null : nil
            default: return number()
            }
        }

        mutating func literal(_ word: StaticString) -> Bool {
            let n = word.utf8CodeUnitCount
            guard i + n <= b.count else { return false }
            for k in 0..<n where b[i + k] != word.utf8Start[k] { return false }
            i += n
            return true
        }

        mutating func object() -> JSONValue? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= 512 else { return nil }
            i += 1
            var members: [String: JSONValue] = [:]
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
            while true {
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: "\""), let key = string() else { return nil }
                skipSpace()
                guard i < b.count, b[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard let v = value() else { return nil }
                members[key] = v   // a repeated key: the last one counts, as in Foundation
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "}") { i += 1; return .object(members) }
                return nil
            }
        }

        mutating func array() -> JSONValue? {
            depth += 1
            defer { depth -= 1 }
            guard depth <= 512 else { return nil }
            i += 1
            var items: [JSONValue] = []
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
            while true {
                skipSpace()
                guard let v = value() else { return nil }
                items.append(v)
                skipSpace()
                guard i < b.count else { return nil }
                if b[i] == UInt8(ascii: ",") { i += 1; continue }
                if b[i] == UInt8(ascii: "]") { i += 1; return .array(items) }
                return nil
            }
        }

        /// A string at `i` (on its opening quote). Plain runs are copied whole; escapes are
        /// decoded; a raw control character, a bad escape or a lone surrogate fails.
        /// The index of the first quote, backslash or control byte at or after `from` (or the
        /// end), eight bytes at a time: a string's plain bytes are passed over in words.
        func special(from: Int) -> Int {
            var k = from
            let n = b.count
            if let base = b.baseAddress {
                let raw = UnsafeRawPointer(base)
                let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
                while k + 8 <= n {
                    let w = raw.loadUnaligned(fromByteOffset: k, as: UInt64.self)
                    // Bytes equal to `"` or `\`, and bytes under 0x20: the usual zero-byte test
                    // on `w ^ pattern`, and on `w` for "less than".
                    let quote = w ^ (ones &* 0x22), slash = w ^ (ones &* 0x5C)
                    let hits = ((quote &- ones) & ~quote | (slash &- ones) & ~slash | (w &- ones &* 0x20) & ~w) & highs
                    if hits != 0 { break }
                    k += 8
                }
            }
            while k < n {
                let c = b[k]
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { return k }
                k += 1
            }
            return n
        }

        mutating func string() -> String? {
            i += 1
            let start = i
            // Fast path: no escape.
            i = special(from: i)
            guard i < b.count else { return nil }
            if b[i] == UInt8(ascii: "\"") {
                let s = String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self)
                i += 1
                return s
            }
            if b[i] < 0x20 { return nil }
            var out = Array(UnsafeBufferPointer(rebasing: b[start..<i]))
            out.reserveCapacity(2 * out.count + 16)
            while i < b.count {
                // The plain run up to the next special byte, at once.
                let next = special(from: i)
                if next > i { out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<next])); i = next }
                guard i < b.count else { break }
                let c = b[i]
                if c == UInt8(ascii: "\"") {
                    i += 1
                    return String(decoding: out, as: UTF8.self)
                }
                if c < 0x20 { return nil }
                guard i + 1 < b.count else { return nil }
                let e = b[i + 1]
                i += 2
                switch e {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "u"):
                    guard var u = hex4() else { return nil }
                    if (0xD800...0xDBFF).contains(u) {
                        guard i + 1 < b.count, b[i] == UInt8(ascii: "\\"), b[i + 1] == UInt8(ascii: "u") else { return nil }
                        i += 2
                        guard let low = hex4(), (0xDC00...0xDFFF).contains(low) else { return nil }
                        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
                    } else if (0xDC00...0xDFFF).contains(u) {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(u) else { return nil }
                    out.append(contentsOf: UTF8.encode(scalar)!)
                default:
                    return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= b.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                let c = b[i]
                let d: UInt32
                switch c {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): d = UInt32(c - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): d = UInt32(c - UInt8(ascii: "a") + 10)
                case UInt8(ascii: "A")...UInt8(ascii: "F"): d = UInt32(c - UInt8(ascii: "A") + 10)
                default: return nil
                }
                v = v << 4 | d
                i += 1
            }
            return v
        }

        /// `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`, kept as written.
        mutating func number() -> JSONValue? {
            let start = i
            func digit(_ k: Int) -> Bool { k < b.count && b[k] >= UInt8(ascii: "0") && b[k] <= UInt8(ascii: "9") }
            if i < b.count, b[i] == UInt8(ascii: "-") { i += 1 }
            guard digit(i) else { return nil }
            if b[i] == UInt8(ascii: "0") { i += 1 } else { while digit(i) { i += 1 } }
            if i < b.count, b[i] == UInt8(ascii: ".") {
                i += 1
                guard digit(i) else { return nil }
                while digit(i) { i += 1 }
            }
            if i < b.count, b[i] == UInt8(ascii: "e") || b[i] == UInt8(ascii: "E") {
                i += 1
                if i < b.count, b[i] == UInt8(ascii: "+") || b[i] == UInt8(ascii: "-") { i += 1 }
                guard digit(i) else { return nil }
                while digit(i) { i += 1 }
            }
            return .number(String(decoding: UnsafeBufferPointer(rebasing: b[start..<i]), as: UTF8.self))
        }
    }
}
