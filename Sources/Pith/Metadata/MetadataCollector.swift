import Foundation

/// Gathers the page facts into `Metadata`, each field from the most reliable source that has it:
/// JSON-LD, then `<meta>` tags, then `<time>`, then the visible metadata lines around the body
/// (`栏目:发言稿发布:2012-10-13…`, `By Jane Doe | Oct 13, 2012`), then the URL.
enum MetadataCollector {
    static let publishedKeys = [
        "article:published_time", "og:article:published_time", "datepublished", "og:published_time", "published_time",
        "publishdate", "publish-date", "publish_date", "pubdate", "publication_date", "citation_publication_date",
        "citation_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dcterms.created", "date",
        "sailthru.date", "parsely-pub-date", "article.published", "originalpublicationdate", "displaydate",
        "weibo: article:create_at", "og:release_date", "published", "published-date",
    ]
    static let modifiedKeys = ["article:modified_time", "og:updated_time", "datemodified", "dcterms.modified", "last-modified",
                               "article:updated_time", "lastmod"]
    static let authorKeys = ["author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author",
                             "byl", "citation_author"]
    static let sectionKeys = ["article:section", "og:article:section", "section", "parsely-section", "category", "articlesection"]
    static let descriptionKeys = ["description", "og:description", "twitter:description", "dc.description"]
    static let imageKeys = ["og:image", "og:image:url", "og:image:secure_url", "twitter:image", "twitter:image:src", "image", "thumbnailurl"]
    static let languageKeys = ["content-language", "language", "dc.language", "og:locale", "inlanguage"]

