import Foundation
import Testing
@testable import Pith

private let opening = "My laptop will not wake from sleep since the last update. The screen stays black and I have to hold the power button to restart it."
private let replies = [
    "Same problem here after the update. Turning off fast startup in the power settings fixed it for me, give it a try.",
    "It is a known driver bug; the vendor released a fixed graphics driver yesterday, so update that first.",
    "Thanks both, the new driver fixed it. Marking this as solved so others can find the answer quickly.",
]

private func threadMarkup(head: String = "") -> String {
    """
    <html><head>\(head)<title>Laptop will not wake from sleep</title></head><body>
    <nav><a href="/">Home</a> <a href="/latest">Latest</a></nav>
    <div class="story"><h1>Laptop will not wake from sleep</h1><p>\(opening)</p></div>
    <div class="comments">\(replies.map { "<div class=\"comment\"><a href=\"/u/x\">someone</a><p>\($0)</p></div>" }.joined())</div>
    <footer><a href="/about">About</a></footer></body></html>
    """
}

@Test func aThreadKeepsEveryPostInOrder() throws {
    var o = ExtractionOptions()
    o.recordRemoved = true
    let a = try Pith.extract(html: Data(threadMarkup().utf8), url: "https://forum.example.org/t/laptop-will-not-wake/1234", options: o)
    #expect(a.text.contains(opening))
    var last = a.text.startIndex
    for r in replies {
        let found = try #require(a.text.range(of: r), "lost a reply")
        #expect(found.lowerBound > last)
        last = found.lowerBound
    }
}

