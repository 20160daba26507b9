import Foundation
import Testing
@testable import Pith

@Test func emptyAndBlankInputAreErrors() {
    #expect(throws: PithError.emptyInput) { try Pith.extract(html: Data()) }
    #expect(throws: PithError.emptyInput) { try Pith.extract(html: Data("  \n\t ".utf8)) }
}

@Test func binaryInputIsRefused() {
    let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
    #expect(throws: PithError.notHTML("a PNG image")) { try Pith.extract(html: Data(png)) }
    #expect(throws: PithError.notHTML("a PDF document")) { try Pith.extract(html: Data("%PDF-1.7\n...".utf8)) }
    #expect(throws: PithError.notHTML("gzip data")) { try Pith.extract(html: Data([0x1F, 0x8B, 8, 0, 0, 0])) }
    let noise = Data((0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7) % 32 })
    #expect(throws: PithError.notHTML("binary data")) { try Pith.extract(html: noise) }
}

@Test func markupWithoutTextIsAnError() {
    #expect(throws: PithError.noText) { try Pith.extract(html: Data("<html><body><div></div></body></html>".utf8)) }
}

@Test func nulBytesAndTruncatedSequencesDoNotStopExtraction() throws {
    var bytes = Array(page(paragraphs: proseEN).utf8)
    bytes.insert(0, at: bytes.count / 2)
    bytes += [0xE4, 0xB8]
    let a = try Pith.extract(html: Data(bytes))
    #expect(a.text.contains(proseEN[0]))
}

@Test func deepNestingIsHandled() throws {
    let depth = 10_000
    let html = "<html><body>" + String(repeating: "<div>", count: depth) + proseEN[0]
        + String(repeating: "</div>", count: depth) + "</body></html>"
    let a = try Pith.extract(html: Data(html.utf8))
    #expect(a.text.contains("city council"))
}

@Test func inputOverTheLimitIsRefused() {
    var o = ExtractionOptions()
    o.maxInputBytes = 100
    #expect(throws: PithError.inputTooLarge(bytes: 200, limit: 100)) {
        try Pith.extract(html: Data(repeating: 0x61, count: 200), options: o)
    }
}

@Test func tooManyNodesIsRefused() {
    var o = ExtractionOptions()
    o.maxNodes = 50
    let html = "<html><body>" + String(repeating: "<p>x</p>", count: 100) + "</body></html>"
    #expect(throws: PithError.tooManyNodes(limit: 50)) { try Pith.extract(html: Data(html.utf8), options: o) }
}

@Test func unclosedTagsAndEntityFloodsAreReadBestEffort() throws {
    let html = "<html><body>" + String(repeating: "<b><i><span>", count: 2000) + proseEN[0]
        + String(repeating: "&amp;", count: 10_000) + " &#99999999; &#0;</body>"
    let a = try Pith.extract(html: Data(html.utf8))
    #expect(a.text.contains("city council"))
}