    /// - Parameter siteNameHint: the site's name as the title gives it (`… | Site`), used when
    ///   the page does not declare one.
    /// - Parameter authorClassTexts: read when no other source names an author (the texts of
    ///   elements classed `author`/`byline`: `PageFacts.authorClassTexts`).
    static func collect(blocks: [TextBlock], body: [Int], facts: PageFacts?, url: String?,
                        languages: LanguageGuess, siteNameHint: String? = nil, now: Date = Date(), statedFirst: Bool = false,
                        authorClassTexts: @escaping () -> [String] = { [] }) -> Metadata {
        var m = Metadata()
        let ld = facts?.jsonLD ?? JSONLDFacts()

        // Lines around the body: category, date, byline.
        var lineDate: String?, lineCategory: String?, lineAuthors: [String] = []
        let start = max(0, (body.first ?? 0) - 8)
        let end = min(blocks.count, (body.last ?? -1) + 1)
        if start < end {
            for i in start..<end {
                let shape = blocks[i].shapes
                guard shape.isMetadataLine || (shape.isDateLine || shape.isTimestampLine) && i - start < 16 else { continue }
                if lineCategory == nil { lineCategory = MetadataLine.category(in: blocks[i].text) }
                if lineDate == nil, let d = DatePattern.first(in: blocks[i].text, monthFirstNumbers: true), DateNormalizer.isNotFuture(d.iso, now: now) {
                    lineDate = d.iso
                }
                if lineAuthors.isEmpty { lineAuthors = Byline.authors(in: blocks[i].text) }
            }
        }

        // Date: structured sources, then what the reader sees, then the URL.
        let timeDates = facts?.times ?? []
        let candidates: [String?] = [
            ld.datePublished, facts?.meta(publishedKeys),
            timeDates.first(where: { $0.isPublished })?.value,
        ]
        m.dateModified = [ld.dateModified, facts?.meta(modifiedKeys)].lazy
            .compactMap { $0.flatMap { DateNormalizer.normalize($0, now: now) } }.first
        let structured = candidates.lazy.compactMap { $0.flatMap { DateNormalizer.normalize($0, now: now) } }.first
            ?? facts?.firstMeta(whereName: isPublicationKey).flatMap { DateNormalizer.normalize($0, now: now) }
        // The date the page prints under its title is the date it gives itself, when the line
        // is not an update notice (`Updated October 8, 2025`: the gold of such pages is split).
        // A thread's first post is dated by its own markup.
        let header = statedFirst ? headerDate(blocks: blocks, body: body, now: now) : nil
        var stated = header.flatMap { $0.isUpdate ? nil : $0.iso }
        // `09.10.2024` under a title, 2024-09-10 in the page's data: the data settles the order
        // of a date written in numbers (not of `March 9, 2026` against a meta `03-09-2026`).
        if let h = stated, header?.isNumeric == true, let s = structured, let f = DatePattern.first(in: h), f.day <= 12,
           DatePattern.Found(year: f.year, month: f.day, day: f.month).iso == s.prefix(10) {
            stated = nil
        }
        if DebugTrace.on, let h = stated, let s = structured, h.prefix(10) != s.prefix(10) {
            DebugTrace.note("date: the header's \(h) over the structured \(s)")
        }
        let seen: String? = stated ?? structured ?? lineDate
            ?? timeDates.first.flatMap { DateNormalizer.normalize($0.value, now: now) }
            ?? nearDate(blocks: blocks, body: body, now: now)
        if let d = seen ?? (url ?? facts?.canonical).flatMap({ DateNormalizer.fromURL($0, now: now) }) {
            m.date = d
        } else {
            // Read only for a page with no date above: most pages have one.
            let foot = footDate(blocks: blocks, body: body, now: now)
            // A page that says only when it was modified: that is the date it gives itself.
            m.date = foot.flatMap { $0.isUpdate ? nil : $0.iso } ?? m.dateModified ?? header?.iso ?? foot?.iso
        }

        // Authors: the first source that names a person; the site itself only when no source does.
        m.siteName = facts?.meta(["og:site_name", "application-name", "al:ios:app_name"]) ?? ld.publisher ?? siteNameHint
        m.authors = chooseAuthors(ld: ld, facts: facts, lineAuthors: lineAuthors, siteName: m.siteName,
                                  authorClassTexts: authorClassTexts)

        m.category = lineCategory ?? ld.section ?? facts?.meta(sectionKeys)
        m.description = ld.description ?? facts?.meta(descriptionKeys)

        // URLs resolve against <base>, else the page's own URL.
        let baseURL = (facts?.base).flatMap { b in resolve(b, against: url) } ?? url
        m.url = url
        if let c = facts?.canonical ?? facts?.meta(["og:url"]) ?? ld.url { m.canonicalURL = resolve(c, against: baseURL) }
        if m.url == nil { m.url = m.canonicalURL }
        if let img = facts?.meta(imageKeys) ?? ld.image { m.imageURL = resolve(img, against: baseURL ?? m.canonicalURL) }

        // Language: what the page declares, checked against the body's script and words.
        let declared = facts?.htmlLang ?? facts?.meta(languageKeys) ?? ld.language
        let sample = bodySample(blocks, body)
        let guessed = languages.weighedGuess(sample[...])
        m.language = LanguageDecision.decide(declared: declared, guessed: guessed?.code, strong: guessed?.strong ?? false)
        return m
    }

    /// A `<meta>` name for a publication date that the list does not spell
    /// (`w-published-date`, `cxenseparse:publishtime`, `date-pub`): it names publishing and a
    /// date or time, and no update.
    static func isPublicationKey(_ key: String) -> Bool {
        // On bytes (Foundation's `contains` is slow, and every page's meta names are asked).
        func has(_ s: StaticString) -> Bool { ByteSearch.containsIgnoringASCIICase(key, s) }
        guard has("pub") else { return false }
        guard has("publish") || has("pub-date") || has("date-pub") || has("pubdate") else { return false }
        guard has("date") || has("time") || key.hasSuffix("_at") else { return false }
        return !has("modif") && !has("updat") && !has("publisher")
    }

    /// A date line: its date and whether it is an update notice (`Updated October 8, 2025`,
    /// `FieldVocabulary.updateLabels`), which says when the page was changed, not published.
    struct DateLine { var iso: String; var isUpdate: Bool; var isNumeric: Bool }

