import CLibXML2
import Foundation

/// Runs libxml2's HTML parser over UTF-8 bytes and builds Pith's `DocumentTree` straight from
/// the parser's events (its SAX interface). libxml2 never builds a tree of its own, so there is
/// no `xmlDoc` to allocate, copy out of, and free: the parser's tokenizer and its HTML rules
/// (implied `<html>`/`<body>`, auto-closed `<p>` and `<li>`, recovery from bad nesting) decide
/// the shape, and every element arrives once, as a start and an end event.
///
/// No libxml2 pointer leaves this file. The parser context is created, used and freed inside
/// one call, on the calling thread. `xmlInitParser()` runs once, through a Swift `static let`;
/// libxml2 2.9 keeps its error handlers per thread, so every parse first installs silent ones.
enum LibXMLTreeReader {
    private static let globalInit: Void = { xmlInitParser() }()

    /// Recover from errors, no error or warning output, no network, ignore any encoding
    /// declaration (the bytes are already UTF-8), no default DTD, no size limits.
    private static let parseOptions: Int32 = Int32(
        HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
            | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue)

    /// Parses UTF-8 HTML into a tree. Throws `PithError.parseFailed` when libxml2 cannot start,
    /// `tooManyNodes` past `maxNodes`. Elements deeper than `maxDepth` keep their text, flattened.
    /// Only the attributes Pith reads are kept (`HTMLVocabulary.attributeScopes`), an `<a>`'s
    /// `href` only with `keepLinks`.
    ///
    /// `tokens` are the stand-ins the stripper wrote into `bytes` (`ParseTokens`); the tree gets
    /// the bytes they stand for.
    static func parse(utf8 bytes: [UInt8], tokens: ParseTokens = ParseTokens(), maxNodes: Int, maxDepth: Int,
                      keepLinks: Bool = false) throws -> DocumentTree {
        _ = globalInit
        pith_silence_errors()
        guard !bytes.isEmpty, bytes.count < Int(Int32.max) else { throw PithError.parseFailed }
        guard let ctxt = htmlNewParserCtxt() else { throw PithError.parseFailed }
        defer { htmlFreeParserCtxt(ctxt) }
        // The builder lives behind a plain pointer rather than in a class: the callbacks mutate
        // it thousands of times per page, and a class's stored properties would be checked for
        // exclusive access at run time on every one of them.
        let builder = UnsafeMutablePointer<SAXTreeBuilder>.allocate(capacity: 1)
        builder.initialize(to: SAXTreeBuilder(maxNodes: maxNodes, maxDepth: maxDepth, keepLinks: keepLinks,
                                              tokens: tokens, markupSize: bytes.count, context: ctxt))
        defer { builder.deinitialize(count: 1); builder.deallocate() }
        ctxt.pointee.sax.pointee = makeHandler()
        ctxt.pointee._private = UnsafeMutableRawPointer(builder)
        let doc: htmlDocPtr? = bytes.withUnsafeBufferPointer { buf in
            buf.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buf.count) { p in
                htmlCtxtReadMemory(ctxt, p, Int32(buf.count), nil, "UTF-8", parseOptions)
            }
        }
        // The start-document event is not handled, so no document is made; free one regardless.
        if let doc { xmlFreeDoc(doc) }
        if let error = builder.pointee.error { throw error }
        if !builder.pointee.tookEveryAttributeSet { throw ParseTokens.Mismatch() }
        return builder.pointee.finish()
    }

    /// The builder behind a callback's context pointer (libxml2 passes its parser context).
    @inline(__always)
    fileprivate static func builder(_ ctx: UnsafeMutableRawPointer?) -> UnsafeMutablePointer<SAXTreeBuilder>? {
        guard let ctx else { return nil }
        let ctxt = ctx.assumingMemoryBound(to: htmlParserCtxt.self)
        guard let raw = ctxt.pointee._private else { return nil }
        return raw.assumingMemoryBound(to: SAXTreeBuilder.self)
    }

    /// The events Pith listens to. Comments, processing instructions, the DOCTYPE and entity
    /// declarations have no handler and cost nothing.
    private static func makeHandler() -> htmlSAXHandler {
        var h = htmlSAXHandler()
        h.initialized = 1
        h.startElement = { ctx, name, atts in LibXMLTreeReader.builder(ctx)?.pointee.start(name, atts) }
        h.endElement = { ctx, _ in LibXMLTreeReader.builder(ctx)?.pointee.end() }
        h.characters = { ctx, text, length in LibXMLTreeReader.builder(ctx)?.pointee.characters(text, Int(length)) }
        h.ignorableWhitespace = { ctx, text, length in LibXMLTreeReader.builder(ctx)?.pointee.characters(text, Int(length)) }
        h.cdataBlock = { ctx, text, length in LibXMLTreeReader.builder(ctx)?.pointee.characters(text, Int(length)) }
        return h
    }

    /// A prefixed name (`o:p`, `fb:like`) loses its prefix, as in libxml2 2.9's own tree (from
    /// 2.14 on libxml2 keeps it): Pith names elements the same whichever libxml2 it runs on.
    static func localName(_ name: String) -> String {
        guard let colon = name.utf8.firstIndex(of: UInt8(ascii: ":")), colon != name.utf8.startIndex else { return name }
        let rest = name.utf8[name.utf8.index(after: colon)...]
        return rest.isEmpty ? name : String(decoding: rest, as: UTF8.self)
    }
}

