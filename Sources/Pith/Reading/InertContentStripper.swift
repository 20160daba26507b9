import Foundation

/// Cuts out of a UTF-8 page what libxml2 would read one character at a time only for Pith to
/// throw away, before the page is parsed: the insides of `<script>` and `<style>`, comments, the
/// insides of inline `<svg>` drawings, the attributes Pith never reads (`data-*`, `srcset`,
/// `onclick`, `width`…, an `<a>`'s `href` unless links are kept, a `style` that cannot hide),
/// and all but one blank of each run between tags outside preformatted text (all of it beside
/// a block's start tag, `containerBlocks`). On a typical news
/// page that is two thirds of the bytes, and libxml2's HTML parser costs about as much per byte
/// of script or attribute as per byte of text.
///
/// The tree keeps its shape: the element tags stay (an empty `<script>` where the script was),
/// and so do the attributes Pith reads on that element (`HTMLVocabulary.attributeScopes`; the
/// tree builder applies the same rules, so a cut declined here changes nothing). JSON-LD scripts
/// (`type="application/ld+json"`) keep their content: the metadata reads it.
///
/// The scan follows libxml2 2.9's HTML tokenizer where it decides what is markup: a tag starts at
/// `<` + ASCII letter, attribute names and values are read as libxml2 reads them (values quoted
/// with `"` or `'`, or running to a blank or `>`), a script ends at the first `</script` (any
/// case) that is followed by an end tag of that name alone, a comment at the first `-->`. Where
/// libxml2 would do something else — a script whose text starts with `</`, holds a control
/// character or is broken by another end tag (`</scriptx>`, read and dropped, the script going
/// on), an `<svg>` whose inside closes anything but SVG elements — the element is left whole and
/// nothing in it is cut or tokenized; where a quote is never closed or a tag never
/// ends, the rest of the page is passed on untouched. `LibXMLTreeReaderTests` checks the result
/// against libxml2's own tree of the uncut page.
enum InertContentStripper {
    /// The page with the inert parts removed; `bytes` itself when there is nothing to remove.
    static func strip(_ bytes: [UInt8], keepLinks: Bool = false) -> [UInt8] {
        strip(bytes, keepLinks: keepLinks, tokenize: false).bytes
    }

    /// The page with the inert parts removed and, with `tokenize`, runs of text and the read
    /// attributes of most start tags replaced by tokens (`ParseTokens`), which the tree
    /// builder turns back into the original bytes.
    /// `html5` reads markup as libxml2 2.14+ does (`LibXMLVersion.html5Tokenizer`); the default
    /// is the loaded library's way.
    static func strip(_ bytes: [UInt8], keepLinks: Bool, tokenize: Bool,
                      html5: Bool = LibXMLVersion.html5Tokenizer) -> (bytes: [UInt8], tokens: ParseTokens) {
        bytes.withUnsafeBufferPointer { buffer in
            let small = buffer.count < Int(Int32.max)
            let scan = PageScan(buffer)
            var scanner = Scanner(p: buffer, elementReads: keepLinks ? elementReadsKeepingLinks : elementReads,
                                  textTokens: tokenize && small && scan.allowsTextTokens,
                                  attributeTokens: tokenize && small && scan.allowsAttributeTokens,
                                  pageHasNoControlByte: !scan.hasControlByte, html5: html5)
            let out = scanner.run() ?? bytes
            var tokens = scanner.tokens
            if !tokens.texts.isEmpty || !tokens.attributeSets.isEmpty { tokens.source = bytes }
            return (out, tokens)
        }
    }

    /// SVG element names (lower case) that HTML never uses: an end tag with one of these names
    /// inside an `<svg>` cannot close anything outside it.
    static let svgOnlyNames: Set<String> = [
        "path", "g", "defs", "use", "symbol", "circle", "rect", "ellipse", "line", "polyline", "polygon",
        "lineargradient", "radialgradient", "stop", "clippath", "mask", "pattern", "text", "tspan",
        "textpath", "filter", "desc", "metadata", "marker", "view", "switch", "animate",
        "animatetransform", "animatemotion", "set", "feblend", "fecolormatrix", "fecomponenttransfer",
        "fecomposite", "feconvolvematrix", "fediffuselighting", "fedisplacementmap", "fedropshadow",
        "feflood", "fefunca", "fefuncb", "fefuncg", "fefuncr", "fegaussianblur", "feimage", "femerge",
        "femergenode", "femorphology", "feoffset", "fespecularlighting", "fetile", "feturbulence",
        "fepointlight", "fespotlight", "fedistantlight",
    ]

    fileprivate static let svgOnlyNameTable = table(Array(svgOnlyNames)) { _ in true }

    /// Block elements around whose start tags runs of blanks go whole, outside preformatted
    /// text: blanks that open a block would be its first text, blanks before one the last text
    /// of what comes before, and a block's text is trimmed at both ends (the segmenter ends a
    /// text at every block, dropped or kept). Elsewhere a run of blanks between tags becomes
    /// one blank: it may be all that keeps two words apart. Not `<p>` (its text is measured
    /// byte by byte, blanks included, by `InlineLinkCardDetector`), the preformatted elements,
    /// the void `<hr>`, nor `<html>`/`<body>` (libxml2 drops a second one).
    static let containerBlocks: Set<String> = HTMLVocabulary.blockLevel
        .subtracting(["p", "pre", "listing", "xmp", "plaintext", "hr", "html", "body"])
    fileprivate static let containerBlockTable = table(Array(containerBlocks)) { _ in true }

    /// The read attribute names by length, with their bits.
    fileprivate static let attributeBitTable: [[([UInt8], HTMLVocabulary.AttributeMask)]] =
        table(HTMLVocabulary.attributeScopes.map(\.name)) { HTMLVocabulary.attributeBit($0)! }

    /// The elements with attributes of their own (`<a>`, `<link>`, `<time>`…) by name length,
    /// with what Pith reads on each; any other element has `commonReads`.
    fileprivate static let elementReads = elementTable(keepLinks: false)
    fileprivate static let elementReadsKeepingLinks = elementTable(keepLinks: true)
    fileprivate static let commonReads = HTMLVocabulary.attributes(readOn: "", keepLinks: false)
    fileprivate static let styleBit = HTMLVocabulary.attributeBit("style")!
    fileprivate static let hrefBit = HTMLVocabulary.attributeBit("href")!

    private static func elementTable(keepLinks: Bool) -> [[([UInt8], HTMLVocabulary.AttributeMask)]] {
        let names = Set(HTMLVocabulary.attributeScopes.compactMap(\.elements).joined())
        return table(Array(names)) { HTMLVocabulary.attributes(readOn: $0, keepLinks: keepLinks) }
    }

