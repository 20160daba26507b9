import Foundation
import Testing
@testable import Pith

struct CharsetCase: Decodable, CustomTestStringConvertible, Sendable {
    let file: String
    let charset: String
    let contains: [String]
    var replacements: Int? = nil
    var testDescription: String { file }
}

let charsetCases: [CharsetCase] = {
    let data = (try? fixture("charset/expected.json")) ?? Data("[]".utf8)
    return (try? JSONDecoder().decode([CharsetCase].self, from: data)) ?? []
}()

@Test func charsetFixturesArePresent() {
    #expect(charsetCases.count >= 15)
}

@Test(arguments: charsetCases)
func detectsCharsetAndDecodesWholePage(_ c: CharsetCase) throws {
    let article = try Pith.extract(html: try fixture("charset/" + c.file))
    #expect(article.charset == c.charset)
    let text = article.text
    for s in c.contains { #expect(text.contains(s), "missing: \(s)") }
    #expect(text.unicodeScalars.filter { $0 == "\u{FFFD}" }.count == (c.replacements ?? 0))
}

@Test func labelsMapLikeBrowsers() {
    #expect(Charset(label: "gb2312") == .gb18030)
    #expect(Charset(label: " GBK ") == .gb18030)
    #expect(Charset(label: "iso-8859-1") == .windows1252)
    #expect(Charset(label: "x-sjis") == .shiftJIS)
    #expect(Charset(label: "ks_c_5601-1987") == .eucKR)
    #expect(Charset(label: "\"utf-8\"") == .utf8)
    #expect(Charset(label: "no-such-charset") == nil)
}

@Test func callerLabelComesBeforeMeta() throws {
    let html = Data("<meta charset=\"windows-1251\"><p>plain ascii text here.</p>".utf8)
    let d = html.withUnsafeBytes { CharsetDetector.detect($0, callerLabel: "utf-8") }
    #expect(d.charset == .utf8)
    #expect(d.source == .caller)
}

@Test func byteOrderMarkBeatsEveryLabel() throws {
    let html = Data([0xEF, 0xBB, 0xBF] + Array("<meta charset=gbk><p>x</p>".utf8))
    let d = html.withUnsafeBytes { CharsetDetector.detect($0, callerLabel: "big5") }
    #expect(d.charset == .utf8)
    #expect(d.bomLength == 3)
}

@Test func optionCharsetOverridesDetection() throws {
    var o = ExtractionOptions()
    o.charset = "windows-1252"
    let article = try Pith.extract(html: try fixture("charset/utf8-unlabelled.html"), options: o)
    #expect(article.charset == "windows-1252")
    #expect(article.text.contains("cafÃ©"))   // decoded as asked, even though it is mojibake
}

@Test func unknownOptionCharsetIsAnError() {
    var o = ExtractionOptions()
    o.charset = "klingon-8"
    #expect(throws: PithError.unknownCharset("klingon-8")) {
        try Pith.extract(html: Data("<p>hello</p>".utf8), options: o)
    }
}

/// A page whose first 100 KB are ASCII scripts, then its text in `charset`.
private func lateTextPage(_ body: String, label: String?, encoding: String.Encoding) -> Data {
    let script = "<script>var config = {" + String(repeating: "\"key\": \"value\", ", count: 6_500) + "};</script>"
    let meta = label.map { "<meta charset=\"\($0)\">" } ?? ""
    var data = Data("<html><head>\(meta)<title>Caf\u{E9}s</title>\(script)</head><body><div>".utf8.map { $0 < 0x80 ? $0 : 0x3F })
    let paragraph = "<p>The caf\u{E9} on the corner \u{2014} \u{201C}our na\u{EF}ve favourite\u{201D} \u{2014} reopened on Monday after a long winter, and the queue went round the block.</p>"
    data.append(String(repeating: paragraph, count: 4).data(using: encoding)!)
    data.append(Data("</div></body></html>".utf8))
    return data
}

@Test func charsetIsJudgedWhereTheNonASCIITextIsNotOnTheASCIIHead() throws {
    let utf8 = try Pith.extract(html: lateTextPage("", label: nil, encoding: .utf8))
    #expect(utf8.charset == "UTF-8")
    #expect(utf8.text.contains("The caf\u{E9} on the corner \u{2014} \u{201C}our na\u{EF}ve favourite\u{201D}"))
    // A page mislabelled windows-1252 whose text is UTF-8 past the head: the bytes win.
    let lying = try Pith.extract(html: lateTextPage("", label: "windows-1252", encoding: .utf8))
    #expect(lying.charset == "UTF-8")
    // Real windows-1252 text after the same head stays windows-1252.
    let legacy = try Pith.extract(html: lateTextPage("", label: nil, encoding: .windowsCP1252))
    #expect(legacy.charset == "windows-1252")
    #expect(legacy.text.contains("The caf\u{E9} on the corner \u{2014} \u{201C}our na\u{EF}ve favourite\u{201D}"))
}

/// The sniffer stops at the first perfect score, which is only right if no score goes above 1.
@Test func noPlausibilityScoreExceedsOne() throws {
    for name in try FileManager.default.contentsOfDirectory(atPath: fixturesDirectory.appendingPathComponent("charset").path)
    where name.hasSuffix(".html") {
        let data = try fixture("charset/" + name)
        data.withUnsafeBytes { raw in
            for c in CharsetSniffer.candidates + [.eucJP] {
                #expect(CharsetSniffer.plausibility(of: raw, as: c) <= 1, "\(name) as \(c)")
            }
        }
    }
}
