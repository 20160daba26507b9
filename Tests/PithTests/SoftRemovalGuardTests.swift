import Testing
@testable import Pith

@Test func hintIsIgnoredWhenItWouldTakeTheBody() throws {
    // A class name that matches a hint ("comments") on the element that holds the whole story.
    let html = """
        <html><body><div class="topnav"><a href="/">Home</a> <a href="/a">A</a></div>
        <div class="post no-comments">\(proseEN.map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func hintStillAppliesToSmallRegions() throws {
    let html = """
        <html><body><div class="post">\(proseEN.map { "<p>\($0)</p>" }.joined())</div>
        <div class="comments"><p>First! This comment is long enough to look like prose to the scorer.</p></div></body></html>
        """
    #expect(!(try extract(html).text.contains("First!")))
}
