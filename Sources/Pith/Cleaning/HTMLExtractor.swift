/// The HTML pipeline after parsing: mark non-content nodes, cut the text into blocks, score
/// them, pick the body's container, clean the body, find the title and the paywall, and build
/// the `Article`.
struct HTMLExtractor {
    let knowledge: KnowledgeBase
    let options: ExtractionOptions

    func extract(_ tree: DocumentTree, charset: Charset, url: String?) throws -> Article {
        guard tree.count > 0 else { throw PithError.noText }
        var filter = NodeFilter(tree: tree, hints: knowledge.hints, options: options)
        var blocks = BlockSegmenter.segment(tree, from: 0, skipping: filter.skip, keepLinks: options.includeLinks)
        guard !blocks.isEmpty else { return try headOnly(tree, filter: filter, charset: charset, url: url) }
        BlockScorer.score(&blocks, lexicon: knowledge.lexicon, focus: options.focus)
        let hiddenBody = HiddenBodyRule.apply(&blocks, hard: filter.hard)
        let template = options.siteTemplate ?? options.templateChooser.flatMap { TemplateRule.choose(blocks, $0) }
        if let template {
            TemplateRule.mark(&blocks, template: template) { SlotSignature.of(tree, $0) }
        }
        if let box = options.observer {
            for b in blocks where b.removal != .hidden { box.observation.add(b, slot: SlotSignature.of(tree, b.element)) }
        }
        if DebugTrace.on, hiddenBody { DebugTrace.note("hidden body: the page's hidden blocks are read as visible") }

        let facts = PageFacts(tree, hard: filter.hard)
        options.observer?.observation.addresses += [facts.canonical, facts.meta(["og:url"]), facts.base].compactMap { $0 }
        let declared = DeclaredKind.of(facts)
        var kind = pageKind(declared: declared, facts: facts, url: url)
        // A page that declares nothing, with a shop's one "add to cart" control: a product.
        if kind == nil, PurchaseControls.suggestProduct(tree, words: knowledge.pageKinds.purchaseWords,
                                                         quickLook: knowledge.pageKinds.purchaseQuickLook) { kind = .product }
        var chosenKind: PageKind = kind ?? .article
        // On a thread, the "comments" are the posts: the body.
        if kind == .forum {
            for i in filter.soft.indices where filter.soft[i] == .comments { filter.soft[i] = nil }
            ThreadFurniture.mark(tree, blocks, hints: knowledge.threadHints, filter: &filter)
        }
        if kind != .article && kind != .forum { NodeFilter.unmarkSectionHeaders(tree, &filter.soft) }
        if DebugTrace.on { DebugTrace.note("kind: \(kind?.rawValue ?? "undecided") (declared \(declared?.rawValue ?? "nothing"))") }
        if kind == .product {
            ProductFurniture.mark(tree, blocks, hints: knowledge.productHints, filter: &filter)
            ProductFurniture.markHiddenByClass(tree, classes: knowledge.pageKinds.hiddenClasses, filter: &filter)
        }
        let softAbove = SoftRemovalGuard.inherit(tree, filter.soft)
        // Prompts are never the body: their blocks go before the body is looked for.
        for i in blocks.indices where blocks[i].element >= 0 && filter.firm[blocks[i].element] && blocks[i].isKept {
            blocks[i].removal = softAbove[blocks[i].element] ?? .modal
        }
        let discount = SoftRemovalGuard.discount(options.focus)
        var (body, container) = BodyRunSelector.body(tree, blocks, softAbove: softAbove, discount: discount)
        if let before = BodyRunSelector.beforeOverlay(tree, blocks, run: body, softAbove: softAbove, discount: discount) {
            if DebugTrace.on { DebugTrace.note("the run lay after the page's footer: found again before it") }
            (body, container) = (before.blocks, before.container)
            for i in before.leftOut { blocks[i].removal = .modal }
        }
        if let outside = BodyRunSelector.outsideFooter(tree, blocks, container: container, softAbove: softAbove, discount: discount) {
            if DebugTrace.on { DebugTrace.note("the run lay in the page's footer: found again outside it") }
            (body, container) = (outside.blocks, outside.container)
            for i in outside.leftOut { blocks[i].removal = .footer }
        }
        // The page's one main region, if it has one: looked for once, for both rules that use it.
        let mainRegion = MainRegionBody.mainRegion(tree, skip: filter.skip)
        if let inner = BodyRunSelector.insideMain(tree, blocks, run: body, container: container, main: mainRegion,
                                                  softAbove: softAbove, discount: discount) {
            if DebugTrace.on { DebugTrace.note("body kept inside the page's main region") }
            (body, container) = inner
        }
        if DebugTrace.on { DebugTrace.print("container", tree, container); DebugTrace.print("first", tree, body.first.map { blocks[$0].element }) }
        let soft = SoftRemovalGuard.resolve(tree, soft: filter.soft, blocks: blocks, container: container)
        for i in blocks.indices { if let r = soft[blocks[i].element] { blocks[i].removal = r } }
        // Recall focus keeps what follows a footer or the comments, and every article of the page.
        // A thread's posts each end in a footer (reply, quote, like): none of them ends the thread.
        if options.focus != .recall, kind != .forum { FooterTailRule.apply(&blocks, run: body, tree: tree) }
        body = body.filter { blocks[$0].isKept }
        if FallbackExtractor.isNeeded(blocks, body: body) {
            body = FallbackExtractor.select(blocks)
        }
        let listing = ListingBody.decide(tree, blocks, body: body, declared: kind, forced: options.pageKind == .listing,
                                         firm: filter.firm, marks: SoftRemovalGuard.voidingAncestors(tree, soft: filter.soft, of: container))
        if let listing, let records = listing.body {
            if DebugTrace.on { DebugTrace.print("listing", tree, listing.group.parent) }
            body = records
            if chosenKind != .forum { chosenKind = .listing }
            for i in body {
                blocks[i].isRecord = true
                // Soft marks (teaser lists, class names) do not hold against the records.
                if blocks[i].removal != nil { blocks[i].removal = nil }
            }
        } else {
            if let listing, !listing.held.isEmpty {
                // The body already holds the page's records: they are records, kept whole.
                if DebugTrace.on { DebugTrace.note("records held in the body: \(listing.held.count) blocks") }
                body = Array(Set(body).union(listing.held)).sorted()
                for i in listing.held {
                    blocks[i].isRecord = true
                    if blocks[i].removal != nil { blocks[i].removal = nil }
                }
            }
            if let widened = MainRegionBody.widen(tree, blocks, body: body, kind: kind, forced: options.pageKind == .service,
                                                  main: mainRegion, rejectedGrid: listing?.body == nil ? listing?.group : nil,
                                                  marks: filter.soft) {
                if DebugTrace.on { DebugTrace.note("main region: the body is the page's main region") }
                body = widened
                // The region's own sections that a class word marked (`sectionsUnderFurnitureWords`).
                for i in widened where blocks[i].removal == .navigation || blocks[i].removal == .advertisement {
                    blocks[i].removal = nil
                }
                if kind == nil { chosenKind = .service }
            }
        }
        if kind != .product, let posts = CommentsAsBody.posts(blocks, body: body) {
            if DebugTrace.on { DebugTrace.note("the comments are the body: \(posts.count) blocks") }
            for i in posts { blocks[i].removal = nil }
            body = Array(Set(body).union(posts)).sorted()
        }
        let inBody = Set(body)
        for i in blocks.indices where blocks[i].isKept && !inBody.contains(i) {
            OutsideReason.mark(&blocks[i])
        }

        let found = TitleFinder.find(in: tree, hard: filter.hard, headline: facts.jsonLD.headline)
        let hard = filter.hard
        let metadata = MetadataCollector.collect(blocks: blocks, body: body, facts: facts, url: url, languages: knowledge.languages,
                                                 siteNameHint: found.siteName, statedFirst: chosenKind != .forum,
                                                 authorClassTexts: { PageFacts.authorClassTexts(tree, hard: hard) })
        if !options.includeComments, options.focus != .recall, kind != .forum { ArticleBoundaryRule.apply(&blocks, body: body, tree: tree) }
        RelatedTailRule.apply(&blocks, body: body, headingsOnly: true, siteName: metadata.siteName ?? found.siteName)
        LexiconRule.apply(&blocks, body: body)
        BareURLRule.apply(&blocks, body: body)
        IdentifierSoupRule.apply(&blocks, body: body)
        CaptionLineRule.apply(&blocks, body: body)
        if options.focus == .precision { PrecisionTrim.apply(&blocks, body: body) }
        LinkListRule.apply(&blocks, body: body)
        MetadataLineRule.apply(&blocks, body: body)
        AboutTailRule.apply(&blocks, body: body, title: found.title, authors: metadata.authors)
        let titleBlocks = TitleDeduplicator.apply(&blocks, body: body, title: found.title)
        DanglingHeadingRule.apply(&blocks, body: body)
        if template != nil { TemplateRule.apply(&blocks, body: body, title: found.title) }
        DuplicateCopyRule.apply(&blocks, body: body, tree: tree, kind: chosenKind)
        if chosenKind == .product { ProductPriceRule.apply(&blocks, body: body) }
        if chosenKind == .forum { ThreadChromeRule.apply(&blocks, body: body) }
        if options.focus != .recall { ProseCoreTailRule.apply(&blocks, body: body, tree: tree) }
        RepeatedControlRule.apply(&blocks, body: body, tree: tree)
        if chosenKind != .article && chosenKind != .documentation { RecordControls.apply(&blocks, body: body, tree: tree) }

        var kept = body.filter { blocks[$0].isKept }
        if chosenKind == .product, let d = facts.jsonLD.productDescription,
           let added = ProductDescription.missing(d, blocks: blocks, body: body) {
            if DebugTrace.on { DebugTrace.note("product description added from structured data") }
            blocks.append(added.block)
            kept.insert(blocks.count - 1, at: min(added.at, kept.count))
        }
        return ArticleBuilder.build(
            blocks: blocks, kept: kept, title: found.title, titleBlocks: titleBlocks, charset: charset,
            truncated: PaywallDetector.isTruncated(blocks, bodyStart: body.first, bodyEnd: body.last),
            metadata: metadata, recordRemoved: options.recordRemoved, tree: tree,
            baseURL: facts.base.flatMap { MetadataCollector.resolve($0, against: url) } ?? url,
            // Prose with code blocks in it reads as documentation.
            pageKind: chosenKind == .article && kept.filter({ blocks[$0].kind == .code }).count >= 2 ? .documentation : chosenKind)
    }

