/// Stand-ins for what libxml2 need not read character by character: runs of text and the
/// attributes Pith reads on an element. The stripper (`InertContentStripper`) writes a short
/// token in their place and notes where the original bytes lie; the tree builder
/// (`LibXMLTreeReader`) puts those bytes back. libxml2 still reads every tag and decides the
/// tree's shape; it no longer decodes a news page's ten thousand characters of text and
/// fifteen thousand of class names one at a time.
///
/// - A text token is two characters from Unicode's unassigned plane 12, U+C0000 + the index's
///   high 12 bits and U+C0000 + its low 12 bits (eight bytes). It is used only on pages with no
///   character of planes 12 to 15 written out (no 0xF3 byte); one made by a character reference
///   (`&#xC0000;`) comes in a text event of its own, as one character, and a token never does
///   (see `InertContentStripper`).
/// - An attribute token is one attribute with no value, named `_.-` + the index's last base-36
///   digit, used only on pages where `_.-` appears nowhere. The builder takes the sets in
///   order (libxml2 reports start tags in order, and the stripper gives none to the tags it may
///   drop: a second `<html>`, `<head>` or `<body>`); the digit checks the order, and a page
///   where it does not hold is parsed again without tokens (`Mismatch`). One name per digit
///   keeps libxml2's name dictionary small: a name per tag made it grow page after page.
struct ParseTokens: Sendable {
    /// The bytes the tokens point into: the page before the strip.
    var source: [UInt8] = []
    /// Text token `k` stands for `source[texts[k]]`.
    var texts: [Range<Int32>] = []
    /// Attribute token `k` stands for `attributes[attributeSets[k]]`.
    var attributeSets: [Range<Int32>] = []
    /// A read attribute: which one, and where its value lies in `source` (empty when it has none).
    var attributes: [(bit: HTMLVocabulary.AttributeMask, value: Range<Int32>)] = []

    /// The most tokens of either kind on one page (the text token's 24 bits).
    static let maxTokens = 1 << 24
    static let textLead: UInt8 = 0xF3
    static let textTokenLength = 8

    /// Appends the text token for index `k`.
    static func appendTextToken(_ k: Int, to out: inout [UInt8]) {
        let high = k >> 12, low = k & 0xFFF
        out.append(textLead); out.append(0x80); out.append(0x80 | UInt8(high >> 6)); out.append(0x80 | UInt8(high & 0x3F))
        out.append(textLead); out.append(0x80); out.append(0x80 | UInt8(low >> 6)); out.append(0x80 | UInt8(low & 0x3F))
    }

    /// The index of the text token at `text[at...]`, or nil when none starts there.
    @inline(__always)
    static func textToken(in text: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
        guard i + textTokenLength <= text.count, text[i] == textLead, text[i + 1] == 0x80,
              text[i + 4] == textLead, text[i + 5] == 0x80 else { return nil }
        let high = Int(text[i + 2] & 0x3F) << 6 | Int(text[i + 3] & 0x3F)
        let low = Int(text[i + 6] & 0x3F) << 6 | Int(text[i + 7] & 0x3F)
        return high << 12 | low
    }

    /// The name of attribute token `k`: `_.-` and `k`'s last base-36 digit.
    static func appendAttributeToken(_ k: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "_")); out.append(UInt8(ascii: ".")); out.append(UInt8(ascii: "-"))
        let r = k % 36
        out.append(r < 10 ? UInt8(ascii: "0") + UInt8(r) : UInt8(ascii: "a") + UInt8(r - 10))
    }

    /// The digit (0–35) of the attribute token named by the NUL-terminated `name`, or nil when
    /// it is not one.
    static func attributeToken(named name: UnsafePointer<UInt8>) -> Int? {
        guard name[0] == UInt8(ascii: "_"), name[1] == UInt8(ascii: "."), name[2] == UInt8(ascii: "-"),
              name[3] != 0, name[4] == 0 else { return nil }
        let b = name[3]
        if b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") { return Int(b - UInt8(ascii: "0")) }
        if b >= UInt8(ascii: "a") && b <= UInt8(ascii: "z") { return Int(b - UInt8(ascii: "a")) + 10 }
        return nil
    }

    /// The attribute sets did not come back in order: the page is parsed again without tokens.
    struct Mismatch: Error {}

}
