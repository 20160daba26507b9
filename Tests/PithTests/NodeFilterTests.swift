import Testing
@testable import Pith

@Test func dropsScriptsStylesFormsAndHiddenElements() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <script>var tracking = "do not show";</script><style>.x{color:red}</style>
        <div hidden>hidden attribute text that is long enough to count as prose, really.</div>
        <div aria-hidden="true">aria hidden text that is long enough to count as prose, truly.</div>
        <p style="display: none">display none text that is long enough to count as prose, surely.</p>
        <p style="visibility:hidden">visibility hidden text long enough to count as prose, indeed.</p>
        <form><input value="search"><button>Go</button><select><option>One option</option></select></form>
        """))
    for s in ["do not show", "color:red", "hidden attribute", "aria hidden", "display none", "visibility hidden", "One option"] {
        #expect(!a.text.contains(s), "kept \(s)")
    }
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func keepsVisibleTextThatMentionsHiding() throws {
    let p = "The style guide says display:none hides an element, and the hidden attribute does the same, as this article explains."
    let a = try extract(page(paragraphs: proseEN + [p]))
    #expect(a.text.contains(p))
}

@Test func dropsNavigationHeaderFooterAsideByStructure() throws {
    let html = """
        <html><body><header><p>Site slogan: the best news in the whole wide world, every day.</p></header>
        <nav><p>Sections: World, Sport, Business, Culture, Science, Travel, Weather and more.</p></nav>
        <article>\(proseEN.map { "<p>\($0)</p>" }.joined())</article>
        <aside><p>Sidebar note: subscribe to our weekly digest for the best stories of the week.</p></aside>
        <footer><p>Made with care by the newsroom team in the old building on the hill.</p></footer></body></html>
        """
    let a = try extract(html)
    for s in ["Site slogan", "Sections:", "Sidebar note", "Made with care"] { #expect(!a.text.contains(s)) }
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func dropsElementsByClassHints() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <div class="share-bar">Share this with your friends on every network you use today.</div>
        <div id="comments"><p>Great article, thanks for writing it, I learned a lot from it today.</p></div>
        <div class="related-posts"><p>Another story you may like about the same council and its budget plans.</p></div>
        <div class="backToTop">Back to top of the page, where the headline and the menu are.</div>
        """))
    for s in ["Share this", "Great article", "Another story", "Back to top"] { #expect(!a.text.contains(s)) }
}

@Test func classHintTokensAreWholeWords() throws {
    // "shareholders" and "navigator" are not "share" and "nav".
    let a = try extract(page(paragraphs: proseEN, after: """
        <div class="shareholders-report"><p>Shareholders approved the merger by a wide margin at the annual meeting.</p></div>
        <div class="navigator"><p>The navigator plotted a course through the storm, saving the ship and its crew.</p></div>
        """))
    #expect(a.text.contains("Shareholders approved"))
    #expect(a.text.contains("The navigator plotted"))
}

@Test func commentsKeptWhenAsked() throws {
    let html = page(paragraphs: proseEN, after: """
        <div class="comments"><p>Great article, thanks for writing it, I learned a lot from it today.</p></div>
        """)
    #expect(!(try extract(html).text.contains("Great article")))
    #expect(try extract(html) { $0.includeComments = true }.text.contains("Great article"))
}

@Test func tokenizesClassNames() {
    #expect(ClassIDHints.tokens("share-bar articleBody") == ["share", "bar", "sharebar", "article", "body", "articlebody"])
    #expect(ClassIDHints.tokens("nav") == ["nav"])
}

@Test func dropsFigureCaptionsAndPhotoCredits() throws {
    let a = try extract(page(paragraphs: proseEN, before: "", after: """
        <figure><img src="x.jpg"><figcaption>The council chamber on Tuesday evening, packed with residents.</figcaption></figure>
        <div class="photo-credit">Photo: Jane Doe, Example News agency photographer</div>
        """))
    #expect(!a.text.contains("council chamber on Tuesday"))
    #expect(!a.text.contains("Photo: Jane Doe"))
    #expect(a.removed.contains { $0.reason == .caption })
}

@Test func keepsProseThatTalksAboutCaptions() throws {
    let p = "The caption under the photo was wrong, the editor admitted, and the credit went to the wrong photographer as well."
    let a = try extract(page(paragraphs: proseEN + [p]))
    #expect(a.text.contains(p))
}

@Test func anEditLinkInAHeadingGoesButAHintedWordInAParagraphStays() throws {
    let html = page(paragraphs: proseEN + ["<b>placeholder</b>"]).replacingOccurrences(
        of: "<p><b>placeholder</b></p>",
        with: "<h2>History<span class=\"mw-editsection\">[<a href=\"/edit\">edit</a>]</span></h2><p>The <span class=\"share-price\">share price</span> rose by a tenth after the council published its plans for the river road.</p>")
    let a = try extract(html)
    #expect(a.blocks.contains { $0.text == "History" })
    #expect(!a.text.contains("[edit]"))
    #expect(a.text.contains("The share price rose by a tenth"))
}

