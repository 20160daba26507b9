/// What kind of page a body was taken from, which decides how the body is chosen.
///
/// ```swift
/// let a = try Pith.extract(html: data)
/// if a.pageKind == .listing { … }                       // the body is the page's records
/// var o = ExtractionOptions(); o.pageKind = .forum      // when the caller knows better
/// ```
public enum PageKind: String, Sendable, Codable, CaseIterable {
    /// A story, a post, a document: prose under a title (the default).
    case article
    /// A discussion thread or a question with its answers: every post, in order.
    case forum
    /// A listing, a catalogue, an index, search results: the repeated records.
    case listing
    /// A product page: the description, features and specifications.
    case product
    /// Software or reference documentation: prose with code blocks, tables and lists.
    case documentation
    /// A service or landing page: its content sections, one after another.
    case service
}

/// What a page declares about itself — JSON-LD `@type`s, microdata `itemtype`s, `og:type` —
/// read as a page kind. Declarations are evidence, not verdicts: CMSs call every page an
/// article, shops put a `Product` in every listing's records. The more specific declaration wins
/// (a thread over an article, a collection over the products in it).
enum DeclaredKind {
    // Not "question": a FAQPage is made of Questions.
    private static let forumTypes: Set<String> = ["discussionforumposting", "qapage"]
    private static let listingTypes: Set<String> = ["collectionpage", "itemlist", "searchresultspage", "offercatalog"]
    private static let productTypes: Set<String> = ["product", "productgroup", "individualproduct", "productmodel"]
    private static let documentationTypes: Set<String> = ["techarticle", "apireference"]
    private static let articleTypes: Set<String> = [
        "article", "newsarticle", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "backgroundnewsarticle", "scholarlyarticle", "report", "liveblogposting", "socialmediaposting", "posting",
    ]

    static func of(_ facts: PageFacts) -> PageKind? {
        let types = facts.jsonLD.types.union(facts.itemTypes)
        let og = facts.meta(["og:type"])?.lowercased() ?? ""
        if !types.isDisjoint(with: forumTypes) { return .forum }
        // A page saying twice that it is a product (og:type and a Product type) is one, whatever
        // list its menu's markup declares (an OfferCatalog of the shop's departments).
        if og == "product" || og.hasSuffix(":product"), !types.isDisjoint(with: productTypes) { return .product }
        if !types.isDisjoint(with: listingTypes) || og.hasPrefix("product.group") { return .listing }
        if !types.isDisjoint(with: productTypes) || og.hasPrefix("product") || og.hasSuffix(":product") || og.hasSuffix(":item") { return .product }
        if !types.isDisjoint(with: documentationTypes) { return .documentation }
        // Not `og:type` article alone: SEO plugins write it on every page of a site, its category
        // archives and landing pages too (Docs/accuracy.md, session 11).
        if !types.isDisjoint(with: articleTypes) { return .article }
        return nil
    }
}
