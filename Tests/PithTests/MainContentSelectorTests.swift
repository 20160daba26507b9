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
