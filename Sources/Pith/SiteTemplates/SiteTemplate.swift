import Foundation

/// What one site repeats on its pages — its furniture: the header and footer lines, the
/// QR-code and "members only" prompts, the copy and export buttons, the disclaimer, counters
/// ("本篇共2706字", "1,234 reads") — learnt from several of its pages, whatever their wording
/// and language. Given to ``ExtractionOptions/siteTemplate``, it drops those lines from the
/// site's other pages too.
///
/// ```swift
/// let template = SiteTemplate.learn(from: pagesOfOneSite)        // [Data], 3 or more
/// var options = ExtractionOptions()
/// options.siteTemplate = template
/// let article = try Pith.extract(html: page, options: options)   // furniture dropped: reason .siteTemplate
/// ```
///
/// A line is furniture when its key (white space collapsed, lower case, numbers as `#`) is on at
/// least ``minimumShare`` of the pages (and on at least ``minimumPages`` of them). A slot of the
/// template — an element's tag and class with those of its ancestors — is furniture when it holds
/// short non-prose text on that many pages and never prose: a byline slot, a view counter.
/// The body is protected: a furniture line inside the body is dropped only at the body's edges
/// (peeled from its start and its end) or when it is short and no sentence; a repeated sentence
/// between the page's own lines — a series' standard passage — stays. A page's title differs
/// from page to page and is never learnt. When the template would take more than
/// ``maximumBodyShare`` of a page's body, it is not applied to that page.
///
/// A plain, `Sendable`, `Codable` value: save it as JSON (`pith --save-templates`) and reuse it
/// on the next crawl of the same sites.
public struct SiteTemplate: Sendable, Codable, Equatable {
    /// The site (its host without `www.`/`m.`), or nil for pages grouped without an address.
    public var site: String?
    /// How many pages it was learnt from.
    public var pages: Int
    /// Furniture lines by key, with the number of pages each was seen on.
    public var lines: [String: Int]
    /// Furniture slots (`div.footer>ul.links>li`), with the number of pages each held short text on.
    public var slots: [String: Int]

    /// The share of pages a line or slot must be seen on.
    public static let minimumShare = 0.5
    /// The fewest pages a line or slot must be seen on, and the fewest pages to learn from.
    public static let minimumPages = 3
    /// The largest share of a page's body (in text units) a template may remove.
    public static let maximumBodyShare = 0.6

    /// An empty template for `site`.
    public init(site: String? = nil, pages: Int = 0, lines: [String: Int] = [:], slots: [String: Int] = [:]) {
        self.site = site
        self.pages = pages
        self.lines = lines
        self.slots = slots
    }

    /// True when nothing was learnt (too few pages, or nothing repeated).
    public var isEmpty: Bool { lines.isEmpty && slots.isEmpty }

    /// Learns a site's template from its pages (raw bytes, any charset; HTML or flattened text).
    /// Pages that cannot be read are passed over.
    public static func learn(from pages: [Data], site: String? = nil, options: ExtractionOptions = ExtractionOptions())
        -> SiteTemplate {
        var learner = Learner(site: site)
        for page in pages {
            if let o = try? PageObservation.observe(html: page, options: options) { learner.add(o) }
        }
        return learner.template()
    }

    /// Counts what pages repeat, one page at a time, in bounded memory (at most `maxKeys`
    /// lines and slots are counted; past that, those seen once are forgotten).
    public struct Learner: Sendable {
        public private(set) var site: String?
        public private(set) var pages = 0
        var lineCounts: [String: Int] = [:]
        var shortSlotCounts: [String: Int] = [:]
        var proseSlots: Set<String> = []
        static let maxKeys = 4_000

        /// A learner for `site`.
        public init(site: String? = nil) { self.site = site }

        /// Adds one page's observation.
        package mutating func add(_ o: PageObservation) {
            pages += 1
            for k in o.lineKeys { lineCounts[k, default: 0] += 1 }
            for s in o.shortSlots { shortSlotCounts[s, default: 0] += 1 }
            if proseSlots.count < Self.maxKeys { proseSlots.formUnion(o.proseSlots) }
            if lineCounts.count > Self.maxKeys { lineCounts = lineCounts.filter { $0.value > 1 } }
            if shortSlotCounts.count > Self.maxKeys { shortSlotCounts = shortSlotCounts.filter { $0.value > 1 } }
        }

        /// Adds one page, read from its bytes.
        public mutating func add(html: Data, options: ExtractionOptions = ExtractionOptions()) throws {
            add(try PageObservation.observe(html: html, options: options))
        }

        /// The template learnt so far: empty below `SiteTemplate.minimumPages` pages.
        public func template() -> SiteTemplate {
            guard pages >= SiteTemplate.minimumPages else { return SiteTemplate(site: site, pages: pages) }
            let need = max(SiteTemplate.minimumPages, Int((SiteTemplate.minimumShare * Double(pages)).rounded(.up)))
            return SiteTemplate(site: site, pages: pages,
                                lines: lineCounts.filter { $0.value >= need },
                                slots: shortSlotCounts.filter { $0.value >= need && !proseSlots.contains($0.key) })
        }
    }
}

/// What a template learner reads from one page: the keys of its lines, and the slots holding
/// short non-prose text or prose; with the addresses the page gives for itself (for grouping).
package struct PageObservation: Sendable {
    package var lineKeys: Set<String> = []
    package var shortSlots: Set<String> = []
    package var proseSlots: Set<String> = []
    /// `<link rel=canonical>`, `og:url`, `<base href>`, a browser's "saved from url=" comment.
    package var addresses: [String] = []

    /// Reads a page as far as its blocks (one parse, no body choice).
    package static func observe(html: Data, options: ExtractionOptions = ExtractionOptions()) throws -> PageObservation {
        try Pith.observe(html: html, options: options)
    }

    /// Adds one block.
    mutating func add(_ b: TextBlock, slot: @autoclosure () -> String?) {
        if let k = LineKey.key(b.text) { lineKeys.insert(k) }
        // Headings are no slot's furniture: every page has its title in the same place.
        guard b.kind != .heading else { return }
        if TemplateRule.isShortNonProse(b) {
            if let s = slot() { shortSlots.insert(s) }
        } else if b.stats.sentenceEnds > 0 && b.stats.units >= 80 {
            if let s = slot() { proseSlots.insert(s) }
        }
    }
}

/// Where an extraction leaves its page's observation when asked (`Pith.extractObserving`).
package final class ObservationBox: @unchecked Sendable, Equatable {
    package var observation = PageObservation()
    package init() {}
    package static func == (a: ObservationBox, b: ObservationBox) -> Bool { a === b }
}

/// Picks a page's template from its own lines, during its extraction (batch runs: pages without
/// an address are matched to a group of pages by the furniture they share, with no second parse).
package final class TemplateChooser: @unchecked Sendable, Equatable {
    let choose: @Sendable (Set<String>) -> SiteTemplate?
    package init(_ choose: @escaping @Sendable (Set<String>) -> SiteTemplate?) { self.choose = choose }
    package static func == (a: TemplateChooser, b: TemplateChooser) -> Bool { a === b }
}
