import Testing
@testable import Pith

@Test func choosesTheDenseRegionOverLinkListsAndTeasers() throws {
    let teasers = (1...12).map { "<li><a href=\"/s/\($0)\">Other headline number \($0) about something else</a></li>" }.joined()
    let html = """
        <html><body><div id="wrap"><div class="col-a"><ul>\(teasers)</ul></div>
        <div class="col-b"><h1>Budget</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</div></div></body></html>
        """
    let a = try extract(html)
    #expect(!a.text.contains("Other headline"))
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func keepsABodySplitAcrossSiblingBlocks() throws {
    let html = """
        <html><body><div class="story"><div class="part">\(proseEN[0])</div><div class="part">\(proseEN[1])</div>
        <div class="part"><p>\(proseEN[2])</p></div></div></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func readsBrSeparatedTextAndTextDirectlyInCells() throws {
    let html = """
        <html><body><table><tr><td><a href="/">Home</a></td></tr><tr><td>\(proseZH[0])<br>\(proseZH[1])<br><br>\(proseZH[2])</td></tr></table></body></html>
        """
    let a = try extract(html)
    #expect(a.paragraphs == proseZH)
}

@Test func bodyInALayoutCellFullOfLinkListsBeatsALongLegalNotice() throws {
    // Old table layout: the article shares its cell with long lists of links further down;
    // a long copyright notice sits alone in its own table at the bottom.
    let links = (1...20).map { "<a href=\"/n/\($0)\">[新闻] 第\($0)条其他新闻的标题在这里显示出来</a><br>" }.joined()
    let notice = String(repeating: "本网站所有内容均由合作方根据协议提供，未经许可不得转载、摘编或以其他方式使用，违者必究。", count: 2)
    let html = """
        <html><body><table><tr><td>\(proseZH.map { "<p>\($0)</p>" }.joined())<div>\(links)</div></td></tr></table>
        <table><tr><td><p>\(notice)</p></td></tr></table></body></html>
        """
    let a = try extract(html)
    for p in proseZH { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("本网站所有内容"))
}

@Test func bodyRunDoesNotSpillIntoTeasersWithExcerpts() throws {
    // After the story: a tag list, a "More from us" section whose cards carry long excerpts,
    // then a long site menu. The best run would reach into the cards; the best subtree is the story.
    let tags = (1...8).map { "<a href=\"/t/\($0)\">Topic \($0)</a>" }.joined(separator: " ")
    let cards = (1...3).map {
        "<div class=\"card\"><h3><a href=\"/o/\($0)\">Opinion headline number \($0) about the state of things</a></h3><p>An opinion piece number \($0) with a long excerpt that goes on and on about politics, economics and culture in general terms, as such excerpts do.</p></div>"
    }.joined()
    let menu = (1...30).map { "<li><a href=\"/m/\($0)\">Site section number \($0)</a></li>" }.joined()
    let html = """
        <html><body><div class="main"><div class="story">\(proseEN.map { "<p>\($0)</p>" }.joined())</div>
        <div class="tags">\(tags)</div><div class="more"><h2>More from us</h2>\(cards)</div><ul>\(menu)</ul></div></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("An opinion piece"))
}
