/// The label → charset table, after the WHATWG Encoding Standard's label list
/// (https://encoding.spec.whatwg.org/#names-and-labels), restricted to the encodings Pith decodes.
enum CharsetLabels {
    static let table: [String: Charset] = {
        var t: [String: Charset] = [:]
        func add(_ c: Charset, _ labels: [String]) { for l in labels { t[l] = c } }
        add(.utf8, ["unicode-1-1-utf-8", "unicode11utf8", "unicode20utf8", "utf-8", "utf8", "x-unicode20utf8"])
        add(.utf16LE, ["csunicode", "iso-10646-ucs-2", "ucs-2", "unicode", "unicodefeff", "utf-16", "utf-16le"])
        add(.utf16BE, ["unicodefffe", "utf-16be"])
        add(.gb18030, ["chinese", "csgb2312", "csiso58gb231280", "gb2312", "gb_2312", "gb_2312-80", "gbk",
                       "iso-ir-58", "x-gbk", "gb18030", "cp936", "windows-936", "ms936", "euc-cn", "hz-gb-2312"])
        add(.big5, ["big5", "big5-hkscs", "cn-big5", "csbig5", "x-x-big5", "cp950", "ms950"])
        add(.shiftJIS, ["csshiftjis", "ms932", "ms_kanji", "shift-jis", "shift_jis", "sjis", "windows-31j",
                        "x-sjis", "cp932"])
        add(.eucJP, ["cseucpkdfmtjapanese", "euc-jp", "x-euc-jp"])
        add(.eucKR, ["cseuckr", "csksc56011987", "euc-kr", "iso-ir-149", "korean", "ks_c_5601-1987",
                     "ks_c_5601-1989", "ksc5601", "ksc_5601", "windows-949", "cp949", "uhc"])
        add(.windows1251, ["cp1251", "windows-1251", "x-cp1251"])
        add(.windows1252, ["ansi_x3.4-1968", "ascii", "cp1252", "cp819", "csisolatin1", "ibm819", "iso-8859-1",
                           "iso-ir-100", "iso8859-1", "iso88591", "iso_8859-1", "iso_8859-1:1987", "l1", "latin1",
                           "us-ascii", "windows-1252", "x-cp1252"])
        // Other single-byte charsets that still turn up on old pages.
        let singles: [(String, String, [String])] = [
            ("ISO-8859-2", "ISO-8859-2", ["iso-8859-2", "iso8859-2", "latin2", "l2", "csisolatin2", "iso_8859-2"]),
            ("ISO-8859-5", "ISO-8859-5", ["iso-8859-5", "iso8859-5", "cyrillic", "csisolatincyrillic", "iso_8859-5"]),
            ("ISO-8859-7", "ISO-8859-7", ["iso-8859-7", "iso8859-7", "greek", "greek8", "iso_8859-7"]),
            ("ISO-8859-15", "ISO-8859-15", ["iso-8859-15", "iso8859-15", "latin9", "l9", "iso_8859-15"]),
            ("KOI8-R", "KOI8-R", ["koi8-r", "koi8", "koi", "cskoi8r", "koi8_r"]),
            ("KOI8-U", "KOI8-U", ["koi8-u", "koi8-ru"]),
            ("windows-1250", "CP1250", ["windows-1250", "cp1250", "x-cp1250"]),
            ("windows-1253", "CP1253", ["windows-1253", "cp1253", "x-cp1253"]),
            ("windows-1254", "CP1254", ["windows-1254", "cp1254", "x-cp1254", "iso-8859-9", "latin5", "iso8859-9"]),
            ("windows-1255", "CP1255", ["windows-1255", "cp1255", "x-cp1255"]),
            ("windows-1256", "CP1256", ["windows-1256", "cp1256", "x-cp1256"]),
            ("windows-1257", "CP1257", ["windows-1257", "cp1257", "x-cp1257"]),
            ("windows-874", "CP874", ["windows-874", "tis-620", "iso-8859-11", "dos-874"]),
        ]
        for (name, iconv, labels) in singles {
            add(Charset(name: name, iconvName: iconv, isSingleByte: true), labels)
        }
        return t
    }()
}
