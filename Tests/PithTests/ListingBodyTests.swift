import Testing
@testable import Pith

private let products: [(String, String, String)] = [
    ("Trail Runner 2 shoe", "$89.00", "Light trail shoe with a grippy sole for wet rock and mud."),
    ("Summit Down Jacket", "$240.00", "Warm down jacket that packs into its own pocket for travel."),
    ("Ridge Daypack 22L", "$75.00", "Daypack with a padded laptop sleeve and a rain cover."),
    ("Alpine Wool Socks", "$18.00", "Merino socks with a cushioned heel for long days on the trail."),
    ("Canyon Sun Hat", "$32.00", "Wide-brimmed hat with a chin strap and a vented crown."),
    ("Basecamp Tent 3P", "$410.00", "Three-person tent that pitches in five minutes, even in wind."),
]

private func categoryPage(head: String = "", intro: String = "Gear for the trail, chosen by our staff.") -> String {
    let cards = products.map { p in
        "<li class=\"product-card\"><a href=\"/p/\(p.0.lowercased())\"><h3>\(p.0)</h3></a><span class=\"price\">\(p.1)</span><p>\(p.2)</p></li>"
    }.joined()
    return """
        <html><head>\(head)<title>Outdoor gear - Example Shop</title></head><body>
        <nav><ul><li><a href="/">Home</a></li><li><a href="/men">Men</a></li><li><a href="/women">Women</a></li><li><a href="/sale">Sale</a></li></ul></nav>
        <main><h1>Outdoor gear</h1><p>\(intro)</p><ul class="products">\(cards)</ul>
        <div class="pager"><a href="?p=2">2</a> <a href="?p=3">3</a> <a href="?p=2">Next</a></div></main>
        <footer><ul><li><a href="/about">About us</a></li><li><a href="/help">Help centre</a></li><li><a href="/jobs">Careers</a></li></ul>
        <p>© 2025 Example Shop</p></footer></body></html>
        """
}

@Test func aCategoryPageKeepsItsRecords() throws {
    let a = try extract(categoryPage())
    for p in products {
        #expect(a.text.contains(p.0), "lost the name \(p.0)")
        #expect(a.text.contains(p.2), "lost the description of \(p.0)")
    }
    #expect(a.text.contains("Gear for the trail"))
    for junk in ["Women", "Help centre", "Careers", "Example Shop"] { #expect(!a.text.contains(junk), "kept \(junk)") }
}

@Test func anArticleBesideABiggerTeaserRiverKeepsItsArticle() throws {
    // The "more stories" river holds more text than the story; the page says it is an article.
    let teasers = (1...12).map { i in
        "<div class=\"teaser\"><a href=\"/s\(i)\"><h3>Another headline number \(i) about the town</h3></a><p>A short excerpt of story \(i), with a few words to lure the reader.</p></div>"
    }.joined()
    let html = """
        <html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"A day in the city"}</script>
        <title>A day in the city</title></head><body>
        <article><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</article>
        <section class="more">\(teasers)</section></body></html>
        """
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("Another headline number 3"))
}

