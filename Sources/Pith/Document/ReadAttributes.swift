/// Which attributes Pith reads on which elements: the tree keeps only these, and the
/// stripper cuts the rest before the parse.
extension HTMLVocabulary {
    /// The attributes Pith reads, and on which elements (nil: on every element). The rest
    /// (`data-*`, `srcset`, `onclick`, `width`…), and these on other elements, never reach the
    /// tree, and are cut before the parse (see `InertContentStripper`): an `<a>`'s `href` is
    /// about a third of the attribute text libxml2 reads on a news page, and the class and id
    /// hints never look at it. Keep this in step with the readers: `NodeFilter` (class, id,
    /// style, hidden, aria-hidden, role, aria-controls, aria-labelledby), `PromptDetector` (aria-modal, an `<input>`'s type), `TeaserListDetector` (class), `BlockSegmenter` (`href`
    /// on `<a>`, only when links are kept), `PageFacts` and `TitleFinder` (the rest).
    static let attributeScopes: [(name: String, elements: Set<String>?)] = [
        ("class", nil), ("id", nil), ("style", nil), ("hidden", nil), ("aria-hidden", nil), ("role", nil),
        ("aria-controls", nil), ("aria-modal", nil), ("itemtype", nil), ("popover", nil),
        ("href", ["a", "link", "base"]), ("rel", ["link", "a", "span", "div", "p"]),
        ("itemprop", ["meta", "time", "a", "span", "div", "p"]), ("content", ["meta"]), ("name", ["meta"]),
        ("property", ["meta"]), ("http-equiv", ["meta"]), ("lang", ["html"]), ("xml:lang", ["html"]),
        ("type", ["script", "input"]), ("datetime", ["time"]), ("pubdate", ["time"]),
        ("aria-labelledby", nil),
    ]

    /// Every attribute name Pith reads on some element.
    static let readAttributes: Set<String> = Set(attributeScopes.map(\.name))

    /// A set of read attributes, as bits in the order of `attributeScopes`.
    struct AttributeMask: OptionSet, Sendable {
        let rawValue: UInt32
        static let all = AttributeMask(rawValue: (1 << UInt32(attributeScopes.count)) - 1)
    }

    /// The bits of the named attributes (each one Pith reads).
    static func mask(_ names: String...) -> AttributeMask {
        AttributeMask(names.map { attributeBit($0)! })
    }

    /// The bit of a read attribute name (lower case), or nil when Pith never reads it.
    static func attributeBit(_ name: String) -> AttributeMask? {
        attributeBits[name]
    }

    /// The name of a read attribute's bit.
    static func attributeName(of bit: AttributeMask) -> String {
        attributeScopes[bit.rawValue.trailingZeroBitCount].name
    }

    private static let attributeBits: [String: AttributeMask] = Dictionary(
        uniqueKeysWithValues: attributeScopes.enumerated().map { ($1.name, AttributeMask(rawValue: 1 << UInt32($0))) })

    /// The attributes Pith reads on `element` (lower case, no prefix); an `<a>`'s `href` only
    /// when links are kept.
    static func attributes(readOn element: String, keepLinks: Bool) -> AttributeMask {
        (keepLinks ? readsKeepingLinks : reads)[element] ?? commonReads
    }

    /// What is read on the elements named in `attributeScopes`; any other element has
    /// `commonReads`.
    private static let reads = readTable(keepLinks: false)
    private static let readsKeepingLinks = readTable(keepLinks: true)
    private static let commonReads = computeReads(on: "", keepLinks: false)

    private static func readTable(keepLinks: Bool) -> [String: AttributeMask] {
        let names = Set(attributeScopes.compactMap(\.elements).joined())
        return Dictionary(uniqueKeysWithValues: names.map { ($0, computeReads(on: $0, keepLinks: keepLinks)) })
    }

    private static func computeReads(on element: String, keepLinks: Bool) -> AttributeMask {
        var mask: AttributeMask = []
        for (k, scope) in attributeScopes.enumerated() where scope.elements?.contains(element) ?? true {
            if scope.name == "href" && element == "a" && !keepLinks { continue }
            mask.insert(AttributeMask(rawValue: 1 << UInt32(k)))
        }
        return mask
    }

    /// The attributes whose values decide whether they are kept (`withoutIdleValues`).
    static let valueJudged: AttributeMask = [attributeBit("style")!, attributeBit("href")!]

    /// The attributes of an element Pith reads whose values say they matter: a `style` that
    /// can hide (`NodeFilter.mayHide`), a `<link>`'s `href` when its `rel` names the canonical
    /// address. The others are dropped from the tree (and cut before the parse when the raw
    /// bytes show it).
    static func withoutIdleValues(_ attributes: [DocumentTree.Attribute], on element: String) -> [DocumentTree.Attribute] {
        var result = attributes
        if result.contains(where: { $0.name == "style" }) {
            result.removeAll { $0.name == "style" && !NodeFilter.mayHide($0.value) }
        }
        if element == "link", result.contains(where: { $0.name == "href" }),
           !result.contains(where: { $0.name == "rel" && isCanonical($0.value) }) {
            result.removeAll { $0.name == "href" }
        }
        return result
    }

    /// True when a `rel` value lists `canonical` (any case).
    static func isCanonical(_ rel: String) -> Bool {
        // Most `rel` values (stylesheet, icon, preload…) do not hold the word in any case; no
        // other character lower-cases to one of its letters.
        guard ByteSearch.containsIgnoringASCIICase(rel, "canonical") else { return false }
        return rel.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" || $0 == "\u{0C}" })
            .contains("canonical")
    }
}

/// Each read attribute's bit as a constant (folded where it is read: no lazy-initialisation
/// check in a loop over the tree, as a mask built from names at run time costs).
/// `ReadAttributesTests` checks them against `attributeScopes`' order.
extension HTMLVocabulary.AttributeMask {
    static var `class`: Self { Self(rawValue: 1 << 0) }
    static var id: Self { Self(rawValue: 1 << 1) }
    static var style: Self { Self(rawValue: 1 << 2) }
    static var hidden: Self { Self(rawValue: 1 << 3) }
    static var ariaHidden: Self { Self(rawValue: 1 << 4) }
    static var role: Self { Self(rawValue: 1 << 5) }
    static var ariaControls: Self { Self(rawValue: 1 << 6) }
    static var ariaModal: Self { Self(rawValue: 1 << 7) }
    static var itemtype: Self { Self(rawValue: 1 << 8) }
    static var popover: Self { Self(rawValue: 1 << 9) }
    static var href: Self { Self(rawValue: 1 << 10) }
    static var rel: Self { Self(rawValue: 1 << 11) }
    static var itemprop: Self { Self(rawValue: 1 << 12) }
    static var content: Self { Self(rawValue: 1 << 13) }
    static var name: Self { Self(rawValue: 1 << 14) }
    static var property: Self { Self(rawValue: 1 << 15) }
    static var httpEquiv: Self { Self(rawValue: 1 << 16) }
    static var lang: Self { Self(rawValue: 1 << 17) }
    static var xmlLang: Self { Self(rawValue: 1 << 18) }
    static var type: Self { Self(rawValue: 1 << 19) }
    static var datetime: Self { Self(rawValue: 1 << 20) }
    static var pubdate: Self { Self(rawValue: 1 << 21) }
    static var ariaLabelledby: Self { Self(rawValue: 1 << 22) }
}
