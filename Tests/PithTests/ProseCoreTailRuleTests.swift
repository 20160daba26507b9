import Foundation
import Testing
@testable import Pith

private let story = [
    "The city council met on Tuesday evening to discuss the new budget, which includes more money for parks and schools across the district.",
    "Several residents spoke during the public comment period, raising concerns about traffic on the main road near the river and the old bridge.",
    "The mayor said the plan would be revised after further consultation with neighbourhood groups over the coming months, before a final vote.",
    "Council members agreed to publish the revised figures in June, and to hold two more public meetings in the libraries of the northern wards.",
    "A final vote on the budget is expected before the end of the summer, after the figures have been checked by the city's independent auditor.",
]

private func page(after: String, before: String = "") -> String {
    """
    <html><body><div class="page"><h1>Council debates the budget</h1>\(before)
    <div class="story-body">\(story.map { "<p>\($0)</p>" }.joined())</div>
    \(after)</div></body></html>
    """
}

/// Short blocks after the region the story's prose is in (an author line, a call to act) go.
@Test func theBodyEndsWhereItsProseEnds() throws {
    let tail = "<div class=\"after\"><p>Jane Smith covers city hall</p><p>Get our morning briefing</p></div>"
    let a = try extract(page(after: tail))
    for p in story { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("Jane Smith covers city hall"))
    #expect(!a.text.contains("morning briefing"))
}

/// What comes before the core stays (a standfirst), and a tail too large to be an appendage
/// (a schedule of short lines holding a fifth of the body's words or more) stays with the body.
@Test func aStandfirstAndALongSecondSectionStay() throws {
    let standfirst = "<p class=\"dek\">Money for parks and schools</p>"
    let dates = ["June 3", "June 10", "June 17", "June 24", "July 1", "July 8", "July 15", "August 19"]
    let schedule = "<div class=\"box\"><h2>What happens next</h2><ul>"
        + dates.map { "<li>\($0) public meeting in the northern library</li>" }.joined() + "</ul></div>"
    let a = try extract(page(after: schedule, before: standfirst))
    for p in story { #expect(a.text.contains(p)) }
    #expect(a.text.contains("Money for parks and schools"))
    #expect(a.text.contains("August 19 public meeting in the northern library"))
}

@Test func proseLinesAreLongAndEndLikeSentences() {
    #expect(ProseCoreTailRule.isProse(TextBlock(text: story[0], kind: .paragraph, element: 0, linkCharacters: 0)))
    #expect(!ProseCoreTailRule.isProse(TextBlock(text: "Get our morning briefing", kind: .paragraph, element: 0, linkCharacters: 0)))
    #expect(!ProseCoreTailRule.isProse(TextBlock(text: String(story[0].dropLast()) + " and more", kind: .paragraph, element: 0, linkCharacters: 0)))
    let zh = "市议会周二晚上开会讨论新的预算，其中包括为全区的公园和学校增加更多的资金。"
    #expect(ProseCoreTailRule.isProse(TextBlock(text: zh, kind: .paragraph, element: 0, linkCharacters: 0)))
}
