import Foundation
import Testing
@testable import Pith

@Test func jsonCarriesTheDocumentedFields() throws {
    var o = ExtractionOptions()
    o.recordRemoved = true
    let a = try Pith.extract(html: try fixture("seed/wenmi-gbk-labelled-gb2312.html"), options: o)
    let json = a.render(as: .json)
    let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
    #expect(object["title"] as? String == "在全市基层组织建设年活动现场推进会上的讲话")
    #expect(object["charset"] as? String == "GB18030")
    #expect(object["isTruncated"] as? Bool == true)
    #expect(object["date"] as? String == "2012-10-13")
    #expect((object["paragraphs"] as? [[String: Any]])?.first?["kind"] as? String == "paragraph")
    #expect((object["removed"] as? [[String: Any]])?.isEmpty == false)
    #expect(object["text"] as? String == a.text)
}

@Test func jsonEscapesControlCharacters() {
    var out = ""
    JSONWriter.escape("a\"b\\c\nd\u{1}", into: &out)
    #expect(out == "\"a\\\"b\\\\c\\nd\\u0001\"")
    // Line and paragraph separators are escaped; other characters, tabs and CR as JSON wants.
    var more = ""
    JSONWriter.escape("x\u{2028}y\u{2029}z\t\r\u{1F}é漢😀\u{2027}", into: &more)
    #expect(more == "\"x\\u2028y\\u2029z\\t\\r\\u001fé漢😀\u{2027}\"")
    // Whatever is escaped, the result parses back to the same string.
    let samples = ["", "plain", "\"\"", "\\", "a\u{0}b", "\u{7F}\u{80}\u{FFFF}", "end\u{2028}"]
    for sample in samples {
        var json = ""
        JSONWriter.escape(sample, into: &json)
        let back = try? JSONSerialization.jsonObject(with: Data(("[" + json + "]").utf8)) as? [String]
        #expect(back == [sample], "\(sample.debugDescription)")
    }
}
