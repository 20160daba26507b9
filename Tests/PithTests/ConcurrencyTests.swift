import Foundation
import Testing
@testable import Pith

@Test func extractionFromManyTasksAtOnceGivesTheSameResult() async throws {
    let pages = try ["seed/wenmi-gbk-labelled-gb2312.html", "seed/fanwen-utf8-br.html", "charset/big5-labelled.html",
                     "charset/shift_jis-unlabelled.html"].map { try fixture($0) }
    let expected = try pages.map { try Pith.extract(html: $0).text }
    try await withThrowingTaskGroup(of: (Int, String).self) { group in
        for round in 0..<64 {
            let i = round % pages.count
            let data = pages[i]
            group.addTask { (i, try Pith.extract(html: data).text) }
        }
        for try await (i, text) in group { #expect(text == expected[i]) }
    }
}