@Test func aThreadIsKnownByItsDeclarationToo() throws {
    let head = #"<script type="application/ld+json">{"@context":"https://schema.org","@type":"DiscussionForumPosting","headline":"Laptop will not wake from sleep"}</script>"#
    let a = try extract(threadMarkup(head: head))
    for r in replies { #expect(a.text.contains(r)) }
}

@Test func anArticlesCommentsStayOut() throws {
    // The same markup, with nothing saying it is a thread: the comments go.
    let a = try Pith.extract(html: Data(threadMarkup().utf8), url: "https://news.example.org/2024/05/laptop-sleep", options: .init())
    #expect(a.text.contains(opening))
    for r in replies { #expect(!a.text.contains(r)) }
}

@Test func threadAddresses() throws {
    let d = try KnowledgeBase.shared.get().pageKinds
    for u in ["https://community.example.com/some/page", "https://example.com/t/slug/123", "https://example.com/forums/threads/abc.55/",
              "https://example.com/viewtopic.php?t=1", "https://example.com/questions/12/how-to"] {
        #expect(d.isThreadAddress(u), "\(u)")
    }
    for u in ["https://example.com/2024/05/story", "https://example.com/topics-of-the-day", "https://tea.example.com/shop/t-shirts"] {
        #expect(!d.isThreadAddress(u), "\(u)")
    }
}

@Test func thePageKindIsReportedAndCanBeSet() throws {
    var o = ExtractionOptions()
    let thread = try Pith.extract(html: Data(threadMarkup().utf8), url: "https://forum.example.org/t/laptop/1234", options: o)
    #expect(thread.pageKind == .forum)
    #expect(thread.render(as: .json).contains("\"pageKind\":\"forum\""))
    let plain = try Pith.extract(html: Data(threadMarkup().utf8), url: "https://news.example.org/2024/05/laptop", options: o)
    #expect(plain.pageKind == .article)
    // The caller knows better: the same page read as a thread keeps the replies.
    o.pageKind = .forum
    let forced = try Pith.extract(html: Data(threadMarkup().utf8), url: "https://news.example.org/2024/05/laptop", options: o)
    #expect(forced.pageKind == .forum)
    for r in replies { #expect(forced.text.contains(r)) }
}

@Test func aThreadDropsThePostChromeItRepeatsButKeepsWhatPostsSay() throws {
    let posts = [opening] + replies + ["Thanks!", "Thanks!", "Thanks!"]
    let markup = """
        <html><head><title>Laptop will not wake from sleep</title></head><body>
        <div class="thread">\(posts.enumerated().map { n, p in
            "<div class=\"post\"><div class=\"userinfo\"><p>Posts: \(120 + n * 7)</p><p>Joined: Mar 20\(10 + n)</p></div><p>\(p)</p><div class=\"controls\"><p>Reply</p><p>Quote</p></div><p>\(n + 2)</p></div>"
        }.joined())</div></body></html>
        """
    let a = try Pith.extract(html: Data(markup.utf8), url: "https://forum.example.org/t/laptop-will-not-wake/1234")
    #expect(a.pageKind == .forum)
    for p in [opening] + replies { #expect(a.text.contains(p)) }
    // Short sentences that several posters write are posts, not chrome.
    #expect(a.paragraphs.filter { $0 == "Thanks!" }.count == 3)
    for chrome in ["Posts: 127", "Joined: Mar 2011", "Reply", "Quote"] { #expect(!a.paragraphs.contains(chrome), "kept \(chrome)") }
    #expect(!a.paragraphs.contains("4"))
    // Not on an article: a recipe's repeated short lines stay.
    let recipe = "<html><body><article><h1>Soup</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())<ul><li>1 cup water</li><li>2 cup water</li><li>3 cup water</li></ul></article></body></html>"
    #expect(try extract(recipe).text.contains("2 cup water"))
}

@Test func whenTheBodyIsNextToNothingTheCommentsAreTheBodyButNotBesideAStory() throws {
    // A question page: the question is a title, the answers are marked as comments.
    let answers = replies.map { "<div class=\"comment\"><p>\($0)</p></div>" }.joined()
    let qa = "<html><body><div class=\"question\"><h1>Laptop will not wake?</h1></div><div class=\"comments\">\(answers)</div></body></html>"
    let a = try extract(qa)
    for r in replies { #expect(a.text.contains(r)) }
    // Beside a story, comments stay out.
    let story = "<html><body><article><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</article><div class=\"comments\">\(answers)</div></body></html>"
    let b = try extract(story)
    for r in replies { #expect(!b.text.contains(r)) }
}

/// A Q&A page's remarks under the question or an answer (schema.org `Comment` items inside the
/// `Question` or `Answer` item) are not posts: they go. The question and the answers stay, and so
/// does a `Comment` item that stands on its own (a comment's own page), and with
/// `includeComments` the remarks too.
@Test func remarksUnderQuestionsAndAnswersGoButPostsStay() throws {
    let remark = "Could you post the exact model number and the driver version you are running right now?"
    let answer = replies[1]
    func item(_ type: String, _ inner: String) -> String {
        "<div itemscope itemtype=\"https://schema.org/\(type)\">\(inner)</div>"
    }
    let html = """
        <html><head><title>Laptop will not wake from sleep</title></head><body>
        <div itemscope itemtype="https://schema.org/QAPage"><h1>Laptop will not wake from sleep</h1>
        \(item("Question", "<div class=\"post-text\"><p>\(opening)</p></div>" + item("Comment", "<span>\(remark)</span> <a href=\"/u/1\">asker</a>")))
        \(item("Answer", "<div class=\"post-text\"><p>\(answer)</p><p>\(replies[0])</p></div>" + item("Comment", "<span>Worked for me as well, thanks a lot for the tip about the driver.</span>")))
        </div></body></html>
        """
    let a = try Pith.extract(html: Data(html.utf8), url: "https://qa.example.org/questions/12/laptop-sleep", options: .init())
    #expect(a.text.contains(opening))
    #expect(a.text.contains(answer))
    #expect(!a.text.contains(remark))
    #expect(!a.text.contains("Worked for me as well"))
    var o = ExtractionOptions()
    o.includeComments = true
    let b = try Pith.extract(html: Data(html.utf8), url: "https://qa.example.org/questions/12/laptop-sleep", options: o)
    #expect(b.text.contains(remark))
    // A comment's own page: the Comment item is the content.
    let single = "<html><body>" + item("Comment", proseEN.map { "<p>\($0)</p>" }.joined()) + "</body></html>"
    let c = try extract(single)
    for p in proseEN { #expect(c.text.contains(p)) }
}

/// On a thread, the poster's card and signature beside every post go; the same class words on an
/// article (a guide to e-mail signatures) mark its text, and stay.
@Test func postersCardsAndSignaturesLeaveAThreadButNotAnArticle() throws {
    let posts = [opening] + replies
    let html = """
        <html><head><title>Laptop will not wake from sleep</title></head><body>
        <div class="thread"><h1>Laptop will not wake from sleep</h1>
        \(posts.enumerated().map { n, p in
            "<div class=\"post\"><div class=\"userinfo\"><a href=\"/u/\(n)\">member\(n)</a><div>Senior Member · Posts: 1,20\(n)</div></div>"
            + "<div class=\"post-body\"><p>\(p)</p></div><div class=\"signature\">Running Debian testing on a ThinkPad since 2009, ask me about power management</div></div>"
        }.joined())
        </div></body></html>
        """
    let a = try Pith.extract(html: Data(html.utf8), url: "https://forum.example.org/t/laptop-will-not-wake/1234", options: .init())
    #expect(a.pageKind == .forum)
    for p in posts { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("ask me about power management"))
    #expect(!a.text.contains("Senior Member"))
    let guide = """
        <html><body><div class="story"><h1>How to write an e-mail signature</h1><p>\(proseEN[0])</p>
        <div class="signature"><p>A good signature gives your name, your role and one way to reach you, and nothing more than that.</p></div>
        <div class="userinfo"><p>Readers who sign with a quote should keep it short, since it is repeated under every message they send.</p></div>
        \(proseEN.dropFirst().map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let b = try Pith.extract(html: Data(guide.utf8), url: "https://news.example.org/2024/05/email-signatures", options: .init())
    #expect(b.text.contains("A good signature gives your name"))
    #expect(b.text.contains("Readers who sign with a quote"))
}