    /// A page whose body holds no text (a script-built thread, a page that loads its article
    /// later) but whose head still says what it is: the title, date and authors come back with an
    /// empty body. A page with neither text nor a title is `PithError.noText`.
    func headOnly(_ tree: DocumentTree, filter: NodeFilter, charset: Charset, url: String?) throws -> Article {
        let facts = PageFacts(tree, hard: filter.hard)
        let found = TitleFinder.find(in: tree, hard: filter.hard, headline: facts.jsonLD.headline)
        guard found.title != nil else { throw PithError.noText }
        let metadata = MetadataCollector.collect(blocks: [], body: [], facts: facts, url: url, languages: knowledge.languages,
                                                 siteNameHint: found.siteName)
        return ArticleBuilder.build(blocks: [], kept: [], title: found.title, titleBlocks: 0, charset: charset, truncated: false,
                                    metadata: metadata, recordRemoved: false,
                                    pageKind: pageKind(declared: DeclaredKind.of(facts), facts: facts, url: url) ?? .article)
    }

    /// The caller's kind, else what the page declares and its addresses say (a thread's).
    func pageKind(declared: PageKind?, facts: PageFacts, url: String?) -> PageKind? {
        options.pageKind
            ?? knowledge.pageKinds.kind(declared: declared, addresses: [url, facts.canonical, facts.meta(["og:url"])].compactMap { $0 })
    }
}