@Test func anEmbeddedPostIsQuotedContentButASocialBarIsNot() throws {
    let tweet = "The new bridge is open at last, and the view from the middle is worth the wait."
    let html = page(paragraphs: proseEN, after: """
        <div class="social-media-embed"><blockquote class="twitter-tweet"><p>\(tweet)</p>— Jane Doe (@jane) November 18, 2019</blockquote></div>
        <p>Officials expect the revised plan to come back before the council early next year, after more meetings.</p>
        <div class="social-links"><p>Follow our coverage of the city on every network you use, every single day.</p></div>
        """)
    let a = try extract(html)
    #expect(a.text.contains(tweet))
    #expect(!a.text.contains("Follow our coverage"))
}

@Test func inlineStylesAreReadOnlyWhenTheyMayHide() {
    #expect(NodeFilter.mayHide("display: NONE"))
    #expect(NodeFilter.mayHide("visibility:Hidden"))
    #expect(!NodeFilter.mayHide("color: red; margin: 0"))
}

/// A page's class/id pairs are judged once each: the remembered judgements are the ones each
/// element gets on its own, pairs that differ only in which attribute holds a value included.
@Test func rememberedClassJudgementsMatchFreshOnes() throws {
    let hints = try KnowledgeBase.shared.get().hints
    var html = "<html><body>"
    for k in 0..<40 {
        html += "<div class=\"share-bar item\(k % 3)\"><a class=nav-link id=x\(k % 2)>a</a><span id=\"share-bar\">b</span>"
        html += "<span class=\"share-bar\">c</span><p class=\"article-body\" id=comments>d</p><p class=comments>e</p></div>"
    }
    let utf8 = Array((html + "</body></html>").utf8)
    let (markup, tokens) = InertContentStripper.strip(utf8, keepLinks: false, tokenize: true)
    let tree = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: 100_000, maxDepth: 100)
    var memo = ClassIDMemo()
    var judged = 0
    for i in 0..<tree.count where tree[i].kind == .element {
        let remembered = NodeFilter.softReason(tree, i, hints: hints, memo: &memo)
        #expect(remembered == NodeFilter.softReason(tree, i, hints: hints), "node \(i)")
        if remembered != nil { judged += 1 }
    }
    #expect(judged > 100)
}

/// The memo keeps every pair it has seen, past its first table size.
@Test func classMemoGrowsWithoutLosingPairs() {
    var memo = ClassIDMemo()
    func key(_ k: Int) -> UInt64 { ClassIDMemo.key("c\(k)", k % 3 == 0 ? "i\(k)" : nil) }
    for k in 0..<5000 {
        #expect(memo.reason(for: key(k)) == nil)
        memo.store(k % 2 == 0 ? .navigation : nil, for: key(k))
    }
    for k in 0..<5000 {
        let r = memo.reason(for: key(k))
        #expect(r != nil && r! == (k % 2 == 0 ? .navigation : nil))
    }
    // A class alone and the same value as an id alone are different pairs.
    #expect(ClassIDMemo.key("nav", nil) != ClassIDMemo.key(nil, "nav"))
}

extension ClassIDMemo {
    /// `key` for string values (the tests' way of naming pairs).
    static func key(_ classValue: String?, _ idValue: String?) -> UInt64 {
        func bytes(_ s: String?) -> [UInt8]? { s.map { Array($0.utf8) } }
        let c = bytes(classValue), d = bytes(idValue)
        return (c ?? []).withUnsafeBufferPointer { cb in
            (d ?? []).withUnsafeBufferPointer { db in key(c == nil ? nil : cb, d == nil ? nil : db) }
        }
    }
}

