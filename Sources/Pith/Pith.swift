import Foundation
import Dispatch

/// Pith strips the boilerplate off web pages and keeps the main content.
///
/// ```swift
/// import Pith
/// let data = try Data(contentsOf: URL(fileURLWithPath: "page.html"))
/// let article = try Pith.extract(html: data, url: "https://example.com/a")
/// print(article.text)
/// ```
///
/// `extract` is a pure function of its inputs: it keeps no state between calls and may run on
/// many threads at once.
public enum Pith {
    /// Extracts the main content of a page given as raw bytes, in any charset.
    ///
    /// - Parameters:
    ///   - html: the page's bytes as downloaded (HTML, or text already flattened from a page).
    ///   - url: where the page came from, if known; reported in `metadata.url`.
    ///   - options: extraction settings.
    /// - Throws: `PithError` for empty, binary, oversized or unparseable input.
    public static func extract(html: Data, url: String? = nil, options: ExtractionOptions = ExtractionOptions())
        throws -> Article {
        var times = StageTimes()
        return try extract(html: html, url: url, options: options, times: &times)
    }

    /// `extract`, also reporting where the time went (for the benchmark; not public API).
    package static func extract(html: Data, url: String?, options: ExtractionOptions, times: inout StageTimes)
        throws -> Article {
        var clock = DispatchTime.now().uptimeNanoseconds
        func lap(_ slot: WritableKeyPath<StageTimes, UInt64>) {
            let now = DispatchTime.now().uptimeNanoseconds
            times[keyPath: slot] += now - clock
            clock = now
        }
        guard html.count <= options.maxInputBytes else {
            throw PithError.inputTooLarge(bytes: html.count, limit: options.maxInputBytes)
        }
        let knowledge = try KnowledgeBase.shared.get()
        let (decoded, charset, kind) = try decode(html, options: options)
        guard decoded.contains(where: { $0 > 0x20 }) else { throw PithError.emptyInput }
        lap(\.charset)

        let format: ExtractionOptions.InputFormat
        switch options.inputFormat {
        case .auto:
            if case .text = kind { format = .text } else {
                format = decoded.withUnsafeBytes { InputSniffer.kind(of: $0) == .text ? .text : .html }
            }
        default: format = options.inputFormat
        }
        if format == .text {
            let text = String(decoding: decoded, as: UTF8.self)
            defer { lap(\.extract) }
            return try TextExtractor(knowledge: knowledge, options: options).extract(text, charset: charset, url: url)
        }
        let tree = try parseTree(decoded, options: options, lap: lap)
        defer { lap(\.extract) }
        return try HTMLExtractor(knowledge: knowledge, options: options).extract(tree, charset: charset, url: url)
    }

    /// `extract`, also reading what a site-template learner needs from the page (from the same
    /// parse: no extra cost but the keys). For batch runs that learn templates as they go.
    package static func extractObserving(html: Data, url: String?, options: ExtractionOptions) throws
        -> (Article, PageObservation) {
        var o = options
        let box = ObservationBox()
        o.observer = box
        let article = try extract(html: html, url: url, options: o)
        var observation = box.observation
        if let saved = SavedFromComment.address(in: [UInt8](html.prefix(SavedFromComment.searchBytes))) {
            observation.addresses.insert(saved, at: 0)
        }
        return (article, observation)
    }

