/// The pipeline for pages that are already text (one block per line): the same lexicon, block
/// values and body rules as the HTML path, with the container choice replaced by the best
/// contiguous run of lines (the run whose values add up to the most — boilerplate lines cost,
/// prose lines pay), since a flattened page has no tree to choose from.
struct TextExtractor {
    let knowledge: KnowledgeBase
    let options: ExtractionOptions

    func extract(_ text: String, charset: Charset, url: String?) throws -> Article {
        var blocks: [TextBlock] = []
        for line in text.split(omittingEmptySubsequences: true, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let t = WhitespaceNormalizer.collapse(String(line))
            guard !t.isEmpty else { continue }
            blocks.append(TextBlock(text: t, kind: .paragraph, element: -1, linkCharacters: 0))
        }
        guard !blocks.isEmpty else { throw PithError.noText }
        BlockScorer.score(&blocks, lexicon: knowledge.lexicon, focus: options.focus, flattened: true)
        ShortLineRuns.discount(&blocks)
        let template = options.siteTemplate ?? options.templateChooser.flatMap { TemplateRule.choose(blocks, $0) }
        if let template { TemplateRule.mark(&blocks, template: template) { _ in nil } }
        if let box = options.observer { for b in blocks { box.observation.add(b, slot: nil) } }
        var body = Array(BestRun.find(blocks.map(\.value)))
        if body.isEmpty { body = FallbackExtractor.select(blocks) }
        let title = TextTitleFinder.find(blocks, bodyStart: body.first ?? 0)
        // Pull a title that was split over several lines just above the run into the body
        // (a single headline line stays the article's title, not a paragraph).
        if let title, let first = body.first {
            var start = first
            var acc = ""
            let target = TitleDeduplicator.normalize(title)
            while start > 0, start > first - 4 {
                let candidate = TitleDeduplicator.normalize(blocks[start - 1].text) + acc
                guard target.hasSuffix(candidate) else { break }
                acc = candidate
                start -= 1
                if acc == target {
                    if first - start > 1 { body = Array(start..<first) + body }
                    break
                }
            }
        }
        let inBody = Set(body)
        for i in blocks.indices where !inBody.contains(i) { OutsideReason.mark(&blocks[i]) }
        let metadata = MetadataCollector.collect(blocks: blocks, body: body, facts: nil, url: url, languages: knowledge.languages)
        RelatedTailRule.apply(&blocks, body: body, headingsOnly: false)
        LexiconRule.apply(&blocks, body: body)
        BareURLRule.apply(&blocks, body: body)
        IdentifierSoupRule.apply(&blocks, body: body)
        CaptionLineRule.apply(&blocks, body: body)
        if options.focus == .precision { PrecisionTrim.apply(&blocks, body: body) }
        MetadataLineRule.apply(&blocks, body: body)
        if template != nil { TemplateRule.apply(&blocks, body: body, title: title) }
        let titleBlocks = TitleDeduplicator.apply(&blocks, body: body, title: title)
        if titleBlocks > 0, let title, let first = body.first(where: { blocks[$0].isKept }),
           TitleDeduplicator.normalize(blocks[first].text) == TitleDeduplicator.normalize(title) {
            blocks[first].kind = .heading
            blocks[first].level = 1
        }
        let kept = body.filter { blocks[$0].isKept }
        return ArticleBuilder.build(
            blocks: blocks, kept: kept, title: title, titleBlocks: titleBlocks, charset: charset,
            truncated: PaywallDetector.isTruncated(blocks, bodyStart: body.first, bodyEnd: body.last),
            metadata: metadata, recordRemoved: options.recordRemoved)
    }
}

/// Without markup a menu, a list of headlines or a "most commented" box is a run of short lines
/// that do not end as sentences; an article's headings stand alone between paragraphs. A run of
/// such lines holding four or more that would count as text (lines already judged boilerplate —
/// labels, metadata, menu items — join a run but do not count, nor do lines ending with a colon,
/// which announce what follows: `同志们:`, `Ingredients:`) costs like menu lines, so the body's
/// run does not start or end in them — but a list inside the article is still crossed when
/// prose surrounds it.
enum ShortLineRuns {
    static let minRun = 4
    /// Lines shorter than this (units) that do not end a sentence are "short".
    static let maxUnits = 90

    static func discount(_ blocks: inout [TextBlock]) {
        var i = 0
        while i < blocks.count {
            guard isShort(blocks[i]) else { i += 1; continue }
            var j = i
            while j < blocks.count, isShort(blocks[j]) { j += 1 }
            if blocks[i..<j].filter({ $0.value > 0 && !announcesWhatFollows($0) }).count >= minRun {
                for k in i..<j where blocks[k].value > 0 { blocks[k].value = -max(5, Double(blocks[k].stats.units) * 0.5) }
            }
            i = j
        }
    }

    static func announcesWhatFollows(_ b: TextBlock) -> Bool {
        guard let last = b.text.unicodeScalars.last else { return false }
        return last == ":" || last == "："
    }

    static func isShort(_ b: TextBlock) -> Bool {
        guard b.stats.units < maxUnits else { return false }
        guard let last = b.text.unicodeScalars.last else { return true }
        switch last.value {
        // A question mark does not end it: headlines ask questions ("Is the plan back on track?").
        case 0x2E, 0x21, 0x3002, 0xFF01, 0x201D, 0x22, 0x2026: return false   // . ! 。！ ” " …
        default: return true
        }
    }
}

/// The contiguous run of values with the largest sum (Kadane's algorithm); empty when every
/// value is negative.
enum BestRun {
    static func find(_ values: [Double]) -> Range<Int> {
        var best = 0..<0, bestSum = 0.0
        var start = 0, sum = 0.0
        for (i, v) in values.enumerated() {
            if sum <= 0 { start = i; sum = 0 }
            sum += v
            if sum > bestSum { bestSum = sum; best = start..<(i + 1) }
        }
        return best
    }
}

/// The title of a flattened page: a short line before the body that is neither boilerplate nor
/// a metadata line — preferring one the page repeats (sites print the title again by the
/// download box or in the footer).
enum TextTitleFinder {
    static func find(_ blocks: [TextBlock], bodyStart: Int) -> String? {
        var candidates: [Int] = []
        for i in 0..<min(bodyStart + 1, blocks.count) where isTitleLike(blocks[i]) {
            // The run's first line is a title only when more of the body follows it.
            if i == bodyStart, i + 1 >= blocks.count { continue }
            candidates.append(i)
        }
        let texts = blocks.map { TitleDeduplicator.normalize($0.text) }
        for i in candidates.reversed() {
            let t = texts[i]
            if texts.indices.contains(where: { $0 != i && texts[$0] == t }) { return blocks[i].text }
        }
        return candidates.last.map { blocks[$0].text }
    }

    /// Short, not boilerplate, not a metadata or menu line, and not a sentence — though a
    /// question or an exclamation may be a title.
    static func isTitleLike(_ b: TextBlock) -> Bool {
        // A line the site repeats on its pages (a button, a slogan) is no page's title.
        guard b.lexiconMatch == nil, !b.isFurniture, (4...200).contains(b.stats.units) else { return false }
        let endsAsQuestion = b.text.last.map { "?？!！".contains($0) } ?? false
        guard b.stats.sentenceEnds == 0 || (b.stats.sentenceEnds == 1 && endsAsQuestion) else { return false }
        return !b.isMetadataLine && !b.isMenuLine
    }
}
