import Testing
@testable import Pith

private let card = """
<span class="pop"><span><img src="p.jpg"><a href="/people/jane">Jane Doe</a>\
<a href="/a/1">Council approves the new budget after a long night of debate over parks</a> \
<a href="/a/2">Mayor Doe promises to revise the traffic plan for the river road</a> \
<a href="/people/jane">MORE</a></span></span>
"""

@Test func aHoverCardInsideASentenceIsDroppedAndTheNameStays() throws {
    let first = "The plan was presented by Mayor <span><a href=\"/people/jane\">Jane Doe</a>\(card)</span> at the town hall on Tuesday evening, before a full room."
    let a = try extract(page(paragraphs: [first] + proseEN))
    #expect(a.text.contains("presented by Mayor Jane Doe at the town hall on Tuesday evening"))
    #expect(!a.text.contains("Council approves the new budget"))
}

@Test func aSentenceLinkingSeveralNamesKeepsThem() throws {
    let s = "The report was written by <em><a href=\"/a\">Anna Smith</a>, <a href=\"/b\">Bob Jones</a> and <a href=\"/c\">Carla Brown</a></em> of the university's department of transport and planning."
    let a = try extract(page(paragraphs: [s] + proseEN))
    #expect(a.text.contains("Anna Smith, Bob Jones and Carla Brown"))
    // Three linked titles wrapped in one span: too little linked text to be a card.
    let t = "In a long letter to the council published on Friday, the mayor cited <span><a href=\"/x\">the 2019 annual report on city transport</a>, <a href=\"/y\">the parks review</a> and <a href=\"/z\">the river road study</a></span> as the main reasons for the change of plan, and asked residents for patience."
    let b = try extract(page(paragraphs: [t] + proseEN))
    #expect(b.text.contains("the 2019 annual report on city transport, the parks review and the river road study"))
}

@Test func aParagraphOfDeeplyNestedLinkedSpansIsReadInOnePass() throws {
    // 450 nested spans, each with a link (1,800 nodes, within the paragraph limit): every span
    // is a card candidate, and the statistics come from one bottom-up pass, not a scan each.
    let nested = String(repeating: "<span><a href=\"/x\">linked words here</a> ", count: 450)
        + String(repeating: "</span>", count: 450)
    let html = page(paragraphs: proseEN + ["The committee listed its sources in a long letter to the town: \(nested) and closed the meeting."])
    let a = try extract(html)
    // The card (the spans holding 90 % of the links) went as a widget: no block, kept or
    // dropped, still carries the whole list.
    let all = a.blocks.map(\.text) + a.removed.map(\.text)
    #expect(all.allSatisfy { $0.components(separatedBy: "linked words here").count < 60 })
    #expect(a.removed.contains { $0.reason == .widget || $0.text.hasPrefix("The committee") })
}