    /// The first date-shaped or metadata line of `blocks[range]` no longer than `maxLength`.
    static func dateLine(_ blocks: [TextBlock], _ range: Range<Int>, maxLength: Int, now: Date) -> DateLine? {
        for i in range where blocks[i].kind != .heading && blocks[i].stats.characters <= maxLength {
            // The date first: most blocks hold no year and are ruled out at a glance; a link
            // list's shapes are read only when asked.
            guard let d = DatePattern.first(in: blocks[i].text, monthFirstNumbers: true),
                  DateNormalizer.isNotFuture(d.iso, now: now) else { continue }
            let shape = blocks[i].shapes
            guard shape.isMetadataLine || shape.isDateLine || shape.isTimestampLine else { continue }
            // Compared as bytes: Foundation's `contains` costs more than the rest of the search.
            let lower = Array(blocks[i].text.lowercased().utf8)
            let isUpdate = FieldVocabulary.shared.updateLabelBytes.contains { ByteSearch.contains(lower, $0) }
            // Written in numbers when the date is still there with the letters taken out.
            let digits = String(String.UnicodeScalarView(blocks[i].text.unicodeScalars.filter { !$0.properties.isAlphabetic }))
            return DateLine(iso: d.iso, isUpdate: isUpdate, isNumeric: DatePattern.first(in: digits, monthFirstNumbers: true) == d)
        }
        return nil
    }

    /// The date line of the article's header: from a little above the body into its first blocks.
    static func headerDate(blocks: [TextBlock], body: [Int], now: Date) -> DateLine? {
        guard let first = body.first else { return nil }
        let start = max(0, first - 8), end = min(blocks.count, first + 6)
        return start < end ? dateLine(blocks, start..<end, maxLength: 120, now: now) : nil
    }

    /// A date line just after the body (`Published Feb 2, 2023` under the last paragraph, a
    /// byline block closing the post).
    static func footDate(blocks: [TextBlock], body: [Int], now: Date) -> DateLine? {
        guard let last = body.last, last + 1 < blocks.count else { return nil }
        return dateLine(blocks, (last + 1)..<min(blocks.count, last + 9), maxLength: 80, now: now)
    }

    /// The first short block holding a date from a little above the body into its opening (the
    /// line under a title, `Published August 7, 2023 by Jane Doe`, that no metadata shape took).
    /// Asked only when nothing structured and no metadata line gave a date.
    static func nearDate(blocks: [TextBlock], body: [Int], now: Date) -> String? {
        guard let first = body.first else { return nil }
        let start = max(0, first - 24), end = min(blocks.count, first + 16)
        guard start < end else { return nil }
        for i in start..<end where blocks[i].text.count <= 120 && blocks[i].kind != .heading {
            if let d = DatePattern.first(in: blocks[i].text, monthFirstNumbers: true), DateNormalizer.isNotFuture(d.iso, now: now) { return d.iso }
        }
        return nil
    }

    /// Authors from the first source naming a person, in order of trust: JSON-LD, `<meta>` author
    /// keys (the first value that is a name, not an address or a handle), the "Written by" label
    /// pair, author links (`rel`/`itemprop=author`), bylines near the body, elements classed as an
    /// author or byline. A source naming only the site itself is passed over; when every source
    /// does, the site is the author (the declared organisation of a page that names no person).
    static func chooseAuthors(ld: JSONLDFacts, facts: PageFacts?, lineAuthors: [String], siteName: String?,
                              authorClassTexts: @escaping () -> [String] = { [] }) -> [String] {
        // Read one after the other, each only when the ones before named nobody.
        let sources: [() -> [String]] = [
            { ld.authors },
            { facts?.meta(authorKeys, where: isPlausibleAuthorValue).map(AuthorNames.split) ?? [] },
            { facts?.labelledMeta("written by").map(AuthorNames.split) ?? [] },
            { (facts?.authorLinks ?? []).map { Byline.authors(in: $0).first ?? $0 } },
            { lineAuthors },
            { authorClassTexts().lazy.compactMap(classAuthor).first.map { [$0] } ?? [] },
        ]
        var siteOnly: [String]?
        for source in sources {
            let names = dedupe(source().map(AuthorNames.clean).filter { !$0.isEmpty && $0.count <= 80 && isPlausibleAuthorValue($0) })
            guard !names.isEmpty else { continue }
            let people = AuthorNames.withoutPublisher(names, siteName: siteName, keepingSiteAlone: false)
            if !people.isEmpty { return people }
            if siteOnly == nil { siteOnly = names }
        }
        return siteOnly ?? []
    }