/// Turns start/end/characters events into the arena of a `DocumentTree`.
private struct SAXTreeBuilder {
    private var tree = DocumentTree()
    /// Arena indices of the open elements.
    private var open: [Int] = []
    /// Text received since the last start or end event becomes one text node: it is the tail
    /// of `tree.textBytes` from here on.
    private var pendingStart = 0
    private var hasPending: Bool { tree.textBytes.count > pendingStart }
    private let maxNodes: Int
    private let maxDepth: Int
    private let keepLinks: Bool
    private let tokens: ParseTokens
    private let hasTextTokens: Bool
    private let hasAttributeTokens: Bool
    private let context: htmlParserCtxtPtr
    private(set) var error: PithError?
    /// The root was closed and opened again for content after `</html>`.
    private var rootReopened = false

    /// Inside an element whose content is not read (`script`, `style`, `svg`…): how many
    /// elements are open inside it, counting itself; 0 when not inside one.
    private var skipLevel = 0
    /// A JSON-LD script being read: its arena index (its text gathers in `pending`).
    private var scriptIndex = -1
    /// Past `maxDepth`: the element whose subtree is being flattened into one text node, and
    /// how many elements are open inside it, counting itself.
    private var flattenOwner = -1
    private var flattenLevel = 0
    private var flattenSkipLevel = 0

    /// Interned tag and attribute names: libxml2 hands out the same pointer for the same name
    /// within a parse (its dictionary), so a name is turned into a Swift string once, with what
    /// the tag is and which attributes are read on it.
    private var names = NameCache<ElementName>()
    private var attributeNames = NameCache<HTMLVocabulary.AttributeMask?>()

    private struct ElementName {
        var name: String
        var id: Int32
        var flags: HTMLVocabulary.TagFlags
        var reads: HTMLVocabulary.AttributeMask
    }
    /// The numbers of the tag names in `tree.names`.
    private var nameIDs: [String: Int32] = [:]

    init(maxNodes: Int, maxDepth: Int, keepLinks: Bool, tokens: ParseTokens, markupSize: Int, context: htmlParserCtxtPtr) {
        self.maxNodes = maxNodes
        self.maxDepth = maxDepth
        self.keepLinks = keepLinks
        self.tokens = tokens
        self.hasTextTokens = !tokens.texts.isEmpty
        self.hasAttributeTokens = !tokens.attributeSets.isEmpty
        self.context = context
        // About one node per 16 bytes of stripped markup: the arrays rarely grow (each growth
        // copies every node so far).
        let nodes = min(maxNodes, max(1024, markupSize / 16))
        tree.nodes.reserveCapacity(nodes)
        tree.flags.reserveCapacity(nodes)
        tree.textBytes.reserveCapacity(16 * 1024)
        tree.attributeList.reserveCapacity(max(512, tokens.attributes.count))
    }

