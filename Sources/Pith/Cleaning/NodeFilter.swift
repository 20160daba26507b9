/// Marks DOM nodes whose subtrees are not content, before any text is read.
///
/// *Hard* marks are certain: non-content tags (script, style, form controls, `<head>`…).
/// *Soft* marks come from structure and naming — `<nav>`, `<aside>`, `<header>`, `<footer>`, `<figcaption>`,
/// ARIA landmark roles, and class/id hints — and can be overruled later when the marked subtree
/// turns out to hold most of the page's text (`SoftRemovalGuard`).
///
/// Hidden elements (`hidden`, `aria-hidden="true"`, inline `display:none` / `visibility:hidden`,
/// a class that draws text for screen readers only) are hard marks for the title and metadata
/// readers (`hard`), but the block segmenter reads them (`skip` leaves them out):
/// `HiddenBodyRule` then drops their blocks, unless the page holds its body hidden until a
/// script reveals it. Tab and accordion panels —
/// `role="tabpanel"`, or an element whose id some control names in `aria-controls` — are
/// content a reader opens with a click: they are not hidden at all.
struct NodeFilter {
    var hard: [RemovalReason?]
    var soft: [RemovalReason?]
    /// The hard marks without hiding: what the block segmenter leaves out.
    var skip: [RemovalReason?]
    /// Soft marks that nothing overrules: the prompts of `PromptDetector`.
    var firm: [Bool]

    init(tree: DocumentTree, hints: ClassIDHints, options: ExtractionOptions) {
        hard = Array(repeating: nil, count: tree.count)
        soft = Array(repeating: nil, count: tree.count)
        skip = []
        firm = Array(repeating: false, count: tree.count)
        // A page repeats its class and id values (list items, links): each pair is judged once.
        var judged = ClassIDMemo()
        let panels = Self.controlledIDs(tree)
        for i in 0..<tree.count {
            let node = tree[i]
            guard node.kind == .element else { continue }
            if tree.flags[i].contains(.nonContent), !Self.swallowsThePage(tree, i) {
                hard[i] = .nonContent
            } else if tree.hasAny(Self.hidingAttributes, i), Self.isHidden(tree, i), !Self.isPanel(tree, i, panels) {
                hard[i] = .hidden
            } else if let r = Self.softReason(tree, i, hints: hints, memo: &judged) {
                // Screen-reader text (`[hidden]` in hints.txt: `sr-only`, `visually-hidden`) is
                // drawn off-screen: hidden as `hidden` hides, inside a line as well.
                if r == .hidden { hard[i] = .hidden; continue }
                if r == .comments, options.includeComments { continue }
                if r == .widget, Self.isLargeForATooltip(tree, i, hints: hints) { continue }
                // Inside a heading an inline element marked by its class (an "[edit]" link, a
                // share icon) cannot be a region of its own: it goes as text of the heading.
                if !tree.flags[i].contains(.blockLevel), Self.isInsideHeading(tree, i) {
                    hard[i] = r
                } else {
                    soft[i] = r
                }
            }
        }
        InlineLinkCardDetector.mark(tree, hard: &hard)
        if !options.includeComments { QAComments.mark(tree, hard: &hard) }
        // Hidden blocks are read as blocks of their own; hidden words inside a visible line
        // (an inline element) are never read into it.
        skip = hard
        for i in 0..<tree.count where hard[i] == .hidden && tree.flags[i].contains(.blockLevel) { skip[i] = nil }
        // Inherit hard marks downwards (parents precede children).
        for i in 0..<tree.count {
            let p = tree[i].parent
            guard p >= 0 else { continue }
            if hard[i] == nil, let r = hard[p] { hard[i] = r }
            if skip[i] == nil, let r = skip[p] { skip[i] = r }
        }
        TeaserListDetector.mark(tree, hard: hard, into: &soft)
        PromptDetector.mark(tree, hard: hard, soft: &soft, firm: &firm)
        // Inherited downwards like the hard marks.
        for i in 0..<tree.count where !firm[i] {
            let p = tree[i].parent
            if p >= 0, firm[p] { firm[i] = true }
        }
    }