@Test func dropsANoscriptNoticeBesideTheArticle() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <noscript><p>Please turn on JavaScript in your browser to see the comments, the videos and the rest.</p>
        <img src="/pixel.gif"></noscript>
        """))
    #expect(!a.text.contains("turn on JavaScript"))
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func keepsAThreadServedInsideNoscript() throws {
    // Forum software serves the crawler's view of a thread inside <noscript>; the scripted view is empty.
    let posts = [
        "I upgraded last night and now the service will not start at all, it hangs on the loading screen for ever.",
        "Same here. Rolling back to the previous release fixed it for me, so it must be something in the new version.",
        "Thanks, rolling back worked. I will file a bug report with the logs so the developers can have a look at it.",
    ]
    let html = """
        <html><body><div id="app"><p>Loading…</p></div>
        <noscript><header><a href="/">Forum home</a></header><div id="main-outlet">
        <h1>Service will not start after upgrade</h1>
        \(posts.map { "<div class=\"post\"><span class=\"creator\">someone</span><p>\($0)</p></div>" }.joined())
        </div><footer><a href="/privacy">Privacy</a></footer></noscript></body></html>
        """
    let a = try extract(html)
    for p in posts { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("Forum home"))
}

@Test func popoversAreHiddenUntilOpened() throws {
    let a = try extract(page(paragraphs: proseEN, after: """
        <div popover id="notify"><p>Allow notifications from this site to hear about every new story as soon as it is out.</p></div>
        """))
    #expect(!a.text.contains("Allow notifications"))
    for p in proseEN { #expect(a.text.contains(p)) }
}

@Test func aButtonThatSwallowedThePageIsReadAndASmallButtonIsNot() throws {
    // An unclosed <div> inside a <button>: libxml2 keeps the rest of the page inside the button.
    let long = (proseEN + proseEN.map { $0.replacingOccurrences(of: "The", with: "Then the") }).map { "<p>\($0)</p>" }.joined()
    let html = "<html><body><button class=\"menu\"><div class=\"icon\">Menu</button><div class=\"story\"><h1>A day</h1>\(long)</div></body></html>"
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
    let b = try extract(page(paragraphs: proseEN, after: "<button>Load more stories from the city desk</button>"))
    #expect(!b.text.contains("Load more"))
}

/// Tooltip and popover content (a definition shown on hover, a price's small print) is not the
/// page's text; a whole article in an element whose class happens to say `tooltip` is.
@Test func tooltipContentIsDroppedButNotAWholeArticle() throws {
    let tip = "<div class=\"price-tooltip\"><p>Prices include VAT and are shown in the currency of the country the shop delivers to.</p></div>"
    let a = try extract("<html><body><div class=\"story\"><h1>A day in the city</h1><p>\(proseEN[0])</p>\(tip)"
        + proseEN.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
    #expect(!a.text.contains("Prices include VAT"))
    #expect(a.text.contains(proseEN[1]))
    let b = try extract("<html><body><div class=\"tooltip-guide\"><h1>How tooltips work</h1>"
        + proseEN.map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
    for p in proseEN { #expect(b.text.contains(p)) }
}

/// A list whose rows show tooltips (`<table class="tableList js-dataTooltip">`) is no tooltip:
/// the mark holds only while the element is small.
@Test func aListClassedForTooltipsStays() throws {
    let rows = (1...12).map { i in
        "<tr><td>\(i)</td><td><a href=\"/book/\(i)\">Book number \(i) of the list</a> by Author \(i), 4.\(i % 10) average rating from many readers</td></tr>"
    }.joined()
    let tip = "<div class=\"tooltip\"><p>Ratings are updated every night from the votes of the members of the club.</p></div>"
    // The page's other text outweighs the list, so the list is not "most of the page".
    let intro = Array(repeating: proseEN, count: 5).joined().map { "<p>\($0)</p>" }.joined()
    let html = "<html><body><main><h1>Best books ever</h1>\(intro)\(tip)<table class=\"tableList js-dataTooltip\">\(rows)</table></main></body></html>"
    let a = try extract(html)
    #expect(a.text.contains("Book number 11 of the list"))
    #expect(!a.text.contains("Ratings are updated every night"))
    #expect(NodeFilter.tooltipBytes > 200)
}

/// Text drawn off-screen for screen readers (`sr-only`, `visually-hidden`, `screen-reader-text`)
/// is never seen on the page; a class that only shares a word with them (`reader-notes`,
/// `only-on-print`) marks real text.
@Test func screenReaderTextIsDroppedButLookalikeClassesStay() throws {
    let hidden = "<span class=\"sr-only\">This is an image gallery carousel with clickable slides: use the buttons to zoom.</span>"
        + "<div class=\"visually-hidden\"><p>Press the arrow keys to move from one picture of the gallery to the next.</p></div>"
    let lookalike = "<div class=\"reader-notes only-on-print\"><p>Readers wrote in about the old mill, which has since been listed as a monument.</p></div>"
    let a = try extract("<html><body><div class=\"story\"><h1>A day in the city</h1><p>\(proseEN[0])</p>\(hidden)\(lookalike)"
        + proseEN.dropFirst().map { "<p>\($0)</p>" }.joined() + "</div></body></html>")
    #expect(!a.text.contains("image gallery carousel"))
    #expect(!a.text.contains("Press the arrow keys"))
    #expect(a.text.contains("Readers wrote in about the old mill"))
    for p in proseEN { #expect(a.text.contains(p)) }
}