    mutating func finish() -> DocumentTree {
        flushText()
        while let top = open.popLast() { tree.nodes[top].end = tree.nodes.count }
        return tree
    }

    private var stopped: Bool { error != nil || attributeSetsOutOfOrder }
    /// The attribute set the next token takes, and whether one came out of order.
    private var nextAttributeSet = 0
    private var attributeSetsOutOfOrder = false

    private mutating func fail(_ e: PithError) {
        if error == nil { error = e }
        xmlStopParser(context)
    }

    private mutating func append(_ node: DocumentTree.Node, flags: HTMLVocabulary.TagFlags) -> Bool {
        if tree.nodes.count >= maxNodes {
            fail(.tooManyNodes(limit: maxNodes))
            return false
        }
        tree.nodes.append(node)
        tree.flags.append(flags)
        return true
    }

    /// Text received since the last event becomes one text node, the last child of the open
    /// element (dropped when no element is open: text outside the root).
    private mutating func flushText() {
        guard let parent = open.last else { dropPendingText(); return }
        appendPendingText(parent: parent)
    }

    /// The pending text as one text node, the last child of `parent`, whose subtree then ends
    /// after it (an open parent's end is set again when it closes); nothing when there is none.
    private mutating func appendPendingText(parent: Int) {
        guard hasPending else { return }
        let index = tree.nodes.count
        guard append(DocumentTree.Node(
            kind: .text, parent: parent, end: index + 1, depth: tree.nodes[parent].depth + 1,
            textStart: pendingStart, textCount: tree.textBytes.count - pendingStart), flags: []) else {
            dropPendingText()
            return
        }
        tree.nodes[parent].end = index + 1
        pendingStart = tree.textBytes.count
    }

    /// Text that goes nowhere (outside the root, or past the node limit).
    private mutating func dropPendingText() {
        if hasPending { tree.textBytes.removeSubrange(pendingStart...) }
    }

    mutating func start(_ rawName: UnsafePointer<xmlChar>?, _ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) {
        if stopped { return }
        // Every tag with an attribute token takes the next set, read or not.
        let attributeSet = hasAttributeTokens ? takeAttributeSet(atts) : -1
        if stopped { return }
        if skipLevel > 0 { skipLevel += 1; return }
        let element = names.value(for: rawName) { p in
            let s = LibXMLTreeReader.localName(p.map { String(cString: $0) } ?? "")
            let id: Int32
            if let known = nameIDs[s] {
                id = known
            } else {
                id = Int32(tree.names.count)
                tree.names.append(s)
                nameIDs[s] = id
            }
            return ElementName(name: s, id: id, flags: HTMLVocabulary.flags(of: s),
                               reads: HTMLVocabulary.attributes(readOn: s, keepLinks: keepLinks))
        }
        let name = element.name, flags = element.flags
        if flattenLevel > 0 {
            flattenLevel += 1
            if flattenSkipLevel > 0 || flags.contains(.opaque) {
                flattenSkipLevel += 1
            } else if flags.contains(.blockLevel) || name == "br" {
                tree.textBytes.append(0x0A)
            }
            return
        }
        flushText()
        // Content after `</html>`: libxml2 opens another `<html>`; it goes inside the first one,
        // which closes again with it.
        if open.isEmpty && !tree.nodes.isEmpty {
            open.append(0)
            rootReopened = true
        }
        let index = tree.nodes.count
        let depth = open.count
        let (attributeStart, attributeCount, attributeMask) = attributes(atts, readOn: element, set: attributeSet)
        guard append(DocumentTree.Node(
            kind: .element, nameID: element.id, parent: open.last ?? -1, end: index + 1, depth: depth,
            attributeStart: attributeStart, attributeCount: attributeCount, attributeMask: attributeMask),
            flags: flags) else { return }
        if flags.contains(.opaque) {
            skipLevel = 1
            if name == "script",
               tree.withAttribute(Self.typeBit, of: index, { ByteSearch.containsIgnoringASCIICase($0, "ld+json") }) == true {
                // Structured data is the one script worth reading (see PageFacts).
                scriptIndex = index
            }
        } else if depth < maxDepth {
            open.append(index)
        } else {
            // Too deep: keep only the subtree's text, flattened into this element.
            flattenOwner = index
            flattenLevel = 1
        }
    }

