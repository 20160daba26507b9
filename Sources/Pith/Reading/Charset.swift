/// A character encoding, named the way browsers name it (WHATWG Encoding Standard).
///
/// ```swift
/// let gbk = Charset(label: "gb2312")   // decodes as GB18030, like a browser
/// print(gbk?.name ?? "")              // "GB18030"
/// ```
public struct Charset: Sendable, Hashable, CustomStringConvertible {
    /// The canonical name reported to users (`"UTF-8"`, `"GB18030"`, `"Big5"`, `"windows-1251"`…).
    public let name: String
    /// The name glibc's iconv knows the decoder by.
    let iconvName: String
    /// True for encodings with one byte per character.
    let isSingleByte: Bool

    init(name: String, iconvName: String, isSingleByte: Bool) {
        self.name = name
        self.iconvName = iconvName
        self.isSingleByte = isSingleByte
    }

    /// The charset a label such as `"gb2312"`, `"x-sjis"` or `"latin1"` stands for, or nil if unknown.
    /// Labels map the way browsers map them: gb2312 and gbk decode as GB18030, iso-8859-1 and
    /// us-ascii as windows-1252, shift_jis as windows-31J, euc-kr as windows-949.
    public init?(label: String) {
        let key = label.trimmingASCIIWhitespaceAndQuotes().lowercased()
        guard let found = CharsetLabels.table[key] else { return nil }
        self = found
    }

    public var description: String { name }

    public static let utf8 = Charset(name: "UTF-8", iconvName: "UTF-8", isSingleByte: false)
    public static let utf16LE = Charset(name: "UTF-16LE", iconvName: "UTF-16LE", isSingleByte: false)
    public static let utf16BE = Charset(name: "UTF-16BE", iconvName: "UTF-16BE", isSingleByte: false)
    public static let gb18030 = Charset(name: "GB18030", iconvName: "GB18030", isSingleByte: false)
    public static let big5 = Charset(name: "Big5", iconvName: "BIG5-HKSCS", isSingleByte: false)
    public static let shiftJIS = Charset(name: "Shift_JIS", iconvName: "CP932", isSingleByte: false)
    public static let eucJP = Charset(name: "EUC-JP", iconvName: "EUC-JP", isSingleByte: false)
    public static let eucKR = Charset(name: "EUC-KR", iconvName: "CP949", isSingleByte: false)
    public static let windows1251 = Charset(name: "windows-1251", iconvName: "CP1251", isSingleByte: true)
    public static let windows1252 = Charset(name: "windows-1252", iconvName: "CP1252", isSingleByte: true)
}

extension String {
    func trimmingASCIIWhitespaceAndQuotes() -> String {
        var scalars = Substring(self)
        let junk: Set<Character> = [" ", "\t", "\n", "\r", "\u{0C}", "\"", "'"]
        while let f = scalars.first, junk.contains(f) { scalars = scalars.dropFirst() }
        while let l = scalars.last, junk.contains(l) { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