    private static var controlsAttribute: HTMLVocabulary.AttributeMask { .ariaControls }
    /// Text (non-space characters) past which a `<button>` is a parse accident, not a control.
    static let maxButtonCharacters = 300

    /// A `<button>` that an unclosed `<div>` inside it made the parent of the rest of the page
    /// (libxml2 keeps what follows inside the button): it holds a page's worth of text, and is
    /// read as an ordinary element rather than dropped as a control.
    static func swallowsThePage(_ tree: DocumentTree, _ i: Int) -> Bool {
        tree.name(of: i) == "button" && tree.nonSpaceCharacters(under: i, upTo: maxButtonCharacters + 1) > maxButtonCharacters
    }

    /// Every id named in an `aria-controls` on the page (tabs, accordion buttons, "show more").
    static func controlledIDs(_ tree: DocumentTree) -> Set<String> {
        var ids: Set<String> = []
        for i in 0..<tree.count where tree.nodes[i].kind == .element && tree.hasAny(controlsAttribute, i) {
            if let v = tree.attribute(controlsAttribute, of: i) {
                for id in v.split(separator: " ") { ids.insert(String(id)) }
            }
        }
        return ids
    }

    /// A tooltip's or popover's content is a line or two; an element classed like one that holds
    /// more (`<table class="tableList js-dataTooltip">`: its rows show tooltips) is no tooltip.
    static let tooltipBytes = 600

    static func isLargeForATooltip(_ tree: DocumentTree, _ i: Int, hints: ClassIDHints) -> Bool {
        let small = tree.withClassAndID(of: i) { classValue, idValue -> Bool in
            guard let first = classValue ?? idValue else { return false }
            return hints.firstMatchIsSmallOnly(first, classValue == nil ? nil : idValue)
        }
        guard small else { return false }
        var bytes = 0
        for j in i..<tree[i].end where tree[j].kind == .text {
            bytes += tree[j].textCount
            if bytes > tooltipBytes { return true }
        }
        return false
    }

    /// A tab or accordion panel: hidden until a reader opens it, content all the same. A panel is
    /// `role="tabpanel"`, an accordion's `role="region"` labelled by its header
    /// (`aria-labelledby`), an element some control names in `aria-controls`, or one whose class
    /// names a tab pane, an accordion, a FAQ or its answer; a hidden wrapper whose first elements
    /// down are such a panel (a collapsing wrapper around the region) is one too.
    static func isPanel(_ tree: DocumentTree, _ i: Int, _ controlled: Set<String>) -> Bool {
        if isPanelItself(tree, i, controlled) { return true }
        // The wrapper's first element child, and its first element child: one or two levels.
        var n = i
        for _ in 0..<2 {
            guard let child = tree.children(of: n).first(where: { tree[$0].kind == .element }) else { return false }
            if isPanelItself(tree, child, controlled) { return true }
            n = child
        }
        return false
    }

    private static var labelledByAttribute: HTMLVocabulary.AttributeMask { .ariaLabelledby }
    /// Class words of panels a click opens (Bootstrap's `tab-pane`, accordions, FAQ answers).
    private static let panelClassWords: [StaticString] = ["tab-pane", "tabpane", "answer"]

    private static func isPanelItself(_ tree: DocumentTree, _ i: Int, _ controlled: Set<String>) -> Bool {
        if tree.hasAny(roleAttribute, i), let role = tree.attribute(roleAttribute, of: i)?.lowercased() {
            if role == "tabpanel" { return true }
            if role == "region", tree.hasAny(labelledByAttribute, i) { return true }
        }
        if tree.withAttribute(classAttribute, of: i, { b in
            panelClassWords.contains { ByteSearch.containsIgnoringASCIICase(b, $0) }
        }) == true { return true }
        guard !controlled.isEmpty, tree.hasAny(idAttribute, i), let id = tree.attribute(idAttribute, of: i) else { return false }
        return controlled.contains(id)
    }

