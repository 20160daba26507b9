import Foundation
import Testing
@testable import Pith

/// Paragraphs of about 320 characters, distinct.
private let longParagraphs = (1...4).map { i in
    "Paragraph \(i) of the guide: the renovation of an old house starts with a survey of its walls, its roof and its wiring, "
        + "and every owner who has done one says the same thing, that the budget should hold a reserve for the surprises found "
        + "behind the plaster, since no survey sees everything, and number \(i) of them was the worst of all."
}

/// A page that renders a section twice (a desktop and a mobile copy) gives it once.
@Test func aSectionRenderedTwiceIsGivenOnce() throws {
    let section = longParagraphs.prefix(3).map { "<p>\($0)</p>" }.joined()
    let html = "<html><body><article><h1>Renovating an old house</h1><div class=\"desktop\">\(section)</div>"
        + "<p>\(longParagraphs[3])</p><div class=\"mobile\">\(section)</div></article></body></html>"
    let a = try extract(html) { $0.recordRemoved = true }
    for p in longParagraphs { #expect(a.text.components(separatedBy: p).count - 1 == 1) }
    #expect(a.removed.filter { $0.reason == .duplicateCopy }.count == 3)
}

/// Near misses: a pull quote repeats one sentence; a plan repeats its short lines every day;
/// two long paragraphs alone are no section.
@Test func repeatedLinesThatAreNotACopiedSectionStay() throws {
    let quote = longParagraphs[0]
    let pull = "<html><body><article><h1>Renovating an old house</h1>" + longParagraphs.map { "<p>\($0)</p>" }.joined()
        + "<blockquote><p>\(quote)</p></blockquote><p>\(proseEN[0])</p></article></body></html>"
    let a = try Pith.extract(string: pull)
    #expect(a.text.components(separatedBy: quote).count - 1 == 2)

    let day = ["Meal 1", "Eat every 2–3 hours", "1 scoop of oats, 1 cup of strawberries and 8 oz. of unsweetened almond milk",
               "Portion containers: 1 purple, 1 red, 1 yellow, 1 teaspoon"]
    let days = (1...3).map { d in "<h2>Day \(d)</h2><p>\(proseEN[d % proseEN.count])</p><ul>" + day.map { "<li>\($0)</li>" }.joined() + "</ul>" }
    let plan = try Pith.extract(string: "<html><body><article><h1>A week of meals</h1>\(days.joined())</article></body></html>")
    #expect(plan.text.components(separatedBy: day[2]).count - 1 == 3)

    let two = longParagraphs.prefix(2).map { "<p>\($0)</p>" }.joined()
    let twice = try Pith.extract(string: "<html><body><article><h1>Renovating an old house</h1><div>\(two)</div><p>\(longParagraphs[3])</p><div>\(two)</div></article></body></html>")
    #expect(twice.text.components(separatedBy: longParagraphs[0]).count - 1 == 2)
}
