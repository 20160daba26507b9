/// Decides a page's charset before parsing, in the order browsers use:
/// byte-order mark; the caller's label (an HTTP `Content-Type`); `<meta>` in the first 1024 bytes
/// (WHATWG prescan); `<?xml encoding?>`; and — when nothing is declared or the declaration is
/// contradicted by the bytes — statistical sniffing.
///
/// "Contradicted" means: a UTF-8 label on bytes that are not UTF-8; a legacy label on bytes that
/// are valid, non-ASCII UTF-8; or a legacy label whose decoding is implausible while another
/// charset's is clearly better (a Big5 page labelled gb2312, GBK labelled iso-8859-1).
enum CharsetDetector {
    /// Where the decision came from.
    enum Source: String, Sendable, Codable {
        case byteOrderMark, caller, meta, sniffed, overridden
    }

    struct Decision: Sendable {
        var charset: Charset
        var source: Source
        /// Bytes of BOM to skip.
        var bomLength: Int = 0
    }

    /// Beyond the standard 1024 bytes, old pages often put `<meta>` after a long comment block.
    static let extendedPrescanLimit = 16 * 1024

    static func detect(_ bytes: UnsafeRawBufferPointer, callerLabel: String? = nil) -> Decision {
        if let bom = ByteOrderMark.detect(bytes) {
            return Decision(charset: bom.charset, source: .byteOrderMark, bomLength: bom.length)
        }
        var declared: (Charset, Source)?
        if let label = callerLabel, let c = Charset(label: label) {
            declared = (c, .caller)
        } else if let label = MetaCharsetPrescan.declaredLabel(in: bytes)
                    ?? MetaCharsetPrescan.declaredLabel(in: bytes, limit: extendedPrescanLimit),
                  var c = Charset(label: label) {
            // A <meta> cannot declare UTF-16: the bytes it was read from are ASCII-compatible.
            if c == .utf16LE || c == .utf16BE { c = .utf8 }
            declared = (c, .meta)
        }
        guard let (label, source) = declared else {
            return Decision(charset: CharsetSniffer.sniff(bytes).0, source: .sniffed)
        }
        if let actual = verify(label, against: bytes) {
            return Decision(charset: actual, source: .overridden)
        }
        return Decision(charset: label, source: source)
    }

    /// Nil when the declared charset fits the bytes; otherwise the charset the bytes are really in.
    static func verify(_ declared: Charset, against bytes: UnsafeRawBufferPointer) -> Charset? {
        guard let (sample, cut) = CharsetSniffer.sampleWindow(bytes, limit: 64 * 1024) else { return nil }
        let trimmed = CharsetSniffer.trimmedToCharacterBoundary(sample, cut: cut)
        let (good, bad, judgedHigh) = Transcoder.utf8Census(trimmed)
        let highBytes = judgedHigh + sample.count - trimmed.count   // trimming drops only high bytes
        let validUTF8 = Transcoder.isMostlyUTF8(good: good, bad: bad)
        if declared == .utf8 {
            return validUTF8 ? nil : CharsetSniffer.mostPlausibleLegacy(sample).0
        }
        if declared == .utf16LE || declared == .utf16BE { return nil }
        // Eight or more high bytes that happen to form (almost only) valid UTF-8 are not an accident.
        if validUTF8, highBytes >= 8 { return .utf8 }
        let declaredScore = CharsetSniffer.plausibility(of: CharsetSniffer.scoringWindow(sample), as: declared)
        if declaredScore >= 0.3 { return nil }
        let (best, bestScore) = CharsetSniffer.sniff(sample)
        if best != declared, bestScore >= 0.4, bestScore > declaredScore + 0.2 { return best }
        return nil
    }
}
