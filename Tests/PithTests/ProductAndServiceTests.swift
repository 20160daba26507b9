import Testing
@testable import Pith

private let description = [
    "The Ridge Daypack carries a full day's kit in 22 litres, with a padded sleeve for a laptop of up to fifteen inches.",
    "Its recycled nylon shell sheds rain, and a rain cover tucks into the base pocket for the wettest days on the trail.",
]
private let reviews = (1...6).map {
    "Reviewer \($0) writes: I have carried this pack every day for months and it still looks new, the straps are comfortable and the pockets are well placed for a phone and keys."
}

@Test func aProductPageDropsItsReviews() throws {
    let html = """
        <html><head><meta property="og:type" content="product"><title>Ridge Daypack</title></head><body>
        <main><h1>Ridge Daypack</h1><div class="description">\(description.map { "<p>\($0)</p>" }.joined())</div>
        <section class="product-reviews"><h2>Customer reviews</h2>\(reviews.map { "<p>\($0)</p>" }.joined())</section>
        <div class="recommendations-carousel"><p>You may also like the Summit Down Jacket, warm and light, and packable.</p></div></main></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
    #expect(!a.text.contains("Reviewer 2 writes"))
    #expect(!a.text.contains("Summit Down Jacket"))
}

@Test func reviewsAreContentWhenThePageIsNoProduct() throws {
    // A review article: "review" in its class names, no product declared.
    let html = """
        <html><head><title>Ridge Daypack review</title></head><body>
        <div class="review-article"><h1>Ridge Daypack review</h1>\((description + reviews.prefix(3)).map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
    #expect(a.text.contains("Reviewer 2 writes"))
}

@Test func aProductPageNamedAfterItsReviewsKeepsItsText() throws {
    // A shop that names the wrapper of the whole page after its reviews widget.
    let html = """
        <html><head><meta property="og:type" content="product"></head><body>
        <div class="page reviews-enabled"><h1>Ridge Daypack</h1>\(description.map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
}

@Test func aServicePageKeepsEverySectionOfItsMainRegion() throws {
    let sections = [
        ("Fast repairs", "Our technicians come to your home within a day and fix most boilers on the first visit."),
        ("Fair prices", "You get a fixed quote before any work starts, and there is never a call-out fee."),
        ("Ten-year warranty", "Every part we fit is covered for ten years, labour included, wherever you live."),
        ("Book online", "Pick a time that suits you and we will confirm it by text within the hour."),
    ]
    let html = """
        <html><body><header><a href="/">Home</a> <a href="/services">Services</a></header>
        <main><h1>Boiler repair</h1><p>Warm homes since 1990.</p>
        \(sections.map { "<section class=\"feature\"><h2>\($0.0)</h2><p>\($0.1)</p></section>" }.joined())
        <section class="faq"><h2>Questions</h2><p>Do you work on weekends? Yes, on Saturdays from nine until five, at no extra cost to you.</p>
        <p>Which brands do you repair? We repair every make of gas boiler sold in the country over the last thirty years.</p>
        <p>How do I pay? By card on the day, once the work is done and you are happy with it.</p></section></main>
        <footer><p>© 2025 Boiler Co. All rights reserved.</p></footer></body></html>
        """
    let a = try extract(html)
    for s in sections { #expect(a.text.contains(s.1), "lost \(s.0)") }
    #expect(a.text.contains("Do you work on weekends?"))
    #expect(!a.text.contains("All rights reserved"))
}

@Test func aRunReachingOutOfMainIsFoundAgainInsideIt() throws {
    // A landing page: a promotion banner above <main> and long legal footnotes below it, both
    // prose, join the run; most of the value lies inside <main>.
    let promo = "Trade in your old tablet this month and get up to two hundred pounds off a new one, on top of our student discount."
    let legal = (1...3).map { "Footnote \($0): offers are subject to availability and to the terms and conditions of the retailer, which may change without notice, and are limited to one per customer." }
    let html = """
        <html><head><meta property="og:type" content="product"></head><body>
        <div class="banner"><p>\(promo)</p></div>
        <main><h1>Ridge Tablet</h1>\((description + description.map { $0 + " It is made to last." }).map { "<section><p>\($0)</p></section>" }.joined())</main>
        <div class="legal">\(legal.map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
    #expect(!a.text.contains("Trade in your old tablet"))
    #expect(!a.text.contains("Footnote 2"))
}

@Test func aMainThatHoldsLittleOfTheRunDoesNotConfineIt() throws {
    // <main> marks a small cart drawer; the article is outside it.
    let html = """
        <html><body><main class="cart-drawer"><p>Your basket is empty.</p></main>
        <div class="content"><h1>Ridge Daypack</h1>\((description + reviews.prefix(4)).map { "<p>\($0)</p>" }.joined())</div></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
    #expect(a.text.contains("Reviewer 3 writes"))
}

@Test func theBodyIsNotThePageFooter() throws {
    // A short page, a menu of links, then long legal footnotes in the page's <footer>: the run
    // with the most value lies in the footer.
    let legal = (1...5).map { "Note \($0): prices include VAT where it applies and exclude delivery, which is calculated at checkout; offers end at midnight on the date shown and cannot be combined with other offers." }
    let menu = (1...12).map { "<li><a href=\"/c/\($0)\">Category \($0)</a></li>" }.joined()
    let html = """
        <html><body><div class="page"><h1>Ridge Daypack</h1><p>\(description[0])</p></div>
        <div class="menu"><ul>\(menu)</ul></div>
        <footer>\(legal.map { "<p>\($0)</p>" }.joined())</footer></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains(description[0]))
    #expect(!a.text.contains("Note 3"))
}

@Test func aFooterIsTheBodyWhenNothingElseIsAndAnArticleFooterIsNoPageFooter() throws {
    // Nothing outside the footer is worth anything: the footer's text stays.
    let alone = "<html><body><nav><a href=\"/\">Home</a></nav><footer>\(description.map { "<p>\($0)</p>" }.joined())</footer></body></html>"
    for d in description { #expect(try extract(alone).text.contains(d)) }
    // A <footer> inside an <article> holding the article's prose is the article's.
    let inArticle = """
        <html><body><p>Short intro line of the site.</p><article><h1>Ridge Daypack</h1><footer>\(description.map { "<p>\($0)</p>" }.joined())</footer></article></body></html>
        """
    for d in description { #expect(try extract(inArticle).text.contains(d)) }
}

@Test func aPageThatSaysTwiceItIsAProductIsOneWhateverListItsMenuDeclares() throws {
    let menuCatalog = "{\"@context\":\"https://schema.org\",\"@type\":\"OfferCatalog\",\"name\":\"Departments\"}"
    let product = "{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Ridge Daypack\"}"
    func kind(_ head: String) throws -> PageKind {
        try extract("<html><head>\(head)</head><body><main><h1>Ridge Daypack</h1>\(description.map { "<p>\($0)</p>" }.joined())</main></body></html>").pageKind
    }
    let ld = { (s: String) in "<script type=\"application/ld+json\">\(s)</script>" }
    #expect(try kind("<meta property=\"og:type\" content=\"product\">" + ld(menuCatalog) + ld(product)) == .product)
    // A catalogue with products in it, without the page saying it is a product: a listing.
    #expect(try kind(ld(menuCatalog) + ld(product)) != .product)
}

@Test func aProductPageSaysItsDescriptionOnceButAnArticleKeepsItsPullQuote() throws {
    // A shop renders the description for phones and for desktops: the reader gets it once.
    let product = """
        <html><head><meta property="og:type" content="product"></head><body><main><h1>Ridge Daypack</h1>
        <div class="mobile-only"><p>\(description[0])</p></div><div class="desktop-only"><p>\(description[0])</p><p>\(description[1])</p></div>
        <ul class="badges"><li>Free returns within thirty days of delivery, no questions asked</li><li>Free returns within thirty days of delivery, no questions asked</li></ul>
        </main></body></html>
        """
    let a = try extract(product)
    #expect(a.paragraphs.filter { $0 == description[0] }.count == 1)
    #expect(a.text.contains(description[1]))
    // Siblings in one list repeat on purpose: both stay.
    #expect(a.paragraphs.filter { $0.hasPrefix("Free returns") }.count == 2)
    // An article's pull quote repeats a sentence of the story: both stay.
    let quote = proseEN[1]
    let article = "<html><body><article><h1>A day in the city</h1>\(proseEN.map { "<p>\($0)</p>" }.joined())<aside class=\"pullquote-box\"><blockquote><p>\(quote)</p></blockquote></aside></article></body></html>"
    let b = try extract(article)
    #expect(b.pageKind == .article)
    #expect(DuplicateCopyRuleProbe.keeps(article, quote))
}

/// Runs the rule directly on an article's blocks (the pull quote's aside may be dropped by other
/// rules first; this checks the rule itself leaves articles alone).
enum DuplicateCopyRuleProbe {
    static func keeps(_ html: String, _ text: String) -> Bool {
        guard let tree = try? LibXMLTreeReader.parse(utf8: Array(html.utf8), maxNodes: 100_000, maxDepth: 512) else { return false }
        var blocks = BlockSegmenter.segment(tree, from: 0, skipping: Array(repeating: nil, count: tree.count), keepLinks: false)
        let body = Array(blocks.indices)
        DuplicateCopyRule.apply(&blocks, body: body, tree: tree, kind: .article)
        let onArticle = blocks.filter { $0.text == text && $0.isKept }.count == 2
        DuplicateCopyRule.apply(&blocks, body: body, tree: tree, kind: .product)
        let onProduct = blocks.filter { $0.text == text && $0.isKept }.count == 1
        return onArticle && onProduct
    }
}

@Test func aShortLineAProductPageRepeatsGoesButARecordsOwnFieldStays() throws {
    // A 27-character line given by the mobile and the desktop copy: once.
    let badge = "Ships within two work days"
    let product = """
        <html><head><meta property="og:type" content="product"></head><body><main><h1>Ridge Daypack</h1>
        <div class="mobile-only"><p>\(badge)</p></div><div class="desktop-only"><p>\(description[0])</p><p>\(badge)</p><p>\(description[1])</p></div>
        </main></body></html>
        """
    let a = try extract(product)
    #expect(a.paragraphs.filter { $0 == badge }.count == 1)
    #expect(a.text.contains(description[1]))
    // Blocks marked as records (a grid's cards) keep their short fields, repeated or not.
    guard let tree = try? LibXMLTreeReader.parse(utf8: Array(product.utf8), maxNodes: 100_000, maxDepth: 512) else {
        Issue.record("no tree"); return
    }
    var blocks = BlockSegmenter.segment(tree, from: 0, skipping: Array(repeating: nil, count: tree.count), keepLinks: false)
    for i in blocks.indices { blocks[i].isRecord = true }
    DuplicateCopyRule.apply(&blocks, body: Array(blocks.indices), tree: tree, kind: .product)
    #expect(blocks.filter { $0.text == badge && $0.isKept }.count == 2)
}

/// A `<header>` inside a `<section>` heads the section (HTML's accessibility mapping: no banner):
/// on a page that does not say it is an article, its heading and intro are content — on a
/// landing page whose sections are a header and a picture each, they are most of its text. The
/// page's own banner still goes, and an article's section headers keep their mark.
@Test func aSectionsHeaderIsContentOnALandingPageButThePageBannerIsNot() throws {
    let intros = ["Our consultants plan the whole move with you, from the first survey to the last box unpacked.",
                  "Every crate is tracked on its way, and you see where it is at any hour of the day or night.",
                  "We store what you do not need yet in dry, guarded rooms for as long as you like to keep it."]
    let quotes = ["They moved our whole office over one weekend, and on Monday morning every desk, every screen and every plant stood where the plan said it would, labelled and working, which we had not thought possible.",
                  "I was abroad for the whole move and followed every crate from my phone; nothing was lost, nothing was broken, and the team even hung the pictures on the walls before we came home to the new flat."]
    func landing(_ head: String) -> String {
        let sections = (0..<3).map { k in "<section><header><h2>Step \(k + 1)</h2><p>\(intros[k])</p></header><img src=\"s\(k).png\"></section>" }
        let testimonials = "<section class=\"testimonials\">" + quotes.map { "<figure><blockquote><p>\($0)</p></blockquote></figure>" }.joined() + "</section>"
        return "<html><head>\(head)</head><body><header><a href=\"/\">Movers Inc</a> <span>Call us today on our free number</span></header>"
            + "<main>\(sections.joined())\(testimonials)</main><footer><p>Movers Inc, all rights reserved.</p></footer></body></html>"
    }
    let a = try extract(landing(""))
    for intro in intros { #expect(a.text.contains(intro)) }
    #expect(a.text.contains(quotes[1]))
    #expect(!a.text.contains("Call us today"))
    // A page that says it is an article: the section headers keep their mark.
    let b = try extract(landing("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Moving\"}</script>"))
    for intro in intros { #expect(!b.text.contains(intro)) }
}

/// A landing page names its feature sections with words that read as furniture (`navSource`,
/// `promo`): when the body becomes the page's main region, such a section of its own — a
/// heading and prose, no `<nav>` or role — comes back with it; a menu inside the region (links,
/// no prose) still goes.
@Test func aMainRegionsFeatureSectionsComeBackWhateverTheirClassWords() throws {
    let features = [
        ("Track every lead", "Every visitor who fills in a form becomes a lead, scored and sent to the right person on your team at once."),
        ("Automate the routine", "Follow-up mails, reminders and task lists run by themselves, so your team spends its day with customers."),
        ("Reports that explain", "Charts show where each deal stands and why, and they are shared with the whole company in one click."),
    ]
    let sections = features.enumerated().map { k, f in
        "<div class=\"feature_section \(k == 1 ? "promo" : "lm_navSource")\"><h2>\(f.0)</h2><p>\(f.1)</p></div>"
    }.joined()
    let menu = "<div class=\"lm_navList\"><a href=\"/a\">Leads</a> <a href=\"/b\">Deals</a> <a href=\"/c\">Reports</a> <a href=\"/d\">Pricing</a></div>"
    let html = "<html><body><nav><a href=\"/\">Home</a></nav><main>\(menu)<div class=\"hero\"><h1>One place for your sales</h1>"
        + "<p>Short welcome line.</p></div>\(sections)</main><footer>Example Corp</footer></body></html>"
    let a = try extract(html)
    for f in features { #expect(a.text.contains(f.1), "\(f.0)") }
    #expect(!a.text.contains("Pricing"))
}

/// A page that declares nothing but has a shop's one "add to cart" control is a product page:
/// its customers' reviews go (product hints). A collection with a control in every card is not
/// one, and keeps its cards.
@Test func oneAddToCartControlMakesAProductPage() throws {
    let reviews = (1...4).map { i in
        "<div class=\"review-item\"><p>Reviewer \(i) says the pack carried well on a long day in the hills, with room for a jacket, lunch and a flask, and the straps stayed comfortable all the way.</p></div>"
    }.joined()
    func page(_ control: String) -> String {
        "<html><head><title>Ridge Daypack</title></head><body><main><h1>Ridge Daypack</h1>"
            + "<p>\(proseEN[0]) \(proseEN[1])</p><p>\(proseEN[2])</p>\(control)"
            + "<section class=\"reviews\"><h2>What customers say</h2>\(reviews)</section></main></body></html>"
    }
    let a = try extract(page("<form class=\"product-form\"><button class=\"btn AddToCart-button\">Add to cart</button></form>"))
    #expect(a.pageKind == .product)
    #expect(a.text.contains(proseEN[2]))
    #expect(!a.text.contains("Reviewer 2 says"))
    // Near miss: no control, no declaration — the page is not taken for a product.
    let b = try extract(page(""))
    #expect(b.pageKind != .product)

    let cards = (1...8).map { i in
        "<div class=\"card\"><h3>Trail pack number \(i)</h3><p>A light pack for day \(i) on the hills.</p><button class=\"add-to-cart\">Add to cart</button></div>"
    }.joined()
    let grid = try extract("<html><body><main><h1>Daypacks</h1><div class=\"grid\">\(cards)</div></main></body></html>")
    #expect(grid.pageKind != .product)
    #expect(grid.text.contains("Trail pack number 7"))
}

/// On a product page the price is said once: the first price line of the body stays, the buy
/// box's later ones (a former price, a plan's price) go; a sentence that mentions a price stays,
/// and an article's price lines all stay.
@Test func aProductPageSaysItsPriceOnce() throws {
    func shop(_ head: String) -> String {
        "<html><head>\(head)</head><body><main><h1>Ridge Daypack</h1><p>$89.00</p><p>\(proseEN[0])</p>"
            + "<p>Was $129.00</p><p>\(proseEN[1])</p><p>Protection plan from $9.99</p>"
            + "<p>Orders over $50 ship free to every address in the country within three working days.</p><p>\(proseEN[2])</p></main></body></html>"
    }
    let product = "<script type=\"application/ld+json\">{\"@type\":\"Product\",\"name\":\"Ridge Daypack\"}</script>"
    let a = try extract(shop(product))
    #expect(a.pageKind == .product)
    #expect(a.text.contains("$89.00"))
    #expect(!a.text.contains("Was $129.00") && !a.text.contains("Protection plan from $9.99"))
    #expect(a.text.contains("Orders over $50 ship free"))
    let b = try extract(shop("<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Ridge Daypack\"}</script>"))
    #expect(b.text.contains("Was $129.00") && b.text.contains("Protection plan from $9.99"))
    #expect(ProductPriceRule.isPriceLine("Now €12,50") && !ProductPriceRule.isPriceLine("Special Price $173.00 You Save $176.99 Regular Price $349.99"))
}

/// The quick look before a class value is squeezed lets every shipped purchase word through.
@Test func purchaseControlsQuickLookPassesEveryShippedWord() {
    for v in ["btn add-to-basket", "AddToBag", "product__buy-now", "js-add_to_cart", "buybox-wrapper"] {
        let ok = Array(v.utf8).withUnsafeBufferPointer { PurchaseControls.mayHoldWord($0) }
        #expect(ok, "\(v)")
    }
    let nav = Array("nav-item menu-link".utf8).withUnsafeBufferPointer { PurchaseControls.mayHoldWord($0) }
    #expect(!nav)
}

/// A product page whose description is drawn by a script: the visible body is the buy box, the
/// JSON-LD `Product` holds the description, and it is added after the product's name. When the
/// body already shows it, or the page is an article, nothing is added.
@Test func aProductsDescriptionComesFromItsStructuredDataWhenTheBodyLacksIt() throws {
    let text = description.joined(separator: " ")
    func page(ld: String, body: String, kind: String = "product") -> String {
        """
        <html><head><meta property="og:type" content="\(kind)"><title>Ridge Daypack</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"Product","name":"Ridge Daypack","description":"\(ld)"}</script>
        </head><body><main><h1>Ridge Daypack</h1>\(body)</main></body></html>
        """
    }
    let buyBox = "<p>$89.00</p><p>Colour: Slate grey, in stock and ready to ship from our warehouse today.</p><button>Add to cart</button>"
    let a = try extract(page(ld: text, body: buyBox))
    #expect(a.text.contains(description[0]))
    #expect(a.blocks.first?.text == "Ridge Daypack" || a.blocks.first?.text == text)
    // Shown already: not added twice.
    let b = try extract(page(ld: text, body: description.map { "<p>\($0)</p>" }.joined() + buyBox))
    #expect(b.text.components(separatedBy: "padded sleeve").count == 2)
    // A tag line is no description.
    let c = try extract(page(ld: "Our lightest daypack yet, now in slate grey.", body: buyBox))
    #expect(!c.text.contains("lightest daypack"))
    // An article (a review of the pack, read as an article) is not completed from structured data.
    let d = try extract(page(ld: text, body: proseEN.map { "<p>\($0)</p>" }.joined(), kind: "article")) { $0.pageKind = .article }
    #expect(!d.text.contains("padded sleeve"))
}

/// On a product page, what a framework's utility class hides (`d-none`, `hidden`) is the other
/// variants' state, shown by a script: it goes.
@Test func aProductPageDropsWhatItsClassesHide() throws {
    let html = """
        <html><head><meta property="og:type" content="product"></head><body>
        <main><h1>Ridge Daypack</h1>\(description.map { "<p>\($0)</p>" }.joined())
        <p class="stock-note d-none">Only two left in Forest Green, order within three hours for delivery tomorrow.</p>
        <div class="hidden"><p>This colour is sold out. Tell me when the Ridge Daypack in Slate is back in stock.</p></div>
        </main></body></html>
        """
    let a = try extract(html)
    for d in description { #expect(a.text.contains(d)) }
    #expect(!a.text.contains("Only two left"))
    #expect(!a.text.contains("sold out"))
}

/// What the same class words do not hide: a name that hides at one screen size only
/// (`hidden-xs`), a class that shows the element on wider screens (`hidden md:block`), the
/// element holding the product's name, and any page that is no product.
@Test func classHiddenTextStaysWhereItIsShown() throws {
    let shown = [
        "<p class=\"hidden-xs\">Made in our workshop in Leeds from recycled sailcloth, every pack is numbered by hand.</p>",
        "<p class=\"hidden md:block\">Repairs are free for life: send it back to us and we will mend it within a fortnight.</p>",
    ]
    let html = """
        <html><head><meta property="og:type" content="product"></head><body>
        <main><div class="hidden"><h1>Ridge Daypack</h1><p>Designed by climbers for the long walk in to the crag, and tested on three continents.</p></div>\(description.map { "<p>\($0)</p>" }.joined())\(shown.joined())</main></body></html>
        """
    let a = try extract(html)
    #expect(a.text.contains("Designed by climbers"))
    for d in description { #expect(a.text.contains(d)) }
    #expect(a.text.contains("Made in our workshop in Leeds"))
    #expect(a.text.contains("Repairs are free for life"))
    // Not a product: an accordion's answer hidden by class until a reader opens it stays.
    let faq = """
        <html><body><article><h1>Caring for a daypack</h1>\(description.map { "<p>\($0)</p>" }.joined())
        <div class="answer hidden"><p>Wash it by hand in cold water with a little soap, and let it dry in the shade, never in a dryer.</p></div></article></body></html>
        """
    #expect(try extract(faq).text.contains("Wash it by hand"))
}
