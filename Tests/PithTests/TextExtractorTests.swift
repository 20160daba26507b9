import Foundation
import Testing
@testable import Pith

@Test func flattenedNewsPageGivesItsBody() throws {
    let page = """
        Home
        World
        Sport
        Business
        Council approves new budget
        By Jane Doe | Published Oct 13, 2012 | 3 min read
        \(proseEN.joined(separator: "\n"))
        Share this article
        Related stories
        Park reopens after storm
        Copyright 2024 Example News. All rights reserved.
        """
    var o = ExtractionOptions()
    o.inputFormat = .text
    let a = try Pith.extract(html: Data(page.utf8), options: o)
    #expect(a.paragraphs == proseEN)
    #expect(a.title == "Council approves new budget")
    #expect(a.metadata.date == "2012-10-13")
}

@Test func flattenedForumThreadKeepsThePost() throws {
    let page = """
        Forum index › Gardening › Tomatoes
        Log in | Register
        Why are my tomato leaves turning yellow?
        Posted by greenthumb » 12 May 2021, 14:02
        My tomato plants were fine until last week. Now the lower leaves are turning yellow and dropping off, starting from the edges.
        I water them every morning and they get about six hours of sun. I have not changed the fertiliser since spring, so I am puzzled.
        Has anyone seen this before, and is it a disease or just too much water? Any advice would be welcome.
        Reply
        Quote
        Top
        Powered by phpBB
        """
    let a = try Pith.extract(html: Data(page.utf8))
    #expect(a.title == "Why are my tomato leaves turning yellow?")
    #expect(a.blocks.first?.kind == .heading)
    let paragraphs = a.blocks.filter { $0.kind == .paragraph }
    #expect(paragraphs.count == 3)
    #expect(paragraphs.first?.text.hasPrefix("My tomato plants") == true)
    for s in ["Powered by", "Forum index", "Log in", "Posted by", "Reply"] { #expect(!a.text.contains(s)) }
}

@Test func autoDetectsTextInput() throws {
    let a = try Pith.extract(html: Data((proseZH.joined(separator: "\n") + "\n回到顶部").utf8))
    #expect(a.paragraphs == proseZH)
}

@Test func bestRunFindsTheLargestSum() {
    #expect(BestRun.find([-1, 2, 3, -10, 4]) == 1..<3)
    #expect(BestRun.find([-1, -2]) == 0..<0)
}

@Test func menuLinesAreBoilerplateButProseWithSlashesIsNot() {
    func isMenu(_ s: String) -> Bool { MenuLine.isMenuLine(s, stats: TextStatistics(s)) }
    #expect(isMenu("Forum index › Gardening › Tomatoes"))
    #expect(isMenu("Log in | Register"))
    #expect(isMenu("首页 > 新闻中心 > 正文"))
    #expect(!isMenu("Revenue rose 5% in Q3 / Q4 compared to last year."))
    #expect(!isMenu("The committee, which meets monthly | and publishes its minutes online, agreed"))
    #expect(!isMenu("A plain line without separators"))
}

private func textArticle(_ lines: [String]) throws -> Article {
    var o = ExtractionOptions()
    o.inputFormat = .text
    return try Pith.extract(html: Data(lines.joined(separator: "\n").utf8), options: o)
}

@Test func aListOfHeadlinesBeforeTheStoryIsNotTheStory() throws {
    let headlines = [
        "Storm closes the coastal road for a second time",
        "New bakery in the square draws a queue around the block",
        "Is the county's library plan finally back on track?",
        "Five things to know about the new parking rules",
        "Most commented: the river road, the parks and the tax rate",
    ]
    let a = try textArticle(headlines + proseEN)
    #expect(a.paragraphs == proseEN)
}

@Test func aShortListInsideTheStoryAndAnOpeningSalutationStay() throws {
    let list = ["Parks and playgrounds", "School buildings", "The river road", "Street lighting on the east side"]
    let a = try textArticle(["Dear residents:"] + [proseEN[0], "The budget covers:"] + list + [proseEN[1], proseEN[2]])
    for item in list { #expect(a.text.contains(item)) }
    #expect(a.text.contains("Dear residents:"))
}
