import Foundation
import Testing
@testable import Pith

/// Byline names end at the first field, date or separator: the byte search on ASCII text must
/// cut where Foundation's case-insensitive search cuts.
@Test func bylineStopsCutWhereFoundationCuts() {
    let stops = ["|", "｜", "•", "·", " - ", " – ", " — ", "\n", " on ", " at ", " in ", ",", "，", " updated", " published",
                 "来源", "发布", "时间", "日期", "编辑", "责任", "浏览", "阅读"]
    func reference(_ s: String) -> String {
        var rest = s
        for stop in stops {
            if let r = rest.range(of: stop, options: .caseInsensitive) { rest = String(rest[..<r.lowerBound]) }
        }
        return rest
    }
    let samples = [
        "Jane Smith and John Doe | Oct 13, 2012", "JANE SMITH UPDATED 3 hours ago", "Jane Smith, Reuters",
        "Jane Smith On Monday", "Jane Smith - Staff Writer", "Jane Smith · 5 min read", "Jane Smith Published: today",
        "Jane Smith", "", "Jane Smith\nNext line", "Ján Šmíd | Praha", "张三 来源：新华网", "Jane Smith in London at noon",
        "Jane Smith INside", "Jane Smith — Editor", "José Álvarez, Madrid", "Jane\r\nSmith on air",
    ]
    for s in samples { #expect(Byline.cutAtFirstStop(s) == reference(s), "\(s)") }
    #expect(Byline.authors(in: "By Jane Smith and John Doe | Oct 13, 2012") == ["Jane Smith", "John Doe"])
}

/// Chinese bylines end at the first stop; a stop Foundation matches as a canonical equivalent
/// (U+0387 for `·`) still cuts, though its bytes differ.
@Test func chineseBylinesEndAtTheirStops() {
    #expect(Byline.authors(in: "作者：张三 来源：新华网") == ["张三"])
    #expect(Byline.authors(in: "文/李四｜编辑：王五") == ["李四"])
    #expect(Byline.authors(in: "作者：赵六\u{0387}新华社") == ["赵六"])
    #expect(Byline.authors(in: "作者：钱七") == ["钱七"])
    #expect(Byline.authors(in: "没有作者的一行") == [])
    #expect(Byline.authors(in: "Written BY Jane Smith") == ["Jane Smith"])
}
