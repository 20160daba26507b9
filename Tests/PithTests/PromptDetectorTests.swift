import Testing
@testable import Pith

private let consent = String(repeating: "We and our partners use cookies and similar technologies to store and access information on your device, to personalise content and ads and to analyse our traffic. ", count: 8)

@Test func aConsentDialogIsNeverTheBodyHoweverLong() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <div role="dialog" aria-label="Privacy"><p>\(consent)</p><p>Accept all. Reject all.</p></div>
        """))
    #expect(!a.text.contains("our partners use cookies"))
    for p in proseEN { #expect(a.text.contains(p)) }
    #expect(a.removed.contains { $0.reason == .modal })
}

@Test func signUpAndLoginFormsAreNeverTheBody() throws {
    let pitch = "Sign up today and get fifteen percent off your first order. I consent to the processing of my email address for marketing, as described in the privacy policy."
    let a = try extract(page(paragraphs: proseEN, after: """
        <form action="/subscribe"><p>\(pitch)</p><input type="email" name="e"><button>Join</button></form>
        <form action="/login"><p>The feature you requested is only available to members. Please sign in with your account to continue reading.</p>
        <input type="text" name="u"><input type="password" name="p"></form>
        """))
    #expect(!a.text.contains("fifteen percent"))
    #expect(!a.text.contains("only available to members"))
    for p in proseEN { #expect(a.text.contains(p)) }
    let reasons = Set(a.removed.map(\.reason))
    #expect(reasons.contains(.newsletter) && reasons.contains(.loginWall))
}

@Test func aPageOfOnlyAPromptGivesNoPromptAsItsBody() throws {
    let html = """
        <html><body><div class="box"><form><p>The feature you requested is only available to members of the club. Please sign in to continue, or create an account in two minutes.</p>
        <input type="email"><input type="password"></form></div></body></html>
        """
    let a = try extract(html)
    #expect(!a.text.contains("only available to members"))
}

@Test func aFormWrappingTheWholePageIsNoPrompt() throws {
    // ASP.NET pages put everything, a sign-in box included, inside one <form>.
    let long = (proseEN + proseEN.map { $0 + " This was repeated for length." }).map { "<p>\($0)</p>" }.joined()
    let html = """
        <html><body><form name="aspnetForm" method="post"><div class="login">Sign in <input type="password"></div>
        <div class="story"><h1>A day in the city</h1>\(long)</div></form></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func anAlertLaidOverAFeedIsNotItsBody() throws {
    // A feed of link-only teasers and one message over it: the message is no body.
    let feed = (1...3).map { "<div><a href=\"/p\($0)\">Post number \($0) of the feed</a></div>" }.joined()
    let html = """
        <html><body>\(feed)<div role="alert"><p>To make this site work, we log user data. By using it, you agree to our Privacy Policy, including the cookie policy.</p></div></body></html>
        """
    let a = try extract(html)
    #expect(!a.text.contains("we log user data"))
}

@Test func aFormInAModalBoxIsAPromptButAModalBoxWithoutAFormIsNot() throws {
    let reasons = (1...2).map { "Reason \($0): the post breaks the forum's rules on advertising, personal attacks or copied content, and should be looked at by a moderator soon." }
    let report = "<div class=\"ui modal small report\"><form class=\"ui form\"><p>Report this post</p>\(reasons.map { "<p>\($0)</p>" }.joined())<textarea name=\"why\"></textarea><button>Send</button></form></div>"
    let a = try extract("<html><body><div class=\"post\"><h1>Fixing npm errors</h1><p>\(proseEN[0])</p></div>\(report)</body></html>")
    #expect(a.text.contains(proseEN[0]))
    #expect(!a.text.contains("Reason 2"))
    // A box classed "modal" with no form in it (a lightbox holding the story) is no prompt.
    let b = try extract("<html><body><div class=\"modal\"><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</div></body></html>")
    for p in proseEN { #expect(b.text.contains(p)) }
    // Nor is "modal" inside another class word.
    #expect(PromptDetectorProbe.modalAncestorFound("<div class=\"modal-open page\"><form><input type=\"text\"></form></div>") == false)
    #expect(PromptDetectorProbe.modalAncestorFound("<div class=\"ui Modal\"><form><input type=\"text\"></form></div>") == true)
}

enum PromptDetectorProbe {
    static func modalAncestorFound(_ body: String) -> Bool {
        let html = "<html><body>\(body)</body></html>"
        guard let tree = try? LibXMLTreeReader.parse(utf8: Array(html.utf8), maxNodes: 10_000, maxDepth: 256),
              let form = (0..<tree.count).first(where: { tree.nodes[$0].kind == .element && tree.name(of: $0) == "form" }) else { return false }
        return PromptDetector.modalAncestor(tree, of: form) != nil
    }
}

@Test func aLayerAppendedAfterThePageFooterIsNotTheBodyButAPageAfterAnEarlyFooterIs() throws {
    let consent = (1...4).map { "Paragraph \($0) of the notice: we and our partners store and read information on your device, and process personal data for measurement, advertising and the development of our services." }
    let menu = (1...12).map { "<li><a href=\"/s/\($0)\">Section \($0)</a></li>" }.joined()
    let page = """
        <html><body><nav><ul>\(menu)</ul></nav><div class="story"><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</div>
        <footer><ul>\(menu)\(menu)\(menu)</ul><p>© 2024 City News</p></footer>
        <div class="x7f3a"><h3>We value your privacy</h3>\(consent.map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(page)
    #expect(a.text.contains(proseEN[0]))
    #expect(!a.text.contains("Paragraph 3 of the notice"))
    // A layout that writes its footer first: the page after it is the page.
    let early = """
        <html><body><footer><p>© 2024 City News</p></footer>
        <div class="story"><h1>A day in the city</h1>\((proseEN + proseEN.map { $0 + " More." }).map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    for p in proseEN { #expect(try extract(early).text.contains(p)) }
}
