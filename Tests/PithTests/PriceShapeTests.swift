import Testing
@testable import Pith

@Test func pricesAreASignBesideANumber() {
    for p in ["$ 99 +", "€12,50", "12.99 €", "¥1,280", "₹499", "From £7", "Price: 1 299 ₽", "USD$15"] {
        #expect(PriceShape.holdsPrice(p), "\(p)")
    }
    for p in ["Bamboo Motion-X Board", "Save 20% today", "The $ sign and 5 apples", "€ and then 3", "Call 555 0199", "“Quoted” 12"] {
        #expect(!PriceShape.holdsPrice(p), "\(p)")
    }
}

/// A grid of short whole-card links, each a name and a price, is a shop's records — even where
/// cards of that size without prices would read as a menu.
@Test func aGridOfPricedCardsIsTheListing() throws {
    let names = ["Bamboo Motion Board", "Inclining Walking Pad", "Narrow File Cabinet", "Square File Cabinet", "Cabinet With Seat",
                 "Monitor Arm Single", "Monitor Arm Dual", "Under Desk Drawer", "Cable Tray Large", "Anti-Fatigue Mat",
                 "Desk Lamp Slim", "Footrest Rocker", "Laptop Stand Riser", "Keyboard Tray Wide", "Power Strip Clamp",
                 "Wooden Pen Holder", "Headphone Hook", "Privacy Screen Tall", "Wireless Charger Pad", "Plant Pot Small"]
    let cards = names.enumerated().map { k, n in "<li class=\"card\"><a href=\"/p/\(k)\"><span class=\"name\">\(n)</span> <span class=\"price\">$ \(99 + k * 10) +</span></a></li>" }
    let html = "<html><body><nav><a href=\"/\">Home</a> <a href=\"/desks\">Desks</a></nav><main><h1>Accessories for Standing Desks</h1>"
        + "<p>Choose from hundreds of accessories designed to go with your desk.</p><ul class=\"grid\">\(cards.joined())</ul></main>"
        + "<footer>Example Desks</footer></body></html>"
    let a = try extract(html)
    #expect(a.text.contains("Footrest Rocker") && a.text.contains("Inclining Walking Pad"))
    // The same cards without prices are too short to be records: a menu of links.
    let plain = html.replacingOccurrences(of: #" <span class="price">\$ [0-9]+ \+</span>"#, with: "", options: .regularExpression)
    #expect(!(try extract(plain).text.contains("Footrest Rocker")))
}

/// A story beside a strip of priced deals keeps the story: prices make cards records, not the body.
@Test func aStoryBesideAStripOfPricedDealsKeepsTheStory() throws {
    let deals = (0..<20).map { "<li class=\"deal\"><a href=\"/d/\($0)\">Deal \($0) <span>$ \(10 + $0)</span></a></li>" }.joined()
    let story = (proseEN + proseEN.map { $0 + " It was said again." } + proseEN.map { $0 + " And once more." }).map { "<p>\($0)</p>" }.joined()
    let html = "<html><body><article><h1>A day in the city</h1>\(story)</article><ul class=\"deals\">\(deals)</ul></body></html>"
    let a = try extract(html)
    #expect(a.text.contains(proseEN[2] + " And once more."))
    #expect(!a.text.contains("Deal 7"))
}

/// The quick look before the scan: a sign's UTF-8 start, not a no-break space or a curly quote.
@Test func priceQuickLookTellsSignsFromPunctuation() {
    for t in ["$9", "£12", "¥1,280", "12,50 €", "₹499", "฿ 20", "￥300"] { #expect(PriceShape.mayHoldSign(t), "\(t)") }
    for t in ["It\u{2019}s \u{201C}quoted\u{201D} \u{2014} 12", "a\u{00A0}12", "plain 12"] { #expect(!PriceShape.mayHoldSign(t), "\(t)") }
    // The answer is the same as before the quick look.
    #expect(PriceShape.holdsPrice("Now €12,50") && !PriceShape.holdsPrice("It\u{2019}s 12 o\u{2019}clock"))
}