    /// The attributes that can hide an element, and those that name it.
    private static var hidingAttributes: HTMLVocabulary.AttributeMask { .hidden.union(.ariaHidden).union(.style).union(.popover) }
    private static var namingAttributes: HTMLVocabulary.AttributeMask { .`class`.union(.id) }
    private static var roleAttribute: HTMLVocabulary.AttributeMask { .role }
    private static var hiddenAttribute: HTMLVocabulary.AttributeMask { .hidden }
    private static var ariaHiddenAttribute: HTMLVocabulary.AttributeMask { .ariaHidden }
    private static var styleAttribute: HTMLVocabulary.AttributeMask { .style }
    private static var classAttribute: HTMLVocabulary.AttributeMask { .`class` }
    private static var idAttribute: HTMLVocabulary.AttributeMask { .id }

    static func isInsideHeading(_ tree: DocumentTree, _ i: Int) -> Bool {
        tree.nearest(from: tree[i].parent, within: 8) { tree.flags[$0].contains(.heading) } != nil
    }

    /// True when the style text holds "none" or "hidden" in any letter case.
    static func mayHide(_ style: String) -> Bool {
        ByteSearch.containsIgnoringASCIICase(style, "none") || ByteSearch.containsIgnoringASCIICase(style, "hidden")
    }

    /// The same on the bytes of a style value (as the stripper reads it before the parse).
    static func mayHide(_ style: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteSearch.containsIgnoringASCIICase(style, "none") || ByteSearch.containsIgnoringASCIICase(style, "hidden")
    }

    private static var popoverAttribute: HTMLVocabulary.AttributeMask { .popover }

    static func isHidden(_ tree: DocumentTree, _ i: Int) -> Bool {
        // `popover` elements stay hidden until a control opens them (menus, notices, pickers).
        if tree.hasAny(hiddenAttribute, i) || tree.hasAny(popoverAttribute, i) { return true }
        // `aria-hidden="true"` in any letter case.
        if tree.withAttribute(ariaHiddenAttribute, of: i, { $0.count == 4 && ByteSearch.hasPrefixIgnoringASCIICase($0, "true") }) == true {
            return true
        }
        // Most inline styles hide nothing: look for "none" or "hidden" before any work.
        if tree.withAttribute(styleAttribute, of: i, { Self.mayHide($0) }) == true, let style = tree.attribute(styleAttribute, of: i) {
            let s = WhitespaceNormalizer.squeezed(style)
            if ByteSearch.containsIgnoringASCIICase(s, "display:none") || ByteSearch.containsIgnoringASCIICase(s, "visibility:hidden") {
                return true
            }
        }
        return false
    }

    /// A `<header>` inside a `<section>` (and no `<article>`) heads that section — HTML's
    /// accessibility mapping makes it no banner — and holds the section's heading and intro: on a
    /// landing page that is content. Its `header` mark is lifted; the caller does it only on pages
    /// that do not say they are articles or threads, whose section headers hold a story's
    /// standfirst and byline.
    static func unmarkSectionHeaders(_ tree: DocumentTree, _ soft: inout [RemovalReason?]) {
        for i in tree.elements(named: "header") where soft[i] == .header {
            var a = tree.nodes[i].parent
            var inSection = false
            while a >= 0 {
                let name = tree.name(of: a)
                if name == "article" { inSection = false; break }
                if name == "section" { inSection = true }
                a = tree.nodes[a].parent
            }
            if inSection { soft[i] = nil }
        }
    }

    static func softReason(_ tree: DocumentTree, _ i: Int, hints: ClassIDHints) -> RemovalReason? {
        var memo = ClassIDMemo()
        return softReason(tree, i, hints: hints, memo: &memo)
    }