    mutating func end() {
        if stopped { return }
        if skipLevel > 0 {
            skipLevel -= 1
            if skipLevel == 0 && scriptIndex >= 0 {
                appendPendingText(parent: scriptIndex)
                scriptIndex = -1
            }
            return
        }
        if flattenLevel > 0 {
            if flattenSkipLevel > 0 { flattenSkipLevel -= 1 }
            flattenLevel -= 1
            if flattenLevel == 0 {
                appendPendingText(parent: flattenOwner)
                flattenOwner = -1
            }
            return
        }
        flushText()
        guard let top = open.popLast() else { return }
        tree.nodes[top].end = tree.nodes.count
        if rootReopened && open.count == 1 {
            open.removeAll()
            tree.nodes[0].end = tree.nodes.count
            rootReopened = false
        }
    }

    mutating func characters(_ text: UnsafePointer<xmlChar>?, _ length: Int) {
        if stopped { return }
        guard let text, length > 0 else { return }
        if skipLevel > 0 {
            guard scriptIndex >= 0 && skipLevel == 1 else { return }
        } else if flattenSkipLevel > 0 {
            return
        } else if open.isEmpty && flattenLevel == 0 {
            return
        }
        let bytes = UnsafeBufferPointer(start: text, count: length)
        if hasTextTokens { appendExpandingTokens(bytes) } else { tree.textBytes.append(contentsOf: bytes) }
    }