@Test func anUndeclaredArticleKeepsItsArticleBesideAHeadlineBox() throws {
    let long = (proseEN + proseEN.map { "Later, " + $0.prefix(1).lowercased() + $0.dropFirst() }).map { "<p>\($0)</p>" }.joined()
    let box = (1...10).map { "<li class=\"rank\"><a href=\"/r\($0)\">Most read headline \($0) of the day</a></li>" }.joined()
    let html = "<html><body><div class=\"story\"><h1>A day in the city</h1>\(long)</div><ol class=\"ranking\">\(box)</ol></body></html>"
    let a = try extract(html)
    for p in proseEN { #expect(a.text.contains(p)) }
    #expect(!a.text.contains("Most read headline"))
}

@Test func paragraphsAndMenusAreNoRecordGroups() throws {
    let paragraphs = (1...6).map { "<p class=\"text\">Paragraph \($0) of the story goes on with a full sentence, as stories do.</p>" }.joined()
    let menu = (1...12).map { "<li class=\"item\"><a href=\"/\($0)\">Section \($0)</a></li>" }.joined()
    let html = "<html><body><div>\(paragraphs)</div><ul>\(menu)</ul></body></html>"
    let tree = try LibXMLTreeReader.parse(utf8: Array(html.utf8), maxNodes: 1000, maxDepth: 100)
    var blocks = BlockSegmenter.segment(tree, from: 0, skipping: Array(repeating: nil, count: tree.count))
    BlockScorer.score(&blocks, lexicon: try KnowledgeBase.shared.get().lexicon, focus: .balanced)
    let sums = RecordGroups.Sums(tree, blocks) { _ in true }
    #expect(RecordGroups.find(tree, sums: sums) { _ in false }.isEmpty)
}

@Test func recordsTheBodyAlreadyHoldsKeepTheirLinksAndDates() throws {
    // A results page whose intro is long enough to be chosen with the results: the results'
    // titles are links and their dates metadata lines, and they are the content.
    let hits = (1...6).map { i in
        "<div class=\"hit\"><a href=\"/r/\(i)\">Annual report number \(i) of the river trust</a><span class=\"date\">12 March 20\(10 + i)</span><p>The trust's report for year \(i) covers water quality, the new fish pass and the volunteers' work.</p></div>"
    }.joined()
    let html = """
        <html><body><main><h1>Reports</h1><p>Every report the river trust has published since it was founded, newest last, with a short summary of each.</p>
        <div class="results">\(hits)</div></main></body></html>
        """
    let a = try extract(html)
    for i in 1...6 {
        #expect(a.text.contains("Annual report number \(i) of the river trust"))
        #expect(a.text.contains("The trust's report for year \(i)"))
    }
}

@Test func anArticleThatIsOneRecordOfARiverGivesTheRiver() throws {
    // A page that calls itself an article but is a feed: the body found is one of its records.
    let posts = (1...12).map { i in
        "<article class=\"card\"><h2><a href=\"/p/\(i)\">Weekly notes, part \(i)</a></h2><p>Notes for week \(i): what we read, what we cooked and where we walked, in a few lines.</p></article>"
    }.joined()
    let html = """
        <html><head><script type="application/ld+json">{"@type":"Article"}</script></head><body><nav><a href="/">Home</a></nav>
        <div class="feed">\(posts)</div></body></html>
        """
    let a = try extract(html)
    for i in 1...12 { #expect(a.text.contains("Notes for week \(i):")) }
}

@Test func aFewLinkOnlyCardsWithoutHeadingsAreAMenuButLinkCardsWithHeadingsAreRecords() throws {
    // A fly-in menu: four columns of links, no heading among them, beside a short product text.
    let columns = (1...4).map { c in
        "<div class=\"menu-col\">" + (1...6).map { "<a href=\"/c\(c)/\($0)\">Department \(c) aisle \($0) goods</a><br>" }.joined() + "</div>"
    }.joined()
    let spec = "The Ridge Daypack carries a full day's kit in 22 litres, with a padded sleeve for a laptop."
    let sizes = RecordGroups.Group(parent: 0, items: [1, 2, 3, 4], units: 800, linkUnits: 800, withHeading: 0, withProse: 0, blocks: 24)
    #expect(!RecordGroups.isRecordLike(sizes, sizes: [200, 200, 200, 200]))
    // On a page that says it is a listing, the same cards are its records.
    #expect(RecordGroups.isRecordLike(sizes, sizes: [200, 200, 200, 200], declaredListing: true))
    let menuPage = "<html><body><div class=\"flyout\">\(columns)</div><main><h1>Ridge Daypack</h1><p>\(spec)</p></main></body></html>"
    let a = try extract(menuPage)
    #expect(a.text.contains(spec))
    #expect(!a.text.contains("Department 2 aisle 3"))
    // The same cards, each under a heading: records.
    let cards = RecordGroups.Group(parent: 0, items: [1, 2, 3, 4], units: 800, linkUnits: 800, withHeading: 4, withProse: 0, blocks: 24)
    #expect(RecordGroups.isRecordLike(cards, sizes: [200, 200, 200, 200]))
    // And ten or more link-only cards are records whatever their headings.
    let many = RecordGroups.Group(parent: 0, items: Array(1...10), units: 2000, linkUnits: 2000, withHeading: 0, withProse: 0, blocks: 60)
    #expect(RecordGroups.isRecordLike(many, sizes: Array(repeating: 200, count: 10)))
}

@Test func aDeclaredArticleThatIsAnIndexOfNamesGivesItsEntries() throws {
    // A wiki page the CMS calls an article: one intro line, then columns of entries — names and
    // links, no prose — holding far more text than the intro.
    let entries = (1...24).map { i in
        "<li class=\"entry\"><a href=\"/wiki/Lake_\(i)\">Lake number \(i) of the northern district</a> (\(1900 + i)) – county \(i % 5)</li>"
    }.joined()
    let html = """
        <html><head><script type="application/ld+json">{"@type":"Article"}</script><title>List of lakes</title></head><body>
        <div class="content"><h1>List of lakes</h1><p>This is a list of the lakes of the district, by county.</p>
        <ul class="entries">\(entries)</ul></div></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains("Lake number 7 of the northern district"))
    #expect(a.text.contains("Lake number 23 of the northern district"))
    #expect(a.pageKind == .listing)
}

@Test func aBodyFoundInsideTheRecordsGivesAllTheRecords() throws {
    // Twelve results whose summaries are prose; the body found is five of them: under half of
    // the records' text (so not "held"), more than a third (so not three times smaller).
    func result(_ i: Int) -> String {
        "<div class=\"result\"><h3><a href=\"/r/\(i)\">Result \(i)</a></h3><p>Summary of result \(i): the harbour board met on Tuesday, agreed the budget for the new pier, and asked the town to pay half of it by spring.</p></div>"
    }
    let html = "<html><body><div class=\"results\">\((1...12).map(result).joined())</div></body></html>"
    let tree = try LibXMLTreeReader.parse(utf8: Array(html.utf8), maxNodes: 100_000, maxDepth: 512)
    let blocks = BlockSegmenter.segment(tree, from: 0, skipping: Array(repeating: nil, count: tree.count), keepLinks: false)
    let firstFive = blocks.indices.filter { blocks[$0].text.hasPrefix("Summary of result") }.prefix(5)
    let body = blocks.indices.filter { i in firstFive.contains(i) || firstFive.contains(i + 1) }   // with their headings
    let decision = try #require(ListingBody.decide(tree, blocks, body: body, declared: nil, firm: Array(repeating: false, count: tree.count),
                                                   marks: Array(repeating: nil, count: tree.count)))
    let records = try #require(decision.body)
    #expect(records.filter { blocks[$0].text.hasPrefix("Summary of result") }.count == 12)
}

@Test func aCategoryGuideOfManyParagraphsStaysBesideTheGridButAnIntroLineIsNotDoubled() throws {
    let guide = (1...8).map { "Guide part \($0): choose a pack by the length of your day out, the weather you expect, and how much water and food you need to carry with you." }
    // Two hundred cards of a name and a price: three times the guide's text.
    let cards = (1...200).map { i in
        "<li class=\"product-card\"><a href=\"/p/\(i)\">Pack model \(i) daypack</a><span class=\"price\">$\(40 + i).00</span></li>"
    }.joined()
    let html = """
        <html><body><main><h1>Daypacks</h1><ul class="products">\(cards)</ul>
        <div class="seo-guide">\(guide.map { "<p>\($0)</p>" }.joined())</div></main></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains("Pack model 157 daypack"))
    for g in guide { #expect(a.text.contains(g), "lost \(g.prefix(13))") }
    #expect(a.paragraphs.filter { $0 == guide[0] }.count == 1)
}

@Test func aTinyBodyGivesWayToTheRecordsWhateverThePageDeclares() throws {
    func entry(_ i: Int) -> String {
        "<div class=\"entry\"><h3><a href=\"/e/\(i)\">Entry \(i)</a></h3><p>What entry \(i) is about, in a sentence or two, with the names of the people in it and the places they went to.</p></div>"
    }
    func decide(_ html: String, body: (String) -> Bool) throws -> (ListingBody.Decision?, [TextBlock]) {
        let tree = try LibXMLTreeReader.parse(utf8: Array(html.utf8), maxNodes: 100_000, maxDepth: 512)
        let blocks = BlockSegmenter.segment(tree, from: 0, skipping: Array(repeating: nil, count: tree.count), keepLinks: false)
        let d = ListingBody.decide(tree, blocks, body: blocks.indices.filter { body(blocks[$0].text) }, declared: .article,
                                   firm: Array(repeating: false, count: tree.count), marks: Array(repeating: nil, count: tree.count))
        return (d, blocks)
    }
    // Six entries: too few for a river, each under a heading, so no index either.
    let entries = "<div class=\"entries\">\((1...6).map(entry).joined())</div>"
    // Declared an article, its "body" a cookie line: the six entries are the body.
    let (d, blocks) = try decide("<html><body><p class=\"note\">We use cookies.</p>\(entries)</body></html>") { $0 == "We use cookies." }
    #expect(d?.body?.filter { blocks[$0].text.hasPrefix("What entry") }.count == 6)
    // A real (short) story beside the same entries keeps the article's veto.
    let story = "<html><body><article><h1>Story</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())</article>\(entries)</body></html>"
    let (d2, _) = try decide(story) { proseEN.contains($0) }
    #expect(d2?.body == nil)
}

/// SEO plugins write `og:type` article on every page of a site, its category archives too: it
/// declares nothing alone. An archive whose intro is short and whose entries outweigh it is a
/// listing; the same page with an Article type in its data keeps the intro as its article.
@Test func ogTypeArticleAloneIsNoDeclaration() throws {
    let entries = (1...12).map { i in
        "<div class=\"entry\"><a href=\"/recipe-\(i)\"><h3>Crispy recipe number \(i) for the air fryer</h3></a><p>\(i * 7) reviews, and a short line on why recipe \(i) works on a busy weeknight.</p></div>"
    }.joined()
    func archive(_ head: String) -> String {
        "<html><head>\(head)<title>Air Fryer Recipes</title></head><body><nav><a href=\"/\">Home</a> <a href=\"/recipes\">Recipes</a></nav>"
            + "<main><article><h1>Air Fryer Recipes</h1><p>\(proseEN.joined(separator: " "))</p></article><section class=\"grid\">\(entries)</section></main></body></html>"
    }
    let og = "<meta property=\"og:type\" content=\"article\">"
    let a = try extract(archive(og))
    #expect(a.text.contains("Crispy recipe number 3 for the air fryer") && a.text.contains("Crispy recipe number 12"))
    #expect(a.pageKind == .listing)
    // Near miss: the page's data says it is an article.
    let b = try extract(archive(og + "<script type=\"application/ld+json\">{\"@type\":\"BlogPosting\",\"headline\":\"Air Fryer Recipes\"}</script>"))
    #expect(b.text.contains(proseEN[1]))
    #expect(!b.text.contains("Crispy recipe number 3 for the air fryer"))
}

/// A category page whose buying guide (long prose) sits under an index of products (a name and
/// a price each, no heading, no prose): both are the body. A river of headlined teasers beside
/// the same guide is not taken.
@Test func aShopsGuideBesideItsIndexKeepsBoth() throws {
    let guide = (0..<9).map { k in "<p>\(proseEN[k % proseEN.count]) Part \(k + 1) of the guide explains it again, at length and with care.</p>" }.joined()
    let cells = (1...24).map { i in
        "<div class=\"cell\"><a href=\"/p/\(i)\">Trail running shoe model \(i) with a rock plate and a grippy outsole</a><span>$\(80 + i).99</span></div>"
    }.joined()
    let a = try extract("<html><body><main><h1>Trail running shoes</h1><div class=\"grid\">\(cells)</div>"
        + "<div class=\"guide\"><h2>How to choose</h2>\(guide)</div></main></body></html>")
    #expect(a.text.contains("Trail running shoe model 17 with a rock plate"))
    #expect(a.text.contains("Part 7 of the guide"))
    // Near miss: headlined teasers with an excerpt each are a river, not the page's index.
    let teasers = (1...24).map { i in
        "<div class=\"cell\"><h3><a href=\"/s/\(i)\">Story number \(i) about the trails</a></h3><p>An excerpt of story \(i), a sentence or so to lure the reader in.</p></div>"
    }.joined()
    let b = try extract("<html><body><main><h1>Trail running</h1><div class=\"guide\">\(guide)</div><div class=\"more\">\(teasers)</div></main></body></html>")
    #expect(b.text.contains("Part 7 of the guide"))
    #expect(!b.text.contains("Story number 17 about the trails"))
}

/// A page that declares itself a collection, with two dozen cards of a title each: the titles
/// are its entries. Undeclared, the same links read as a menu's columns and go.
@Test func aDeclaredListingsTitleCardsAreItsEntries() throws {
    let cards = (1...24).map { i in
        "<div class=\"card\"><a href=\"/r/\(i)\">Slow-cooker tomato sauce with basil, recipe number \(i) of the collection</a></div>"
    }.joined()
    func page(_ head: String) -> String {
        "<html><head>\(head)</head><body><nav><a href=\"/\">Home</a></nav><main><h1>Tomato sauce recipes</h1>"
            + "<p>Our favourite sauces, from quick weeknight ones to long Sunday simmers.</p><div class=\"cards\">\(cards)</div></main></body></html>"
    }
    let a = try extract(page("<script type=\"application/ld+json\">{\"@type\":\"CollectionPage\",\"name\":\"Tomato sauce recipes\"}</script>"))
    #expect(a.text.contains("recipe number 5 of the collection") && a.text.contains("recipe number 23 of the collection"))
    let b = try extract(page(""))
    #expect(!b.text.contains("recipe number 23 of the collection"))
}