    /// - Parameter landmarks: read the element's tag and role too, not only its class and id.
    static func softReason(_ tree: DocumentTree, _ i: Int, hints: ClassIDHints, memo: inout ClassIDMemo,
                           landmarks: Bool = true) -> RemovalReason? {
        if landmarks, tree.flags[i].contains(.landmark) {
            switch tree.name(of: i) {
            case "nav", "menu": return .navigation
            case "aside": return .sidebar
            case "footer": return .footer
            case "header": return .header
            case "figcaption": return .caption
            // What a browser without scripts shows: usually a "turn on JavaScript" line or a
            // tracking pixel, but some sites (forum software among them) serve the whole page
            // there for crawlers. A soft mark: it goes unless the body is found inside it.
            case "noscript": return .nonContent
            default: return nil   // html, body, main, article
            }
        }
        if landmarks, tree.hasAny(roleAttribute, i), let role = tree.attribute(HTMLVocabulary.AttributeMask.role, of: i)?.lowercased() {
            switch role {
            case "navigation", "search", "menu", "menubar": return .navigation
            case "banner": return .header
            case "contentinfo": return .footer
            case "complementary": return .sidebar
            case "dialog", "alertdialog": return .modal
            default: break
            }
        }
        guard tree.hasAny(namingAttributes, i) else { return nil }
        return tree.withClassAndID(of: i) { classValue, idValue -> RemovalReason? in
            guard let first = classValue ?? idValue else { return nil }
            let key = ClassIDMemo.key(classValue, idValue)
            if let known = memo.reason(for: key) { return known }
            let r = hints.removalReason(first, classValue == nil ? nil : idValue)
            memo.store(r, for: key)
            return r
        }
    }
}

/// Class/id judgements already made on a page, by a 64-bit hash of the pair (`ByteHash`; a wrong
/// answer needs a collision between two of the page's few thousand pairs): open addressing over
/// a power-of-two table, where a `Dictionary` would hash the hash again with SipHash.
struct ClassIDMemo {
    private var keys = [UInt64](repeating: 0, count: 1024)
    private var reasons = [RemovalReason?](repeating: nil, count: 1024)
    private var count = 0

    /// The pair's key: 0 never (it marks an empty slot).
    static func key(_ classValue: UnsafeBufferPointer<UInt8>?, _ idValue: UnsafeBufferPointer<UInt8>?) -> UInt64 {
        var h = ByteHash.seed
        if let classValue { h = ByteHash.hash(classValue, continuing: ByteHash.mix(h, 1)) }
        if let idValue { h = ByteHash.hash(idValue, continuing: ByteHash.mix(h, 2)) }
        return h == 0 ? 1 : h
    }

    /// The judgement made on the pair with this key (`.some(nil)`: judged, no reason), or nil.
    func reason(for key: UInt64) -> RemovalReason?? {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 {
            if keys[slot] == key { return .some(reasons[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    mutating func store(_ reason: RemovalReason?, for key: UInt64) {
        let mask = keys.count - 1
        var slot = Int(truncatingIfNeeded: key >> 7) & mask
        while keys[slot] != 0 && keys[slot] != key { slot = (slot + 1) & mask }
        if keys[slot] == 0 { count += 1 }
        keys[slot] = key
        reasons[slot] = reason
        if count * 2 > keys.count { grow() }
    }

    private mutating func grow() {
        let oldKeys = keys, oldReasons = reasons
        keys = [UInt64](repeating: 0, count: oldKeys.count * 2)
        reasons = [RemovalReason?](repeating: nil, count: oldKeys.count * 2)
        let mask = keys.count - 1
        for (k, key) in oldKeys.enumerated() where key != 0 {
            var slot = Int(truncatingIfNeeded: key >> 7) & mask
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            reasons[slot] = oldReasons[k]
        }
    }
}