    /// Appends text with each text token replaced by the bytes it stands for.
    private mutating func appendExpandingTokens(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let base = bytes.baseAddress else { return }
        var copied = 0
        var i = 0
        while i < bytes.count, let hit = memchr(base + i, Int32(ParseTokens.textLead), bytes.count - i) {
            let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            guard let k = ParseTokens.textToken(in: bytes, at: j), k < tokens.texts.count else { i = j + 1; continue }
            if j > copied { tree.textBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<j])) }
            let range = tokens.texts[k]
            tokens.source.withUnsafeBufferPointer { source in
                tree.textBytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[Int(range.lowerBound)..<Int(range.upperBound)]))
            }
            i = j + ParseTokens.textTokenLength
            copied = i
        }
        if copied < bytes.count { tree.textBytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...])) }
    }

    /// Appends the read attributes attribute token `token` stands for, as libxml2 would have
    /// handed them on; returns which they are.
    private mutating func appendTokenAttributes(_ token: Int, readOn element: ElementName) -> HTMLVocabulary.AttributeMask {
        var seen: HTMLVocabulary.AttributeMask = []
        let set = tokens.attributeSets[token]
        for a in Int(set.lowerBound)..<Int(set.upperBound) {
            let (bit, range) = tokens.attributes[a]
            guard element.reads.contains(bit) else { continue }
            tokens.source.withUnsafeBufferPointer { appendAttribute(bit, UnsafeBufferPointer(rebasing: $0[Int(range.lowerBound)..<Int(range.upperBound)])) }
            seen.insert(bit)
        }
        return seen
    }

    private static let typeBit = HTMLVocabulary.attributeBit("type")!

    /// Appends an attribute's value to the tree, cut after `maxAttributeLength` characters.
    private mutating func appendAttribute(_ bit: HTMLVocabulary.AttributeMask, _ value: UnsafeBufferPointer<UInt8>) {
        guard value.count > Self.maxAttributeLength else { tree.appendAttribute(bit, value: value); return }
        var cut = String(String(decoding: value, as: UTF8.self).prefix(Self.maxAttributeLength))
        cut.withUTF8 { tree.appendAttribute(bit, value: $0) }
    }

    private static let maxAttributeLength = 8 * 1024

    /// Appends the attributes Pith reads on the element to the tree's list; returns where they
    /// lie and which they are.
    /// The attribute set of the tag's token (-1 when it has none); a token out of order stops
    /// the parse (`tookEveryAttributeSet` is then false).
    private mutating func takeAttributeSet(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?) -> Int {
        guard let atts else { return -1 }
        var k = 0
        while let rawName = atts[k] {
            if let digit = ParseTokens.attributeToken(named: rawName) {
                guard nextAttributeSet < tokens.attributeSets.count, nextAttributeSet % 36 == digit else {
                    attributeSetsOutOfOrder = true
                    xmlStopParser(context)
                    return -1
                }
                nextAttributeSet += 1
                return nextAttributeSet - 1
            }
            k += 2
        }
        return -1
    }

    /// True when every attribute set came back, each in its place.
    var tookEveryAttributeSet: Bool { !attributeSetsOutOfOrder && nextAttributeSet == tokens.attributeSets.count }

    private mutating func attributes(_ atts: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?, readOn element: ElementName,
                                     set attributeSet: Int) -> (start: Int, count: Int, mask: HTMLVocabulary.AttributeMask) {
        let start = tree.attributeList.count
        guard let atts else { return (start, 0, []) }
        var seen: HTMLVocabulary.AttributeMask = []
        var k = 0
        while let rawName = atts[k] {
            let value = atts[k + 1]
            k += 2
            if attributeSet >= 0, ParseTokens.attributeToken(named: rawName) != nil {
                seen.formUnion(appendTokenAttributes(attributeSet, readOn: element))
                continue
            }
            let known = attributeNames.value(for: rawName) { p -> HTMLVocabulary.AttributeMask? in
                guard let p else { return nil }
                return HTMLVocabulary.attributeBit(String(cString: p).lowercased())
            }
            guard let bit = known, element.reads.contains(bit) else { continue }
            appendAttribute(bit, value.map { UnsafeBufferPointer(start: $0, count: strlen($0)) } ?? UnsafeBufferPointer(start: nil, count: 0))
            seen.insert(bit)
        }
        if !seen.isDisjoint(with: HTMLVocabulary.valueJudged) {
            // (A tag's attributes come either all as a token or all from libxml2.) Judged as
            // strings: few elements have a style that may hide, or are `<link>`s.
            let kept = HTMLVocabulary.withoutIdleValues(tree.attributes(inRange: start..<tree.attributeList.count), on: element.name)
            tree.removeAttributes(from: start)
            for a in kept { tree.appendAttribute(a) }
            seen = HTMLVocabulary.AttributeMask(kept.map { HTMLVocabulary.attributeBit($0.name)! })
        }
        return (start, tree.attributeList.count - start, seen)
    }
}

/// A small direct-mapped cache from a libxml2 dictionary pointer to what Pith made of it.
private struct NameCache<Value> {
    private var keys = [UnsafeRawPointer?](repeating: nil, count: 512)
    private var values: [Value?] = Array(repeating: nil, count: 512)

    mutating func value(for pointer: UnsafePointer<xmlChar>?, make: (UnsafePointer<xmlChar>?) -> Value) -> Value {
        guard let pointer else { return make(nil) }
        let raw = UnsafeRawPointer(pointer)
        // Names sit a few bytes apart in libxml2's dictionary: the address is mixed (Fibonacci
        // hashing) so that neighbours do not share a slot.
        let slot = Int(truncatingIfNeeded: (UInt64(UInt(bitPattern: raw)) &* 0x9E37_79B9_7F4A_7C15) &>> 55)
        if keys[slot] == raw, let v = values[slot] { return v }
        let v = make(pointer)
        keys[slot] = raw
        values[slot] = v
        return v
    }
}