    /// Cuts what the parser would only throw away, then parses (`lap` is told when each is done).
    private static func parseTree(_ decoded: [UInt8], options: ExtractionOptions,
                                  lap: (WritableKeyPath<StageTimes, UInt64>) -> Void) throws -> DocumentTree {
        let (markup, tokens) = InertContentStripper.strip(decoded, keepLinks: options.includeLinks, tokenize: true)
        lap(\.strip)
        defer { lap(\.parse) }
        do {
            return try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: options.maxNodes,
                                              maxDepth: options.maxDepth, keepLinks: options.includeLinks)
        } catch is ParseTokens.Mismatch {
            // libxml2 did not give the tags back as the stripper saw them: read the page again
            // without tokens (no page seen so far does this).
            if DebugTrace.on { DebugTrace.note("pith-trace: fallback re-parse without tokens") }
            return try LibXMLTreeReader.parse(utf8: InertContentStripper.strip(decoded, keepLinks: options.includeLinks),
                                              maxNodes: options.maxNodes, maxDepth: options.maxDepth, keepLinks: options.includeLinks)
        }
    }

    /// What a site-template learner needs from a page (`PageObservation`): its blocks' keys and
    /// slots, read with one parse and no body choice, and the addresses the page gives itself.
    package static func observe(html: Data, options: ExtractionOptions) throws -> PageObservation {
        guard html.count <= options.maxInputBytes else {
            throw PithError.inputTooLarge(bytes: html.count, limit: options.maxInputBytes)
        }
        let knowledge = try KnowledgeBase.shared.get()
        let (decoded, _, kind) = try decode(html, options: options)
        var o = PageObservation()
        if let saved = SavedFromComment.address(in: decoded) { o.addresses.append(saved) }
        let isText: Bool
        switch options.inputFormat {
        case .auto:
            if case .text = kind { isText = true } else { isText = decoded.withUnsafeBytes { InputSniffer.kind(of: $0) == .text } }
        default: isText = options.inputFormat == .text
        }
        if isText {
            for line in String(decoding: decoded, as: UTF8.self).split(whereSeparator: \.isNewline) {
                let t = WhitespaceNormalizer.collapse(String(line))
                if !t.isEmpty { o.add(TextBlock(text: t, kind: .paragraph, element: -1, linkCharacters: 0), slot: nil) }
            }
            return o
        }
        let tree = try parseTree(decoded, options: options) { _ in }
        // A page libxml2 reads as no element at all (`<?xml …?>` alone) gives nothing to learn.
        guard !tree.nodes.isEmpty else { return o }
        let filter = NodeFilter(tree: tree, hints: knowledge.hints, options: options)
        for b in BlockSegmenter.segment(tree, from: 0, skipping: filter.hard, keepLinks: false) {
            o.add(b, slot: SlotSignature.of(tree, b.element))
        }
        let facts = PageFacts(tree, hard: filter.hard)
        o.addresses += [facts.canonical, facts.meta(["og:url"]), facts.base].compactMap { $0 }
        return o
    }

    /// For the fuzzer: false when the page's tree read through tokens (`ParseTokens`) differs
    /// from the tree read without them, or the tokens came back out of order.
    package static func tokensKeepTheTree(html: Data, keepLinks: Bool) -> Bool {
        guard let (utf8, _, kind) = try? decode(html, options: ExtractionOptions()), kind != .text,
              utf8.contains(where: { $0 > 0x20 }) else { return true }
        // A `&` right before a non-ASCII letter starts an entity name that libxml2 2.9 reads
        // differently depending on where its input buffer grows (a long name restarts after a
        // move): any change to the page's length, a strip or tokens alike, can change that text.
        // Known, not Pith's doing; such pages are left out of this check.
        for k in utf8.indices.dropLast() where utf8[k] == UInt8(ascii: "&") && utf8[k + 1] >= 0x80 { return true }
        let (markup, tokens) = InertContentStripper.strip(utf8, keepLinks: keepLinks, tokenize: true)
        let plain = InertContentStripper.strip(utf8, keepLinks: keepLinks)
        let limits = (nodes: 200_000, depth: 10_000)
        guard let without = try? LibXMLTreeReader.parse(utf8: plain, maxNodes: limits.nodes, maxDepth: limits.depth, keepLinks: keepLinks)
        else { return true }
        do {
            let with = try LibXMLTreeReader.parse(utf8: markup, tokens: tokens, maxNodes: limits.nodes, maxDepth: limits.depth,
                                                  keepLinks: keepLinks)
            return with.isSame(as: without)
        } catch {
            return false
        }
    }

    /// The page's bytes as UTF-8 (BOM dropped, NUL bytes removed), the charset they were read
    /// in, and what kind of input they looked like. Throws for empty, binary or undecodable input.
    static func decode(_ html: Data, options: ExtractionOptions) throws -> ([UInt8], Charset, InputSniffer.Kind) {
        let forced: Charset?
        if let label = options.charset {
            guard let c = Charset(label: label) else { throw PithError.unknownCharset(label) }
            forced = c
        } else {
            forced = nil
        }
        return try html.withUnsafeBytes { raw -> ([UInt8], Charset, InputSniffer.Kind) in
            guard raw.contains(where: { !($0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C) }) else {
                throw PithError.emptyInput
            }
            let bom = ByteOrderMark.detect(raw)
            let kind = InputSniffer.kind(of: raw, utf16: bom?.charset == .utf16LE || bom?.charset == .utf16BE)
            if case .binary(let what) = kind { throw PithError.notHTML(what) }
            let decision = forced.map { CharsetDetector.Decision(charset: $0, source: .caller, bomLength: 0) }
                ?? CharsetDetector.detect(raw, callerLabel: options.transportCharset)
            let skip = bom != nil && (forced == nil || forced == bom?.charset) ? bom!.length : decision.bomLength
            let body = UnsafeRawBufferPointer(rebasing: raw[skip...])
            guard var utf8 = Transcoder.decode(body, from: decision.charset)?.utf8 else {
                throw PithError.unknownCharset(decision.charset.name)
            }
            let hasNUL = utf8.withUnsafeBytes { b in b.baseAddress.map { memchr($0, 0, b.count) != nil } ?? false }
            if hasNUL { utf8.removeAll { $0 == 0 } }
            return (utf8, decision.charset, kind)
        }
    }

    /// Extracts the main content of a page given as a Swift string (already decoded).
    ///
    /// ```swift
    /// let article = try Pith.extract(string: "<html><body><p>Hello.</p></body></html>")
    /// ```
    public static func extract(string: String, url: String? = nil, options: ExtractionOptions = ExtractionOptions())
        throws -> Article {
        var o = options
        o.charset = "utf-8"
        return try extract(html: Data(string.utf8), url: url, options: o)
    }
}

/// Nanoseconds spent per stage of `Pith.extract`, summed over calls (benchmark use).
package struct StageTimes: Sendable {
    /// Charset detection and decoding to UTF-8.
    package var charset: UInt64 = 0
    /// Cutting script and style contents and comments out before the parse.
    package var strip: UInt64 = 0
    /// libxml2's parser, with Pith's tree built from its events.
    package var parse: UInt64 = 0
    /// Everything after: segmentation, scoring, cleaning, metadata.
    package var extract: UInt64 = 0
    package init() {}
}