    private static func table<V>(_ names: [String], _ value: (String) -> V) -> [[([UInt8], V)]] {
        var t = [[([UInt8], V)]](repeating: [], count: (names.map(\.utf8.count).max() ?? 0) + 1)
        for n in names { t[n.utf8.count].append((Array(n.utf8), value(n))) }
        return t
    }

    private struct Scanner {
        let p: UnsafeBufferPointer<UInt8>
        let elementReads: [[([UInt8], HTMLVocabulary.AttributeMask)]]
        var out: [UInt8] = []
        /// Start of the input not yet copied to `out`.
        var copied = 0
        var removedAny = false
        /// Attribute ranges to drop from the start tag being read (applied once it has ended).
        var pendingCuts: [(Int, Int)] = []
        /// The start tag being read has an attribute name libxml2 would split.
        var hasLongName = false
        /// How many elements whose white space is kept as written (`<pre>`, `<textarea>`…) are
        /// open; runs of blanks between tags are squeezed only outside them.
        var preformattedDepth = 0
        /// A `<link>`'s `href`, cut only if the tag turns out not to name the canonical address.
        var linkHrefCut: (Int, Int)? = nil
        /// Where a `<link>`'s `href` is in `tokens.attributes` (it stays only for the canonical one).
        var linkHrefIndex: Int? = nil
        /// The last `</svg` found, and the last place before it with markup that could reach
        /// outside a drawing (-1 if none): a later `<svg>` before that end shares both, so
        /// nested or unclosed drawings cost one scan in all, not one each (which would be
        /// quadratic).
        var drawingClose: Int? = nil
        var drawingLastForeign = -1
        var noDrawingCloseAfter = Int.max

        /// libxml2 reads at most this many bytes of a name; the rest starts a new token.
        static let maxNameLength = 100

        /// Whether runs of text and read attributes may become tokens on this page, and the
        /// tokens written so far.
        let textTokens: Bool
        let attributeTokens: Bool
        var tokens = ParseTokens()
        /// Where, in the output, the text libxml2 is reading at the scan position began (or
        /// earlier): libxml2 hands text on in pieces of 1,000 bytes, and a token must not be
        /// cut in two, so a token is written only within the first 900 bytes of a text run.
        var runStart = 0
        /// True when the scan position is where libxml2 starts reading text (after a tag or an
        /// end tag; not at the very start, where it skips blanks first): only then may the text
        /// there become a token.
        var textSafe = false
        /// The last markup read was the start tag of a block element (its leading blanks go).
        var afterBlockStart = false
        /// The read attributes of the start tag being read (`startTagEnd`) are noted at the end
        /// of `tokens.attributes`, from here on (and dropped again if the tag takes no token);
        /// whether one of them came twice or holds a character reference.
        var keptStart = 0
        var keptAttributesUnfit = false
        var seenReads: HTMLVocabulary.AttributeMask = []

        /// Most pages hold no control character at all: then no tag or text needs the check.
        let pageHasNoControlByte: Bool

        /// Markup is read as libxml2 2.14+'s HTML5 tokenizer reads it (`LibXMLVersion`).
        let html5: Bool
        /// The start tag being read has an attribute name that only the HTML5 tokenizer reads
        /// as one (a byte outside libxml2 2.9's name characters): nothing in it is cut or
        /// tokenized.
        var oddAttributeName = false
        /// libxml2 2.9 only: the first attribute of the start tag being read whose name 2.9
        /// cannot read and whose quoted value holds a `>` (`startTagEnd`); it must be cut for
        /// 2.9 to find the tag's end where a browser does. `foreignAttributeUncut`: one of them
        /// cannot be cut on its own (nothing blank around it).
        var foreignAttribute: (Int, Int)? = nil
        var foreignAttributeUncut = false

        static let maxTextRunForToken = 900
        static let maxLeadingBlanksForToken = 500

        init(p: UnsafeBufferPointer<UInt8>, elementReads: [[([UInt8], HTMLVocabulary.AttributeMask)]],
             textTokens: Bool = false, attributeTokens: Bool = false, pageHasNoControlByte: Bool = false,
             html5: Bool = false) {
            self.p = p
            self.elementReads = elementReads
            self.textTokens = textTokens
            self.attributeTokens = attributeTokens
            self.pageHasNoControlByte = pageHasNoControlByte
            self.html5 = html5
        }

        var n: Int { p.count }

        @inline(__always) func byte(_ i: Int) -> UInt8 { i < n ? p[i] : 0 }