    /// An author value that can be a name: not an address, an e-mail, a handle, a number, or a
    /// template's placeholder (`page.head.extra.author`).
    static func isPlausibleAuthorValue(_ v: String) -> Bool {
        if v.contains("://") || v.contains("@") || v.hasPrefix("www.") { return false }
        guard v.contains(where: { $0.isLetter }) else { return false }
        if !v.contains(" "), v.contains(".") || v.contains("_") || v.contains("{") { return false }
        return true
    }

    /// The name in an author-classed element's text (`By Jane Doe`, `Jane Doe | Staff`), when it
    /// reads as one.
    private static func classAuthor(_ text: String) -> String? {
        let byline = Byline.authors(in: text)
        if let first = byline.first { return first }
        let name = AuthorNames.clean(text).trimmingCharacters(in: CharacterSet(charactersIn: ",:;·•|"))
            .trimmingBlanks()
        return Byline.isPlausibleName(name) && !name.contains(where: { $0.isNumber }) ? name : nil
    }

    private static func bodySample(_ blocks: [TextBlock], _ body: [Int]) -> String {
        var s = ""
        for i in body where blocks[i].isKept {
            s += blocks[i].text
            s += " "
            if s.utf8.count > 1500 { break }
        }
        return s
    }

    private static func dedupe(_ a: [String]) -> [String] {
        var out: [String] = []
        for x in a where !out.contains(x) { out.append(x) }
        return out
    }

    /// An absolute http(s) URL for `ref`, resolved against `base` when relative; nil for
    /// `javascript:`, `data:` and unparseable references.
    /// What a reference may keep unencoded (the set built once).
    private static let referenceCharacters = CharacterSet.urlFragmentAllowed.union(CharacterSet(charactersIn: "#%"))

    static func resolve(_ ref: String, against base: String?) -> String? {
        let r = ref.trimmingWhitespace()
        guard !r.isEmpty else { return nil }
        let lower = r.lowercased()
        if lower.hasPrefix("javascript:") || lower.hasPrefix("data:") || lower.hasPrefix("mailto:") { return nil }
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") { return r }
        guard let base, let b = URL(string: base), b.scheme != nil else { return r.hasPrefix("//") ? "https:" + r : nil }
        let encoded = r.addingPercentEncoding(withAllowedCharacters: referenceCharacters) ?? r
        return URL(string: encoded, relativeTo: b)?.absoluteURL.absoluteString
    }
}

/// Keeps the declared language unless the body's script contradicts it (a page declaring `en`
/// with a Chinese body is Chinese); uses the guess when nothing is declared.
enum LanguageDecision {
    static func decide(declared: String?, guessed: String?, strong: Bool = false) -> String? {
        let d = declared.map { $0.replacingOccurrences(of: "_", with: "-").trimmingBlanks() }
            .flatMap { $0.isEmpty ? nil : $0 }
        guard let d else { return guessed }
        guard let guessed else { return d }
        let primary = d.split(separator: "-").first.map { String($0).lowercased() } ?? d.lowercased()
        if primary == guessed { return d }
        // Scripts are decisive; Latin-script guesses overrule only on overwhelming evidence.
        let scriptLanguages: Set<String> = ["zh", "ja", "ko", "ru", "ar", "he", "el", "th"]
        if scriptLanguages.contains(guessed) || scriptLanguages.contains(primary) {
            // zh/ja share Han: trust a declared ja with some kana-less samples, and Cyrillic languages other than ru.
            if primary == "ja" && guessed == "zh" { return d }
            if guessed == "ru", ["uk", "bg", "sr", "be", "mk", "kk"].contains(primary) { return d }
            return guessed
        }
        return strong ? guessed : d
    }
}