        /// Copies input up to `upTo` and skips to `resume`.
        mutating func cut(_ upTo: Int, resume: Int) {
            if !removedAny {
                out.reserveCapacity(n / 2)
                removedAny = true
            }
            if upTo > copied { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<upTo])) }
            copied = resume
        }

        /// The stripped bytes, or nil when nothing was removed.
        mutating func run() -> [UInt8]? {
            var i = 0
            scan: while i < n {
                guard let lt = next(UInt8(ascii: "<"), from: i) else {
                    if textSafe { tokenizeText(i, n) }
                    break
                }
                if preformattedDepth == 0 && lt > i && isBlankRun(i, lt) {
                    if afterBlockStart || opensBlock(at: lt) { cut(i, resume: lt) } else if lt - i >= 2 { cut(i + 1, resume: lt) }
                }
                afterBlockStart = false
                if textSafe && lt > i { tokenizeText(i, lt) }
                let c1 = byte(lt + 1)
                if c1 == UInt8(ascii: "!") {
                    if byte(lt + 2) == UInt8(ascii: "-") && byte(lt + 3) == UInt8(ascii: "-") {
                        if html5 {
                            guard let end = html5CommentEnd(from: lt + 4) else { break scan }
                            cut(lt, resume: end)
                            i = end
                        } else {
                            guard let close = find3(UInt8(ascii: "-"), UInt8(ascii: "-"), UInt8(ascii: ">"), from: lt + 4)
                            else { break scan }
                            cut(lt, resume: close + 3)
                            i = close + 3
                        }
                    } else if startsCaseInsensitive("doctype", at: lt + 2) {
                        // HTML5: a DOCTYPE's literals stop at a `>` too; it ends at the first one.
                        guard let end = html5 ? next(UInt8(ascii: ">"), from: lt + 9).map({ $0 + 1 }) : doctypeEnd(from: lt + 9)
                        else { break scan }
                        i = end
                        textSafe = false
                    } else if html5 {
                        // A bogus comment, to the next `>`.
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                        textSafe = false
                    } else {
                        i = lt + 2
                        textSafe = false
                    }
                } else if c1 == UInt8(ascii: "?") && html5 {
                    // A bogus comment, to the next `>`.
                    guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                    i = gt + 1
                    textSafe = false
                } else if c1 == UInt8(ascii: "/") && html5 {
                    let c2 = byte(lt + 2)
                    if lt + 2 >= n { break scan }
                    if c2 == UInt8(ascii: ">") {
                        i = lt + 3   // `</>` is dropped
                        textSafe = false
                    } else if isLetter(c2) {
                        // An end tag's attributes are read (and dropped): a quoted `>` does not end it.
                        let stop = tagNameEnd(from: lt + 2)
                        guard let end = html5TagEnd(from: stop) else { break scan }
                        if preformattedDepth > 0 && isPreformatted(lt + 2, stop) { preformattedDepth -= 1 }
                        i = end
                        startTextRun(at: i)
                    } else {
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                        textSafe = false
                    }
                } else if c1 == UInt8(ascii: "?") {
                    // libxml2 reads a processing instruction to its `>` only when a name follows
                    // `<?`; otherwise it drops the `<?` and reads on as text. A name starting
                    // with a non-ASCII character depends on XML's letter tables: the rest of
                    // the page is left as it is.
                    let c2 = byte(lt + 2)
                    if isLetter(c2) || c2 == UInt8(ascii: "_") || c2 == UInt8(ascii: ":") {
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        i = gt + 1
                    } else if c2 >= 0x80 {
                        break scan
                    } else {
                        i = lt + 2
                    }
                    textSafe = false
                } else if c1 == UInt8(ascii: "/") {
                    if isLetter(byte(lt + 2)) {
                        guard let gt = next(UInt8(ascii: ">"), from: lt + 2) else { break scan }
                        if preformattedDepth > 0 && isPreformatted(lt + 2, nameEnd(from: lt + 2)) { preformattedDepth -= 1 }
                        i = gt + 1
                        startTextRun(at: i)
                    } else {
                        i = lt + 2
                        textSafe = false
                    }
                } else if isLetter(c1) {
                    let nameEnd = tagNameEnd(from: lt + 1)
                    let isLink = nameEnd - lt - 1 == 4 && startsCaseInsensitive("link", at: lt + 1)
                    let elementReads = reads(lt + 1, nameEnd)
                    // With attribute tokens, the cuts are looked for only if the tag turns out
                    // not to take one (then it is walked a second time).
                    startTag()
                    guard let (tagEnd, selfClosing) = startTagEnd(
                        from: nameEnd, reads: elementReads, isLink: isLink, findCuts: !attributeTokens)
                    else { break scan }
                    if linkHrefIndex != nil { settleLinkHref(lt, tagEnd) }
                    let plainTag = nameEnd - lt - 1 < Self.maxNameLength && !hasLongName && !oddAttributeName
                    // A browser-only attribute with a `>` in its value must go (see
                    // `foreignAttribute`), or libxml2 2.9 reads the tag otherwise: then the rest
                    // of the page is left as it is.
                    if foreignAttribute != nil
                        && (foreignAttributeUncut || !plainTag || !isCleanTag(lt, tagEnd) || keepsAttributes(lt + 1, nameEnd)) {
                        startTag()   // what was noted on this tag goes unused
                        break scan
                    }
                    if attributeTokens && plainTag && !keptAttributesUnfit && tagEnd - nameEnd > 1
                        && tokens.attributeSets.count < ParseTokens.maxTokens
                        && !keepsAttributes(lt + 1, nameEnd, meta: false) && isCleanTag(lt, tagEnd) {
                        replaceAttributes(from: nameEnd, tagEnd: tagEnd, selfClosing: selfClosing)
                    } else if plainTag && isCleanTag(lt, tagEnd) && !keepsAttributes(lt + 1, nameEnd) {
                        if attributeTokens {
                            startTag()
                            _ = startTagEnd(from: nameEnd, reads: elementReads, isLink: isLink)
                            if linkHrefIndex != nil { settleLinkHref(lt, tagEnd) }
                        }
                        for (from, to) in pendingCuts { cut(from, resume: to) }
                    }
                    i = tagEnd
                    startTextRun(at: i)
                    if selfClosing { continue }
                    afterBlockStart = lookUp(InertContentStripper.containerBlockTable, lt + 1, nameEnd) != nil
                    if isPreformatted(lt + 1, nameEnd) { preformattedDepth += 1 }
                    if html5 {
                        switch html5ContentModel(lt + 1, nameEnd) {
                        case .script:
                            guard let end = html5RawTextEnd("script", from: tagEnd, script: true) else { break scan }
                            if isJSONLD(lt, tagEnd) {
                                tokenizeScript(tagEnd, end)
                            } else if end > tagEnd {
                                cut(tagEnd, resume: end)
                            }
                            i = end
                        case .style:
                            guard let end = html5RawTextEnd("style", from: tagEnd, script: false) else { break scan }
                            if end > tagEnd { cut(tagEnd, resume: end) }
                            i = end
                        case .rawText(let name):
                            // Read as text to its end tag; nothing inside is cut.
                            guard let end = html5RawTextEnd(name, from: tagEnd, script: false) else { break scan }
                            i = end
                            textSafe = false
                        case .plainText:
                            break scan   // the rest of the page is text
                        case .svg:
                            i = cutDrawing(from: tagEnd)
                        case .other:
                            break
                        }
                        continue
                    }
                    switch nameEnd - lt - 1 {
                    case 6 where startsCaseInsensitive("script", at: lt + 1):
                        if isJSONLD(lt, tagEnd) {
                            // Kept whole: markup inside its strings is not markup. libxml2 hands
                            // the text on as it is (no references in a script): one token.
                            let (end, plain) = rawTextEnd("script", from: tagEnd)
                            if plain { tokenizeScript(tagEnd, end) }
                            i = end
                            continue
                        }
                        i = cutRawText("script", from: tagEnd)
                    case 5 where startsCaseInsensitive("style", at: lt + 1):
                        i = cutRawText("style", from: tagEnd)
                    case 3 where startsCaseInsensitive("svg", at: lt + 1):
                        i = cutDrawing(from: tagEnd)
                    default:
                        break
                    }
                } else {
                    i = lt + 1
                    textSafe = false
                }
            }
            guard removedAny else { return nil }
            if copied < n { out.append(contentsOf: UnsafeBufferPointer(rebasing: p[copied..<n])) }
            return out
        }

        // MARK: white space

        // A run of blanks between two tags, outside preformatted text, becomes its first blank
        // (libxml2 reads each one through its character decoder, and Pith reads any run of white
        // space as one space; the node stays, and words on either side stay apart), or goes
        // whole beside a block's start tag (`containerBlocks`).

        /// True when `start..<end` is all blanks.
        func isBlankRun(_ start: Int, _ end: Int) -> Bool {
            for k in start..<end where !isBlank(p[k]) { return false }
            return true
        }

        /// True when a start tag of a block element (`containerBlocks`) begins at `lt`.
        func opensBlock(at lt: Int) -> Bool {
            guard isLetter(byte(lt + 1)) else { return false }
            return lookUp(InertContentStripper.containerBlockTable, lt + 1, tagNameEnd(from: lt + 1)) != nil
        }

        // MARK: parse tokens

        /// Where input position `i` (not yet cut) lands in the output.
        func outputOffset(_ i: Int) -> Int { removedAny ? out.count + (i - copied) : i }

        /// Forgets what was noted on the previous start tag.
        mutating func startTag() {
            oddAttributeName = false
            foreignAttribute = nil
            foreignAttributeUncut = false
            if !pendingCuts.isEmpty { pendingCuts.removeAll(keepingCapacity: true) }
            if tokens.attributes.count > keptStart { tokens.attributes.removeLast(tokens.attributes.count - keptStart) }
            keptAttributesUnfit = false
            seenReads = []
            hasLongName = false
            linkHrefCut = nil
            linkHrefIndex = nil
        }

        /// A `<link>`'s `href` stays only when the tag may give its `rel` as canonical.
        mutating func settleLinkHref(_ lt: Int, _ tagEnd: Int) {
            guard let k = linkHrefIndex, !mayNameCanonical(lt, tagEnd) else { return }
            if let c = linkHrefCut {
                pendingCuts.append(c)
                pendingCuts.sort { $0.0 < $1.0 }
            }
            tokens.attributes.remove(at: k)
            linkHrefIndex = nil
        }

        /// libxml2 starts reading text afresh at `i`, just after a tag.
        mutating func startTextRun(at i: Int) {
            textSafe = true
            runStart = outputOffset(i)
        }

        /// Replaces the text in `start..<end` (between two pieces of markup) with a token, up to
        /// its first character reference, control character or non-character (which libxml2
        /// reads itself), when that part holds more than a token's bytes and something other
        /// than blanks: libxml2 treats a blank run differently (it may not open an implied
        /// `<p>` for it), a token is never blank.
        mutating func tokenizeText(_ start: Int, _ end: Int) {
            guard textTokens, end - start > ParseTokens.textTokenLength,
                  tokens.texts.count < ParseTokens.maxTokens else { return }
            var firstWord = start
            while firstWord < end && isBlank(p[firstWord]) { firstWord += 1 }
            guard firstWord < end, firstWord - start < Self.maxLeadingBlanksForToken else { return }
            let stop = plainTextEnd(start, end)
            guard stop - start > ParseTokens.textTokenLength, firstWord < stop,
                  outputOffset(start) - runStart + ParseTokens.textTokenLength <= Self.maxTextRunForToken else { return }
            cut(start, resume: stop)
            ParseTokens.appendTextToken(tokens.texts.count, to: &out)
            tokens.texts.append(Int32(start)..<Int32(stop))
        }

        /// Replaces a script's text (`start..<end`, up to its `</script`) with one token when
        /// libxml2 reads it as one run and hands it on unchanged: no control character, no
        /// U+FFFE or U+FFFF (dropped), not opening with `</`. libxml2 passes script text on in
        /// pieces of 1,000 bytes; the token is the first of them.
        mutating func tokenizeScript(_ start: Int, _ end: Int) {
            guard textTokens, end - start > ParseTokens.textTokenLength, tokens.texts.count < ParseTokens.maxTokens,
                  isPlainRawText(start, end), !hasNonCharacter(start, end),
                  !html5 || next(0x0D, from: start, before: end) == nil else { return }
            cut(start, resume: end)
            ParseTokens.appendTextToken(tokens.texts.count, to: &out)
            tokens.texts.append(Int32(start)..<Int32(end))
        }

        /// True when `start..<end` holds U+FFFE or U+FFFF.
        func hasNonCharacter(_ start: Int, _ end: Int) -> Bool { firstNonCharacter(start, end) != nil }

        /// Where the first U+FFFE or U+FFFF (which libxml2 drops) starts in `start..<end`.
        func firstNonCharacter(_ start: Int, _ end: Int) -> Int? {
            guard let base = p.baseAddress else { return nil }
            var k = start
            while k < end, let hit = memchr(base + k, 0xEF, end - k) {
                let e = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if e + 2 < n && p[e + 1] == 0xBF && (p[e + 2] == 0xBE || p[e + 2] == 0xBF) { return e }
                k = e + 1
            }
            return nil
        }

        /// The end of the text at `start` that libxml2 would hand on exactly as written: up to
        /// the first `&`, control character, U+FFFE or U+FFFF, or `end`.
        func plainTextEnd(_ start: Int, _ end: Int) -> Int {
            guard let base = p.baseAddress else { return start }
            var stop = end
            if let hit = memchr(base + start, Int32(UInt8(ascii: "&")), end - start) {
                stop = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            // The HTML5 tokenizer turns a CR into a LF.
            if html5, stop > start, let hit = memchr(base + start, 0x0D, stop - start) {
                stop = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            }
            if !pageHasNoControlByte {
                var j = UTF8Scan.skipAboveControl(UnsafeRawPointer(base), from: start, count: stop)
                while j < stop {
                    if !isTextByte(p[j]) { stop = j; break }
                    j = UTF8Scan.skipAboveControl(UnsafeRawPointer(base), from: j + 1, count: stop)
                }
            }
            return firstNonCharacter(start, stop) ?? stop
        }

        /// Replaces a start tag's attributes (`from..<tagEnd`, up to its `>` or `/>`) with one
        /// attribute token naming the read ones (none when it has none).
        mutating func replaceAttributes(from start: Int, tagEnd: Int, selfClosing: Bool) {
            cut(start, resume: tagEnd)
            if tokens.attributes.count > keptStart {
                out.append(UInt8(ascii: " "))
                ParseTokens.appendAttributeToken(tokens.attributeSets.count, to: &out)
                tokens.attributeSets.append(Int32(keptStart)..<Int32(tokens.attributes.count))
                keptStart = tokens.attributes.count
            }
            if selfClosing { out.append(UInt8(ascii: "/")) }
            out.append(UInt8(ascii: ">"))
        }

        /// True when the script tag in `start..<end` declares JSON-LD (`type="application/ld+json"`):
        /// its text is kept for the metadata, not cut.
        func isJSONLD(_ start: Int, _ end: Int) -> Bool {
            ByteSearch.containsIgnoringASCIICase(UnsafeBufferPointer(rebasing: p[start..<end]), "ld+json")
        }

        /// True when the element named by `start..<end` keeps its white space as written.
        func isPreformatted(_ start: Int, _ end: Int) -> Bool {
            switch end - start {
            case 3: return startsCaseInsensitive("pre", at: start) || startsCaseInsensitive("xmp", at: start)
            case 7: return startsCaseInsensitive("listing", at: start)
            case 8: return startsCaseInsensitive("textarea", at: start)
            case 9: return startsCaseInsensitive("plaintext", at: start)
            default: return false
            }
        }

        // MARK: elements whose inside goes

        /// Cuts a script's or style's text (to its `</name`, or to the end of the input) when
        /// libxml2 reads it as one run; returns where scanning goes on.
        mutating func cutRawText(_ name: StaticString, from start: Int) -> Int {
            let (end, plain) = rawTextEnd(name, from: start)
            if plain && end > start && isPlainRawText(start, end) { cut(start, resume: end) }
            return end
        }

        /// Where a script or style whose text starts at `start` ends in libxml2's reading, and
        /// whether its text is one plain run up to there. libxml2 reads raw text up to the next
        /// `</name` (any case), then an end tag: one named `name` alone ends the element; any
        /// other (`</scriptx …>`, `</div>`, also right at the start) is dropped up to its `>` and
        /// the raw text goes on. Markup in between is text, never elements. `end` is `n` when
        /// the element never ends.
        func rawTextEnd(_ name: StaticString, from start: Int) -> (end: Int, plain: Bool) {
            let length = name.utf8CodeUnitCount
            var pos = start
            var plain = true
            while pos < n {
                if p[pos] == UInt8(ascii: "<") && byte(pos + 1) == UInt8(ascii: "/") {
                    let c = byte(pos + 2)
                    guard isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") else {
                        pos += 2   // no name: only the `</` goes
                        plain = false
                        continue
                    }
                    let stop = nameEnd(from: pos + 2)
                    if stop - pos - 2 == length && startsCaseInsensitive(name, at: pos + 2) { return (pos, plain) }
                    plain = false
                    guard let gt = next(UInt8(ascii: ">"), from: stop) else { return (n, false) }
                    pos = gt + 1
                    continue
                }
                guard let close = closingTag(name, from: pos) else { return (n, false) }
                pos = close
            }
            return (n, false)
        }

        /// Cuts an inline drawing's inside when nothing in it can close or open anything outside
        /// the `<svg>`: no nested `<svg>`, no script, style or comment, and only SVG end tags.
        mutating func cutDrawing(from start: Int) -> Int {
            if start >= noDrawingCloseAfter { return start }
            let close: Int
            if let known = drawingClose, known >= start {
                close = known   // the first `</svg` after any start before it is the same one
            } else {
                guard let found = closingTag("svg", from: start) else {
                    noDrawingCloseAfter = start
                    return start
                }
                close = found
                drawingClose = found
                drawingLastForeign = lastForeignMarkup(from: start, to: close)
            }
            guard drawingLastForeign < start else { return start }
            if close > start { cut(start, resume: close) }
            return close
        }

        /// The last place in `start..<end` with markup that could close or open something
        /// outside a drawing (a non-SVG end tag, a comment or declaration, a nested `<svg>`, a
        /// script or style), or -1.
        func lastForeignMarkup(from start: Int, to end: Int) -> Int {
            var last = -1
            var j = start
            while let lt = next(UInt8(ascii: "<"), from: j), lt < end {
                let c1 = byte(lt + 1)
                if c1 == UInt8(ascii: "/") {
                    let nameStop = tagNameEnd(from: lt + 2)
                    if lookUp(InertContentStripper.svgOnlyNameTable, lt + 2, nameStop) == nil { last = lt }
                } else if c1 == UInt8(ascii: "!") || (html5 && c1 == UInt8(ascii: "?")) {
                    last = lt
                } else if isLetter(c1) {
                    let nameStop = tagNameEnd(from: lt + 1)
                    let length = nameStop - lt - 1
                    if (length == 3 && startsCaseInsensitive("svg", at: lt + 1))
                        || (length == 6 && startsCaseInsensitive("script", at: lt + 1))
                        || (length == 5 && startsCaseInsensitive("style", at: lt + 1)) { last = lt }
                    // The tag's attributes are skipped as libxml2 reads them: a `<` in a quoted
                    // value is not markup, and a tag (an open quote) running past the `</svg`
                    // means libxml2 never sees that end tag.
                    var probe = self
                    guard let (tagEnd, _) = probe.startTagEnd(from: nameStop, findCuts: false, record: false), tagEnd <= end else { return lt }
                    j = tagEnd
                    if html5 {
                        // A raw-text element (an SVG `<title>`…) reads everything to its own end
                        // tag as text: a `</svg` inside it is not the drawing's end.
                        switch html5ContentModel(lt + 1, nameStop) {
                        case .rawText(let name):
                            guard let rawEnd = html5RawTextEnd(name, from: tagEnd, script: false), rawEnd < end else { return lt }
                            j = rawEnd
                        case .plainText:
                            return lt
                        default:
                            break
                        }
                    }
                    continue
                }
                j = lt + 1
            }
            return last
        }

        /// True when libxml2 reads `start..<end` as one run of script text. It does not when the
        /// text starts with `</` (read as an end tag first) or holds a control character (the
        /// script reader stops there and the tag loop takes over).
        func isPlainRawText(_ start: Int, _ end: Int) -> Bool {
            if p[start] == UInt8(ascii: "<") && byte(start + 1) == UInt8(ascii: "/") { return false }
            return hasNoControlByte(start, end)
        }

        /// True when `start..<end` holds no byte below 0x20 but tab, line feed and carriage return.
        func hasNoControlByte(_ start: Int, _ end: Int) -> Bool {
            if pageHasNoControlByte { return true }
            return Self.hasNoControlByte(in: p, start, end)
        }

        /// The same, on any bytes (the whole page is looked at once, in `init`).
        static func hasNoControlByte(in p: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
            guard let base = UnsafeRawPointer(p.baseAddress) else { return true }
            var j = UTF8Scan.skipAboveControl(base, from: start, count: end)
            while j < end {
                let b = p[j]
                if !(b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D) { return false }
                j = UTF8Scan.skipAboveControl(base, from: j + 1, count: end)
            }
            return true
        }

        /// `<meta>` (libxml2 reads its charset attributes) and `<html>`, `<head>`, `<body>` (a
        /// misplaced one hands its attributes to the first) keep all their attributes.
        func keepsAttributes(_ start: Int, _ end: Int, meta: Bool = true) -> Bool {
            switch end - start {
            case 4: return (meta && startsCaseInsensitive("meta", at: start)) || startsCaseInsensitive("html", at: start)
                || startsCaseInsensitive("head", at: start) || startsCaseInsensitive("body", at: start)
            default: return false
            }
        }

        /// True when a tag holds no control character (its attributes are then cut safely).
        func isCleanTag(_ start: Int, _ end: Int) -> Bool { hasNoControlByte(start, end) }

        @inline(__always) func isTextByte(_ b: UInt8) -> Bool { b >= 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        // MARK: tokens

        @inline(__always) func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= UInt8(ascii: "a") && (b | 0x20) <= UInt8(ascii: "z") }

        @inline(__always) func isBlank(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

        /// libxml2's HTML name characters after the first: letters, digits, `:`, `-`, `_`, `.`.
        @inline(__always) func isNameByte(_ b: UInt8) -> Bool {
            isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) || b == UInt8(ascii: ":")
                || b == UInt8(ascii: "-") || b == UInt8(ascii: "_") || b == UInt8(ascii: ".")
        }

        @inline(__always) func nameEnd(from start: Int) -> Int {
            var j = start
            while j < n && isNameByte(p[j]) { j += 1 }
            return j
        }

        /// Where an attribute that starts at `start` with a byte libxml2 2.9 cannot start a name
        /// with ends as a browser reads it: the name runs to a blank, `/`, `>` or `=`, then an
        /// optional `=` and a value, quoted or not. nil when the value's quote never closes or
        /// the name is not followed by a quoted value (then 2.9's reading is kept as it is).
        func foreignAttributeEnd(from start: Int) -> Int? {
            var j = start + 1
            while j < n, !isBlank(p[j]), p[j] != UInt8(ascii: "/"), p[j] != UInt8(ascii: ">"), p[j] != UInt8(ascii: "=") { j += 1 }
            while j < n && isBlank(p[j]) { j += 1 }
            guard j < n, p[j] == UInt8(ascii: "=") else { return nil }
            j += 1
            while j < n && isBlank(p[j]) { j += 1 }
            guard j < n, p[j] == UInt8(ascii: "\"") || p[j] == UInt8(ascii: "'"), let close = next(p[j], from: j + 1) else { return nil }
            return close + 1
        }

        // MARK: HTML5 tokenizer (libxml2 2.14+)

        /// A blank between a tag's parts: with the HTML5 tokenizer, a form feed too.
        @inline(__always) func isTagBlank(_ b: UInt8) -> Bool { isBlank(b) || (html5 && b == 0x0C) }

        /// The end of a tag name starting at `start`: libxml2 2.9 reads name characters only;
        /// the HTML5 tokenizer reads up to a blank, `/` or `>`.
        @inline(__always) func tagNameEnd(from start: Int) -> Int {
            guard html5 else { return nameEnd(from: start) }
            return html5NameEnd(from: start)
        }

        /// The HTML5 tokenizer's tag name end: up to a blank, `/` or `>`.
        func html5NameEnd(from start: Int) -> Int {
            var j = start
            while j < n {
                let b = p[j]
                if isTagBlank(b) || b == UInt8(ascii: "/") || b == UInt8(ascii: ">") { break }
                j += 1
            }
            return j
        }

        /// The index after an end tag whose name ends at `start`, as the HTML5 tokenizer reads
        /// it (attributes read and dropped, so a quoted `>` does not end it); nil when it runs
        /// to the end of the input.
        func html5TagEnd(from start: Int) -> Int? {
            if byte(start) == UInt8(ascii: ">") { return start + 1 }
            var probe = self
            return probe.startTagEnd(from: start, findCuts: false, record: false)?.0
        }

        /// The index after a comment whose text starts at `start` (just after `<!--`): `<!-->`
        /// and `<!--->` are empty comments, and one ends at `-->` or `--!>`; nil when none comes.
        func html5CommentEnd(from start: Int) -> Int? {
            if start < n && p[start] == UInt8(ascii: ">") { return start + 1 }
            if start + 1 < n && p[start] == UInt8(ascii: "-") && p[start + 1] == UInt8(ascii: ">") { return start + 2 }
            var j = start
            while let dash = next(UInt8(ascii: "-"), from: j) {
                if byte(dash + 1) == UInt8(ascii: "-") {
                    if byte(dash + 2) == UInt8(ascii: ">") { return dash + 3 }
                    if byte(dash + 2) == UInt8(ascii: "!") && byte(dash + 3) == UInt8(ascii: ">") { return dash + 4 }
                }
                j = dash + 1
            }
            return nil
        }

        /// How the HTML5 tokenizer reads what follows a start tag of an element.
        enum ContentModel { case other, script, style, svg, plainText, rawText(StaticString) }

        /// The content model of the element named by `start..<end`.
        func html5ContentModel(_ start: Int, _ end: Int) -> ContentModel {
            switch end - start {
            case 3:
                if startsCaseInsensitive("svg", at: start) { return .svg }
                if startsCaseInsensitive("xmp", at: start) { return .rawText("xmp") }
            case 5:
                if startsCaseInsensitive("style", at: start) { return .style }
                if startsCaseInsensitive("title", at: start) { return .rawText("title") }
            case 6:
                if startsCaseInsensitive("script", at: start) { return .script }
                if startsCaseInsensitive("iframe", at: start) { return .rawText("iframe") }
            case 7:
                if startsCaseInsensitive("noembed", at: start) { return .rawText("noembed") }
            case 8:
                if startsCaseInsensitive("noframes", at: start) { return .rawText("noframes") }
                if startsCaseInsensitive("textarea", at: start) { return .rawText("textarea") }
            case 9:
                if startsCaseInsensitive("plaintext", at: start) { return .plainText }
            default:
                break
            }
            return .other
        }

        /// Where the text of a raw-text element (`script`, `style`, `xmp`, `iframe`, `title`…)
        /// that starts at `start` ends for the HTML5 tokenizer: at the first `</name` followed
        /// by a blank, `/` or `>`. A script's text may hold an escaped part (`<!--` … `-->`)
        /// where a `<script` opens a nested one that needs its own `</script` first. nil when
        /// the element never ends.
        func html5RawTextEnd(_ name: StaticString, from start: Int, script: Bool) -> Int? {
            var j = start
            var first: Int? = nil
            while let lt = next(UInt8(ascii: "<"), from: j) {
                if byte(lt + 1) == UInt8(ascii: "/") && namesElement(name, at: lt + 2) { first = lt; break }
                j = lt + 1
            }
            let limit = first ?? n
            guard script, limit > start,
                  ByteSearch.firstIndex(of: Self.commentOpen, in: UnsafeBufferPointer(rebasing: p[start..<limit])) != nil
            else { return first }
            // 0: plain, 1: escaped (after `<!--`), 2: double escaped (a `<script` in it).
            var mode = 0
            j = start
            while let lt = next(UInt8(ascii: "<"), from: j) {
                if mode != 0, let close = commentClose(from: j, before: lt) {
                    mode = 0   // `-->` before this `<` closed the escaped part
                    j = close
                    continue
                }
                if mode == 0 && byte(lt + 1) == UInt8(ascii: "!") {
                    if byte(lt + 2) == UInt8(ascii: "-") && byte(lt + 3) == UInt8(ascii: "-") { mode = 1 }
                } else {
                    let solidus = byte(lt + 1) == UInt8(ascii: "/")
                    if (solidus || mode == 1) && namesElement(name, at: lt + (solidus ? 2 : 1)) {
                        if mode == 1 && !solidus {
                            mode = 2
                        } else if mode == 2 {
                            mode = 1
                        } else {
                            return lt
                        }
                    }
                }
                j = lt + 1
            }
            return nil
        }

        static let commentOpen = Array("<!--".utf8)

        /// The index after the first `-->` that starts in `start..<end`, or nil.
        func commentClose(from start: Int, before end: Int) -> Int? {
            var k = start
            while let dash = next(UInt8(ascii: "-"), from: k, before: end) {
                if byte(dash + 1) == UInt8(ascii: "-") && byte(dash + 2) == UInt8(ascii: ">") { return dash + 3 }
                k = dash + 1
            }
            return nil
        }

        /// True when the bytes at `start` spell `name` (compared as libxml2 does, each byte
        /// with its 0x20 bit set) followed by a blank, `/` or `>`.
        func namesElement(_ name: StaticString, at start: Int) -> Bool {
            let length = name.utf8CodeUnitCount
            guard start + length < n else { return false }
            let bytes = UnsafeBufferPointer(start: name.utf8Start, count: length)
            for k in 0..<length where p[start + k] | 0x20 != bytes[k] { return false }
            let after = p[start + length]
            return isTagBlank(after) || after == UInt8(ascii: "/") || after == UInt8(ascii: ">")
        }

        /// What Pith reads on the element named by `start..<end`; everything for a prefixed name
        /// (the tree builder drops the prefix).
        func reads(_ start: Int, _ end: Int) -> HTMLVocabulary.AttributeMask {
            if let v = lookUp(elementReads, start, end) { return v }
            for k in start..<end where p[k] == UInt8(ascii: ":") { return .all }
            return InertContentStripper.commonReads
        }

        /// The value for the name in `start..<end` (any case) in `table`, or nil.
        @inline(__always) func lookUp<V>(_ table: [[([UInt8], V)]], _ start: Int, _ end: Int) -> V? {
            let length = end - start
            guard length > 0, length < table.count else { return nil }
            outer: for (candidate, value) in table[length] {
                for k in 0..<length {
                    var b = p[start + k]
                    if b >= 0x41 && b <= 0x5A { b |= 0x20 }
                    if b != candidate[k] { continue outer }
                }
                return value
            }
            return nil
        }

        /// True when a `style` value in `start..<end` may hide its element once libxml2 has read
        /// it: it holds "none" or "hidden" in any case, or a character reference.
        func mayHide(_ start: Int, _ end: Int) -> Bool {
            let value = UnsafeBufferPointer(rebasing: p[start..<end])
            return value.contains(UInt8(ascii: "&")) || NodeFilter.mayHide(value)
        }

        /// True when a tag may give its `rel` as canonical: it holds the word in any case, or a
        /// character reference.
        func mayNameCanonical(_ start: Int, _ end: Int) -> Bool {
            let tag = UnsafeBufferPointer(rebasing: p[start..<end])
            return tag.contains(UInt8(ascii: "&")) || ByteSearch.containsIgnoringASCIICase(tag, "canonical")
        }

        /// Walks a start tag's attributes the way libxml2 does, noting the ones Pith does not
        /// read on this element (`reads`) in `pendingCuts`, and returns the index after the tag
        /// and whether it closed with `/>`; nil when the tag runs to the end of the input.
        mutating func startTagEnd(from start: Int, reads: HTMLVocabulary.AttributeMask = .all,
                                  isLink: Bool = false, findCuts: Bool = true, record: Bool = true) -> (Int, Bool)? {
            var j = start
            // The previous attribute's value was unquoted: it would run on into a `/` moved
            // next to it.
            var previousUnquoted = false
            while j < n && isTagBlank(p[j]) { j += 1 }
            while j < n {
                let c = p[j]
                if c == UInt8(ascii: ">") { return (j + 1, false) }
                if c == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">") { return (j + 2, true) }
                if html5 && c == UInt8(ascii: "/") {
                    // A `/` inside a tag is dropped.
                    oddAttributeName = true
                    j += 1
                    while j < n && isTagBlank(p[j]) { j += 1 }
                    continue
                }
                if html5 || isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: ".") {
                    let nameStart = j
                    if html5 {
                        // Any byte starts a name, which runs to a blank, `/`, `>` or `=`.
                        j += 1
                        while j < n, !isTagBlank(p[j]), p[j] != UInt8(ascii: "/"), p[j] != UInt8(ascii: ">"),
                              p[j] != UInt8(ascii: "=") { j += 1 }
                        if !(isLetter(c) || c == UInt8(ascii: "_") || c == UInt8(ascii: ":") || c == UInt8(ascii: "."))
                            || nameEnd(from: nameStart + 1) != j { oddAttributeName = true }
                    } else {
                        j = nameEnd(from: j + 1)
                    }
                    if j - nameStart >= Self.maxNameLength { hasLongName = true }
                    let bit = lookUp(InertContentStripper.attributeBitTable, nameStart, j)
                    var keep = bit.map { reads.contains($0) } ?? false
                    var unquoted = false
                    var valueStart = j, valueEnd = j
                    while j < n && isTagBlank(p[j]) { j += 1 }
                    if j < n && p[j] == UInt8(ascii: "=") {
                        j += 1
                        while j < n && isTagBlank(p[j]) { j += 1 }
                        guard j < n else { return nil }
                        let q = p[j]
                        if q == UInt8(ascii: "\"") || q == UInt8(ascii: "'") {
                            guard let closeQuote = next(q, from: j + 1) else { return nil }
                            valueStart = j + 1
                            valueEnd = closeQuote
                            j = closeQuote + 1
                        } else {
                            valueStart = j
                            while j < n && !isTagBlank(p[j]) && p[j] != UInt8(ascii: ">") { j += 1 }
                            valueEnd = j
                            unquoted = true
                        }
                    }
                    var onlyIfNotCanonical = false
                    if keep, let bit {
                        if seenReads.contains(bit) { keptAttributesUnfit = true }
                        seenReads.insert(bit)
                        if bit == InertContentStripper.styleBit {
                            keep = mayHide(valueStart, valueEnd)
                        } else if bit == InertContentStripper.hrefBit && isLink {
                            keep = false
                            onlyIfNotCanonical = true
                        }
                        if keep || onlyIfNotCanonical {
                            if next(UInt8(ascii: "&"), from: valueStart, before: valueEnd) != nil { keptAttributesUnfit = true }
                            // The HTML5 tokenizer turns a CR into a LF.
                            if html5 && next(0x0D, from: valueStart, before: valueEnd) != nil { keptAttributesUnfit = true }
                            if record {
                                if onlyIfNotCanonical { linkHrefIndex = tokens.attributes.count }
                                tokens.attributes.append((bit, Int32(valueStart)..<Int32(valueEnd)))
                            }
                        }
                    }
                    // The attribute goes with the blanks before it when cutting it joins nothing
                    // to anything: a blank or the tag's end follows it (a `/>` only when no
                    // unquoted value comes before; a `>` only when no `/` comes before, which
                    // would make the tag self-closing), and no `=` comes next that the previous
                    // attribute's name would take for its own.
                    if findCuts, !keep, let cutStart = blanksBefore(nameStart), cutStart < nameStart,
                       j >= n || isBlank(p[j])
                        || (p[j] == UInt8(ascii: ">") && (cutStart == 0 || p[cutStart - 1] != UInt8(ascii: "/")))
                        || (p[j] == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">") && !previousUnquoted),
                       byte(blanksAfter(j)) != UInt8(ascii: "=") {
                        if onlyIfNotCanonical { linkHrefCut = (cutStart, j) } else { pendingCuts.append((cutStart, j)) }
                    }
                    previousUnquoted = unquoted
                } else {
                    // Not an attribute name to libxml2 2.9, which drops it up to the next blank
                    // or the tag's end, quotes or not. A browser reads an attribute there
                    // (Alpine's `@click="…"`, Angular's `(click)`, `[class]`, `*ngIf`): when
                    // its quoted value holds a `>`, 2.9 would end the tag inside the value and
                    // print the rest as text. Such an attribute is cut whole, so 2.9 reads the
                    // tag as a browser does (`foreignAttribute`; without the cut the rest of the
                    // page is left as it is).
                    let nameStart = j
                    if !html5, let end = foreignAttributeEnd(from: j), next(UInt8(ascii: ">"), from: j, before: end) != nil {
                        if foreignAttribute == nil { foreignAttribute = (nameStart, end) }
                        if let cutStart = blanksBefore(nameStart), cutStart < nameStart,
                           end >= n || isBlank(p[end]) || p[end] == UInt8(ascii: ">")
                            || (p[end] == UInt8(ascii: "/") && byte(end + 1) == UInt8(ascii: ">")),
                           byte(blanksAfter(end)) != UInt8(ascii: "=") {
                            if findCuts { pendingCuts.append((cutStart, end)) }
                        } else {
                            foreignAttributeUncut = true
                        }
                        j = end
                    } else {
                        while j < n && !isBlank(p[j]) && p[j] != UInt8(ascii: ">")
                            && !(p[j] == UInt8(ascii: "/") && byte(j + 1) == UInt8(ascii: ">")) { j += 1 }
                    }
                    previousUnquoted = false
                }
                while j < n && isTagBlank(p[j]) { j += 1 }
            }
            return nil
        }

        /// The index after a DOCTYPE declaration's `>`. libxml2 reads quoted literals in it up to
        /// their closing quote (across any `>`), a public identifier only while its characters
        /// are allowed there; nil (leave the rest alone) for a literal that is not plain.
        func doctypeEnd(from start: Int) -> Int? {
            var j = start
            while j < n {
                let c = p[j]
                if c == UInt8(ascii: ">") { return j + 1 }
                if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") {
                    guard let close = next(c, from: j + 1) else { return nil }
                    for k in j + 1..<close where !isPublicIDByte(p[k]) { return nil }
                    j = close + 1
                } else {
                    j += 1
                }
            }
            return nil
        }

        /// XML's PubidChar: letters, digits, space, CR, LF and `-'()+,./:=?;!*#@$_%`.
        func isPublicIDByte(_ b: UInt8) -> Bool {
            if isLetter(b) || (b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9")) { return true }
            switch b {
            case 0x20, 0x0D, 0x0A, UInt8(ascii: "-"), UInt8(ascii: "'"), UInt8(ascii: "("), UInt8(ascii: ")"),
                 UInt8(ascii: "+"), UInt8(ascii: ","), UInt8(ascii: "."), UInt8(ascii: "/"), UInt8(ascii: ":"),
                 UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: ";"), UInt8(ascii: "!"), UInt8(ascii: "*"),
                 UInt8(ascii: "#"), UInt8(ascii: "@"), UInt8(ascii: "$"), UInt8(ascii: "_"), UInt8(ascii: "%"):
                return true
            default:
                return false
            }
        }

        /// The first index at or after `i` that is not a blank.
        func blanksAfter(_ i: Int) -> Int {
            var j = i
            while j < n && isBlank(p[j]) { j += 1 }
            return j
        }

        /// The first of the blanks right before `i`.
        func blanksBefore(_ i: Int) -> Int? {
            var j = i
            while j > 0 && isBlank(p[j - 1]) { j -= 1 }
            return j
        }

        /// Index of the `</name` that ends an element (libxml2 in recovery mode compares only
        /// the name's length of bytes after `</`, in any case).
        func closingTag(_ name: StaticString, from start: Int) -> Int? {
            var j = start
            while let lt = next(UInt8(ascii: "<"), from: j) {
                if byte(lt + 1) == UInt8(ascii: "/") && startsCaseInsensitive(name, at: lt + 2) { return lt }
                j = lt + 1
            }
            return nil
        }

        // MARK: byte search

        @inline(__always) func next(_ b: UInt8, from start: Int) -> Int? {
            guard start < n, let base = p.baseAddress else { return nil }
            guard let hit = memchr(base + start, Int32(b), n - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        @inline(__always) func next(_ b: UInt8, from start: Int, before end: Int) -> Int? {
            guard start < end, let base = p.baseAddress else { return nil }
            guard let hit = memchr(base + start, Int32(b), end - start) else { return nil }
            return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
        }

        func find3(_ a: UInt8, _ b: UInt8, _ c: UInt8, from start: Int) -> Int? {
            var j = start
            while let hit = next(a, from: j) {
                if hit + 3 > n { return nil }
                if p[hit + 1] == b && p[hit + 2] == c { return hit }
                j = hit + 1
            }
            return nil
        }

        /// True when the bytes at `start` spell `word` (ASCII, lower case) in any case.
        @inline(__always) func startsCaseInsensitive(_ word: StaticString, at start: Int) -> Bool {
            start <= n && ByteSearch.hasPrefixIgnoringASCIICase(UnsafeBufferPointer(rebasing: p[start...]), word)
        }
    }
}
